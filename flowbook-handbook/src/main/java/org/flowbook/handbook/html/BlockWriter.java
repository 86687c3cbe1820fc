package org.flowbook.handbook.html;

import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Rich;
import org.flowbook.handbook.content.Span;
import org.flowbook.handbook.figure.Picture;

/** Writes the blocks of a chapter as HTML elements. */
final class BlockWriter {
  /** Printable area of an A4 page at 96 px per inch, after the margins of pdf.css. */
  private static final double PORTRAIT_W = 655;

  private static final double PORTRAIT_H = 860;
  private static final double LANDSCAPE_W = 985;
  private static final double LANDSCAPE_H = 560;

  private final Markup m;
  private final Medium medium;
  private int figures;

  BlockWriter(Markup m, Medium medium) {
    this.m = m;
    this.medium = medium;
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
    }
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
    m.raw(SvgEmbed.inline(p, prefix, p.width() * scale, p.height() * scale, label));
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
   * Whether a picture goes on a landscape page: when fitting it to the portrait width would shrink
   * its text too much. The chapter holding it then becomes a landscape page.
   */
  static boolean isLandscape(Picture p) {
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
