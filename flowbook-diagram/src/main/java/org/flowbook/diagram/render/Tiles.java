package org.flowbook.diagram.render;

import static org.flowbook.diagram.render.SvgWriter.num;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.diagram.medium.Connector;
import org.flowbook.diagram.medium.DirectionChoice;
import org.flowbook.diagram.medium.Medium;
import org.flowbook.diagram.medium.Piece;
import org.flowbook.diagram.medium.Placement;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.output.TextBundle;

/**
 * A chart cut into tiles for printing as separate sheets ({@code flowbook render --tiles a4}): one
 * SVG per piece of its {@link Placement} on the page, sized in millimetres so that printing at 100
 * % keeps every text at 8 pt or more. Each tile names itself ("Budgetprocess – ruta 2 av 3"), draws
 * its cut edges as dashed lines, repeats the lane headers, tags every flow that crosses a cut with
 * the step number at its other end, and lists under the chart where each such flow continues or
 * comes from ("→ fortsätter på ruta 3 – steg 6") and which tiles lie beside it.
 */
public final class Tiles {
  private static final double MM_PER_PX = 25.4 / 96;
  private static final Pattern NUMBERED = Pattern.compile("\\d{1,4}[a-z]?");

  private Tiles() {}

  /**
   * One printable tile.
   *
   * @param number its number, 1 for the first
   * @param svg the SVG document
   */
  public record Tile(int number, String svg) {}

  /** The tiles of a chart placed on a page (one tile when it fits the page whole). */
  public static List<Tile> of(Process process, DirectionChoice choice, RenderOptions options) {
    Placement placement = choice.placement();
    Language lang = options.language().orElse(process.language());
    TextBundle words = TextBundle.of(Words.BUNDLE, lang);
    List<Piece> pieces = placement.pieces();
    List<Tile> out = new ArrayList<>();
    for (Piece piece : pieces) {
      String title =
          pieces.size() == 1
              ? process.title()
              : words.format("tile.title", process.title(), piece.index() + 1, pieces.size());
      Optional<double[]> shift = shift(choice.layout(), piece);
      List<Box> cuts = new ArrayList<>();
      shift.ifPresent(d -> cuts.addAll(cutLines(choice.layout(), piece, d)));
      Consumer<SvgWriter> marks = svg -> cutMarks(svg, cuts);
      String svg =
          FlowchartRenderer.tile(
              process, piece, options, title, marks, footer(process, piece, pieces, words));
      out.add(new Tile(piece.index() + 1, physicalSize(svg, placement.scale())));
    }
    return out;
  }

  /** Where the piece draws the whole chart's point (0, 0): from any step both show. */
  private static Optional<double[]> shift(DiagramLayout whole, Piece piece) {
    for (NodeLayout n : piece.layout().nodes()) {
      Optional<NodeLayout> w = whole.node(n.stepId());
      if (w.isPresent()) {
        return Optional.of(
            new double[] {
              n.bounds().x() - w.get().bounds().x(), n.bounds().y() - w.get().bounds().y()
            });
      }
    }
    return Optional.empty();
  }

  /** The cut edges of a piece as zero-width or zero-height boxes, in the piece's coordinates. */
  private static List<Box> cutLines(DiagramLayout whole, Piece piece, double[] d) {
    Box w = piece.window();
    double eps = 1e-6;
    double width = piece.layout().width();
    double height = piece.layout().height();
    List<Box> out = new ArrayList<>();
    boolean columns = !whole.lanes().isEmpty() && whole.lanes().get(0).atTop();
    double contentLeft = columns ? 0 : header(whole);
    double contentTop = columns ? header(whole) : 0;
    if (w.x() > contentLeft + eps) {
      out.add(new Box(w.x() + d[0], 0, 0, height));
    }
    if (w.right() < whole.width() - eps) {
      out.add(new Box(w.right() + d[0], 0, 0, height));
    }
    if (w.y() > contentTop + eps) {
      out.add(new Box(0, w.y() + d[1], width, 0));
    }
    if (w.bottom() < whole.height() - eps) {
      out.add(new Box(0, w.bottom() + d[1], width, 0));
    }
    return out;
  }

