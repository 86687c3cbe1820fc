package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.diagram.layout.Direction;
import org.flowbook.diagram.medium.DirectionChoice;
import org.flowbook.diagram.medium.Medium;
import org.flowbook.diagram.medium.Piece;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.diagram.render.Tiles;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;

/** Printable tiles of a chart too large for one page: item 4 of issue 14 for SVG. */
class TilesTest {
  private static final Pattern ROOT =
      Pattern.compile(
          "<svg\\b[^>]* width=\"([\\d.]+)mm\" height=\"([\\d.]+)mm\" viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"");

  private static Process budget() {
    return DemoWorkspaceTest.demoProcesses()
        .filter(p -> p.id().equals("annual-budget"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyTileIsSizedInMillimetresSoThatTextPrintsAtEightPointOrMore() {
    Process p = budget();
    DirectionChoice choice =
        DirectionChoice.best(d -> Diagrams.layout(p, d), Optional.empty(), Medium.A4_PORTRAIT);
    List<Tiles.Tile> tiles = Tiles.of(p, choice, RenderOptions.defaults());
    assertThat(tiles).hasSize(choice.placement().pieces().size()).hasSizeGreaterThan(1);
    for (Tiles.Tile t : tiles) {
      Matcher m = ROOT.matcher(t.svg());
      assertThat(m.find()).as("tile %d root", t.number()).isTrue();
      double mmPerUnit = Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(3));
      // The smallest chart text is 11 units (step numbers); printed it must be >= 8 pt (2.822 mm).
      double smallestMm = 11 * mmPerUnit;
      assertThat(smallestMm)
          .as("tile %d smallest text", t.number())
          .isGreaterThan(8 * 25.4 / 72 - 0.01);
      // And the tile fits an A4 page with the manual's margins (174 x 228 mm at most).
      assertThat(Double.parseDouble(m.group(1))).isLessThan(210);
      Xml.parse(t.svg());
    }
  }

  @Test
  void aTileNamesItselfItsNeighboursAndWhereEachCutFlowContinues() {
    Process p = budget();
    DirectionChoice choice =
        DirectionChoice.best(
            d -> Diagrams.layout(p, d), Optional.of(Direction.RIGHT), Medium.A4_PORTRAIT);
    List<Tiles.Tile> tiles = Tiles.of(p, choice, RenderOptions.defaults());
    int n = tiles.size();
    String first = tiles.get(0).svg();
    assertThat(first).contains("Budgetprocess – ruta 1 av " + n);
    assertThat(first).contains("till höger: ruta 2");
    assertThat(first).contains("class=\"tile-cuts\"");
    // Every flow that leaves a piece is told on its tile, with the tile and step it goes to.
    for (Piece piece : choice.placement().pieces()) {
      String svg = tiles.get(piece.index()).svg();
      piece
          .leaving()
          .forEach(
              c ->
                  assertThat(svg)
                      .contains(
                          "→ fortsätter på ruta " + (c.otherPiece() + 1) + " – steg " + c.to()));
      piece
          .arriving()
          .forEach(
              c ->
                  assertThat(svg)
                      .contains(
                          "← kommer från ruta " + (c.otherPiece() + 1) + " – steg " + c.from()));
      assertThat(svg).contains("class=\"lane\"");
    }
    String english =
        Tiles.of(p, choice, RenderOptions.defaults().withLanguage(Language.EN)).get(1).svg();
    assertThat(english).contains("– tile 2 of " + n).contains("left: tile 1");
  }

  @Test
  void aChartThatFitsIsOneTileWithoutCutsOrNotes() {
    Process p = Samples.tiny();
    DirectionChoice choice =
        DirectionChoice.best(d -> Diagrams.layout(p, d), Optional.empty(), Medium.A4_PORTRAIT);
    List<Tiles.Tile> tiles = Tiles.of(p, choice, RenderOptions.defaults());
    assertThat(tiles).hasSize(1);
    assertThat(tiles.get(0).svg()).doesNotContain("tile-cuts").doesNotContain("tile-continuations");
  }

  @Test
  void pageNamesInBothLanguages() {
    assertThat(Tiles.page("A4")).contains(Medium.A4_PORTRAIT);
    assertThat(Tiles.page("a4-liggande")).contains(Medium.A4_LANDSCAPE);
    assertThat(Tiles.page("letter")).isEmpty();
  }
}
