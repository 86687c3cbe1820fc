package org.flowbook.handbook.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.diagram.medium.Connector;
import org.flowbook.diagram.medium.DirectionChoice;
import org.flowbook.diagram.medium.Piece;
import org.flowbook.diagram.medium.Placement;
import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Rich;
import org.flowbook.handbook.content.Span;
import org.flowbook.handbook.figure.Chart;
import org.flowbook.handbook.figure.Picture;
import org.flowbook.output.TextBundle;

/** Writes the blocks of a chapter as HTML elements. */
final class BlockWriter {
  /** Printable area of an A4 page at 96 px per inch, after the margins of pdf.css. */
  private static final double PORTRAIT_W = 655;

  private static final double PORTRAIT_H = 860;
  private static final double LANDSCAPE_W = 985;
  private static final double LANDSCAPE_H = 560;

  /** The pages a printed flowchart may take: the placement picks the one that needs fewer cuts. */
  private static final org.flowbook.diagram.medium.Medium[] PAGES = {
    org.flowbook.diagram.medium.Medium.A4_PORTRAIT, org.flowbook.diagram.medium.Medium.A4_LANDSCAPE
  };

  private final Markup m;
  private final Medium medium;
  private final TextBundle texts;
  private int figures;

  BlockWriter(Markup m, Medium medium, TextBundle texts) {
    this.m = m;
    this.medium = medium;
    this.texts = texts;
  }

  void write(Block block) {
    if (block instanceof Block.Paragraph p) {
      m.open("p", "class", p.lead() ? "lead" : "");
      rich(p.text());
      m.close("p").newline();
    } else if (block instanceof Block.ItemList list) {
      String tag = list.ordered() ? "ol" : "ul";
      m.open(tag);
      for (Rich item : list.items()) {
        m.open("li");
        rich(item);
        m.close("li");
      }
      m.close(tag).newline();
    } else if (block instanceof Block.Facts facts) {
      facts(facts);
    } else if (block instanceof Block.Table table) {
      table(table);
    } else if (block instanceof Block.Figure figure) {
      figure(figure);
    } else if (block instanceof Block.Callout callout) {
      m.open("aside", "class", "callout");
      m.element("p", callout.title(), "class", "callout-title");
      m.open("ul");
      for (Rich item : callout.items()) {
        m.open("li");
        rich(item);
        m.close("li");
      }
      m.close("ul").close("aside").newline();
    } else if (block instanceof Block.Question q) {
      question(q);
    }
  }

  /** A numbered question, what prompted it, and ruled lines to write the answer on by hand. */
  private void question(Block.Question q) {
    m.open("div", "class", "question");
    m.open("p", "class", "q-text");
    if (!q.number().isEmpty()) {
      m.element("span", q.number() + ".", "class", "q-number").raw(" ");
    }
    rich(q.text());
    m.close("p");
    if (!q.context().isEmpty()) {
      m.open("p", "class", "q-context");
      rich(q.context());
      m.close("p");
    }
    if (q.answerLines() > 0) {
      // Lines for a pen on paper; on screen they are a quiet box of the same height.
      m.open("div", "class", "q-answer", "aria-label", texts.get("question.answer"));
      for (int i = 0; i < q.answerLines(); i++) {
        m.element("div", "", "class", "q-line");
      }
      m.close("div");
    }
    m.close("div").newline();
  }

  private void facts(Block.Facts facts) {
    if (facts.facts().isEmpty()) {
      return;
    }
    m.open("dl", "class", "facts");
    for (Block.Fact f : facts.facts()) {
      m.open("div").element("dt", f.label()).open("dd");
      rich(f.value());
      m.close("dd").close("div");
    }
    m.close("dl").newline();
  }

  private void table(Block.Table table) {
    m.open("table", "class", table.matrix() ? "matrix" : "");
    if (!table.caption().isEmpty()) {
      m.element("caption", table.caption());
    }
    m.open("thead").open("tr");
    for (String h : table.header()) {
      m.element("th", h, "scope", "col");
    }
    m.close("tr").close("thead").open("tbody");
    for (var row : table.rows()) {
      m.open("tr");
      for (Rich cell : row) {
        m.open("td");
        rich(cell);
        m.close("td");
      }
      m.close("tr");
    }
    m.close("tbody").close("table").newline();
  }

  private void figure(Block.Figure figure) {
    figures++;
    Picture p = figure.picture();
    if (medium == Medium.PRINT && p.chart().isPresent()) {
      printedChart(figure, p.chart().get());
      return;
    }
    boolean landscape = medium == Medium.PRINT && isLandscape(p);
    double maxW = landscape ? LANDSCAPE_W : PORTRAIT_W;
    double maxH = landscape ? LANDSCAPE_H : PORTRAIT_H;
    double scale =
        medium == Medium.PRINT ? Math.min(1, Math.min(maxW / p.width(), maxH / p.height())) : 1;
    String prefix = "f" + figures + "-";
    String descId = figure.description().isEmpty() ? "" : "fig" + figures + "-desc";
    // On screen a wide chart keeps its natural size and scrolls sideways, so its text stays
    // legible.
    boolean scrolls = medium == Medium.SCREEN && p.width() > PORTRAIT_W * 1.25;
    m.open("figure", "class", scrolls ? "wide" : "", "aria-describedby", descId);
    String label = figure.caption().isEmpty() ? figure.description() : figure.caption();
    m.raw(
        SvgEmbed.inline(
            p,
            prefix,
            p.width() * scale,
            p.height() * scale,
            label,
            medium == Medium.PRINT ? alt(label, figure) : ""));
    if (!figure.caption().isEmpty()) {
      m.element("figcaption", figure.caption());
    }
    if (!descId.isEmpty()) {
      m.element("p", figure.description(), "id", descId, "class", "sr-only");
    }
    m.close("figure");
    m.newline();
  }