  private static double header(DiagramLayout whole) {
    boolean columns = !whole.lanes().isEmpty() && whole.lanes().get(0).atTop();
    return whole.lanes().stream()
        .mapToDouble(l -> columns ? l.header().bottom() : l.header().right())
        .max()
        .orElse(0);
  }

  private static void cutMarks(SvgWriter svg, List<Box> cuts) {
    if (cuts.isEmpty()) {
      return;
    }
    svg.open("g", "class", "tile-cuts", "aria-hidden", "true");
    for (Box c : cuts) {
      svg.empty(
          "line",
          "x1",
          num(c.x()),
          "y1",
          num(c.y()),
          "x2",
          num(c.right()),
          "y2",
          num(c.bottom()),
          "stroke",
          Palette.INK,
          "stroke-width",
          "0.8",
          "stroke-dasharray",
          "5 4");
    }
    svg.close("g");
  }

  /** The lines under a tile: where its cut flows come from and go, and its neighbouring tiles. */
  static List<String> footer(Process p, Piece piece, List<Piece> all, TextBundle words) {
    if (all.size() == 1) {
      return List.of();
    }
    Set<String> lines = new LinkedHashSet<>();
    for (Connector c : piece.arriving()) {
      lines.add(words.format("tile.comesFrom", c.otherPiece() + 1, stepName(p, c.from(), words)));
    }
    for (Connector c : piece.leaving()) {
      lines.add(words.format("tile.continues", c.otherPiece() + 1, stepName(p, c.to(), words)));
    }
    List<String> beside = new ArrayList<>();
    Box w = piece.window();
    for (Piece o : all) {
      Box v = o.window();
      boolean rows = v.y() < w.bottom() - 1e-6 && v.bottom() > w.y() + 1e-6;
      boolean cols = v.x() < w.right() - 1e-6 && v.right() > w.x() + 1e-6;
      if (rows && Math.abs(v.right() - w.x()) < 1e-6) {
        beside.add(words.format("tile.left", o.index() + 1));
      } else if (rows && Math.abs(v.x() - w.right()) < 1e-6) {
        beside.add(words.format("tile.right", o.index() + 1));
      } else if (cols && Math.abs(v.bottom() - w.y()) < 1e-6) {
        beside.add(words.format("tile.above", o.index() + 1));
      } else if (cols && Math.abs(v.y() - w.bottom()) < 1e-6) {
        beside.add(words.format("tile.below", o.index() + 1));
      }
    }
    List<String> out = new ArrayList<>(lines);
    if (!beside.isEmpty()) {
      out.add(words.format("tile.beside", String.join(", ", beside)));
    }
    return out;
  }

  private static String stepName(Process p, String stepId, TextBundle words) {
    if (NUMBERED.matcher(stepId).matches()) {
      return words.format("tile.step", stepId);
    }
    return p.step(stepId).map(s -> s.title().isBlank() ? stepId : s.title()).orElse(stepId);
  }

  /**
   * The root's size in millimetres at the placement's scale, so a printer at 100 % prints the text
   * at the size the legibility rule asks for; the viewBox keeps the drawing's own units.
   */
  static String physicalSize(String svg, double scale) {
    var m =
        Pattern.compile("<svg\\b([^>]*?) width=\"([\\d.]+)\" height=\"([\\d.]+)\"").matcher(svg);
    if (!m.find()) {
      return svg;
    }
    double w = Double.parseDouble(m.group(2)) * scale * MM_PER_PX;
    double h = Double.parseDouble(m.group(3)) * scale * MM_PER_PX;
    return svg.substring(0, m.start())
        + "<svg"
        + m.group(1)
        + String.format(Locale.ROOT, " width=\"%.1fmm\" height=\"%.1fmm\"", w, h)
        + svg.substring(m.end());
  }

  /** The page names {@code --tiles} accepts, and the medium each stands for. */
  public static Optional<Medium> page(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "a4", "a4-portrait", "a4-stående" -> Optional.of(Medium.A4_PORTRAIT);
      case "a4-landscape", "a4-liggande" -> Optional.of(Medium.A4_LANDSCAPE);
      default -> Optional.empty();
    };
  }
}