  /**
   * A flowchart on paper: at the scale and on the page (portrait or landscape) that keep every text
   * at 8 pt or more; a chart that does not fit is cut between columns into parts, one figure each
   * with the lane headers repeated, and every flow that crosses a cut names the page and the step
   * where it continues. The page numbers are filled in by the PDF writer (target-counter).
   */
  private void printedChart(Block.Figure figure, Chart chart) {
    DirectionChoice choice = chart.choose(PAGES);
    Placement placement = choice.placement();
    double scale = placement.scale();
    String descId = figure.description().isEmpty() ? "" : "fig" + figures + "-desc";
    String label = figure.caption().isEmpty() ? figure.description() : figure.caption();
    List<Piece> pieces = placement.pieces();
    String partId = "fig" + figures + "-part";
    for (Piece piece : pieces) {
      Picture part = chart.picture(choice, piece, figure.picture());
      String number =
          placement.split() ? texts.format("chart.part", piece.index() + 1, pieces.size()) : "";
      m.open(
          "figure",
          "id",
          placement.split() ? partId + (piece.index() + 1) : "",
          "class",
          placement.split() ? "chart-part" : "",
          "aria-describedby",
          descId);
      String prefix = "f" + figures + (placement.split() ? "p" + (piece.index() + 1) : "") + "-";
      String partLabel = number.isEmpty() ? label : label + " (" + number + ")";
      // The narrative stands for the whole chart once, on its first part.
      String alt = piece.index() == 0 ? alt(partLabel, figure) : partLabel;
      m.raw(
          SvgEmbed.inline(
              part, prefix, part.width() * scale, part.height() * scale, partLabel, alt));
      connectors(chart, piece, partId);
      String caption =
          figure.caption().isEmpty() || number.isEmpty()
              ? figure.caption()
              : figure.caption() + " \u2013 " + number;
      if (!caption.isEmpty()) {
        m.element("figcaption", caption);
      }
      m.close("figure");
      m.newline();
    }
    if (!descId.isEmpty()) {
      m.element("p", figure.description(), "id", descId, "class", "sr-only");
    }
  }

  /** "→ fortsätter på sidan 37 – steg 8" under a part, once per step on another part. */
  private void connectors(Chart chart, Piece piece, String partId) {
    Set<String> seen = new LinkedHashSet<>();
    List<String[]> lines = new ArrayList<>();
    for (Connector c : piece.arriving()) {
      if (seen.add("from:" + c.from())) {
        lines.add(
            new String[] {"\u2190 ", "chart.comesFrom", partId + (c.otherPiece() + 1), c.from()});
      }
    }
    for (Connector c : piece.leaving()) {
      if (seen.add("to:" + c.to())) {
        lines.add(
            new String[] {"\u2192 ", "chart.continues", partId + (c.otherPiece() + 1), c.to()});
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    m.open("ul", "class", "connectors");
    for (String[] l : lines) {
      m.open("li");
      m.text(l[0] + texts.get(l[1]) + " ");
      m.element("a", "", "href", "#" + l[2], "class", "pageref");
      m.text(" \u2013 " + chart.stepName(l[3], texts.get("chart.step")));
      m.close("li");
    }
    m.close("ul").newline();
  }

  /**
   * Whether a picture goes on a landscape page: a flowchart when its placement chooses landscape
   * (fewer parts, or larger text); another picture when fitting it to the portrait width would
   * shrink it too much. The chapter holding it then becomes a landscape page.
   */
  /** The picture's alternate text in a tagged PDF: its name, then what it shows in words. */
  private static String alt(String label, Block.Figure figure) {
    return figure.description().isEmpty() || figure.description().equals(label)
        ? label
        : label + ". " + figure.description();
  }

  static boolean isLandscape(Picture p) {
    if (p.chart().isPresent()) {
      return p.chart().get().place(PAGES).medium()
          == org.flowbook.diagram.medium.Medium.A4_LANDSCAPE;
    }
    return p.isWide() && p.width() > PORTRAIT_W * 1.25;
  }

  private void rich(Rich rich) {
    for (Span s : rich.spans()) {
      if (s.isLink()) {
        m.open("a", "href", "#" + s.link());
      }
      switch (s.style()) {
        case STRONG -> m.element("strong", s.text());
        case EMPHASIS -> m.element("em", s.text());
        default -> m.text(s.text());
      }
      if (s.isLink()) {
        m.close("a");
      }
    }
  }
}
