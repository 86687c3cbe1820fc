package org.flowbook.handbook.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Chapter;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.i18n.Texts;
import org.flowbook.output.TextBundle;

/**
 * Writes a manual as one XHTML document (well-formed XML, so the PDF writer can read it too):
 * semantic headings whose level follows the chapter nesting, a linked table of contents, inline CSS
 * and SVG.
 */
public final class HtmlRenderer {
  private static final String CSS = resource("manual.css");
  private static final String PDF_CSS = resource("pdf.css");

  private final Medium medium;

  public HtmlRenderer(Medium medium) {
    this.medium = medium;
  }

  public String render(Manual manual) {
    TextBundle texts = Texts.of(manual.language());
    Markup m = new Markup();
    m.raw("<!DOCTYPE html>\n");
    m.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", manual.language().code())
        .newline();
    head(m, manual, texts);
    m.open("body", "class", "manual").newline();
    if (medium == Medium.PRINT) {
      m.element("div", manual.runningTitle(), "class", "running");
      m.element(
          "div",
          manual.cover().title().equals(manual.title()) ? "" : manual.title(),
          "class",
          "orgrun");
    }
    cover(m, manual, texts);
    if (manual.tocDepth() > 0) {
      toc(m, manual, texts);
    }
    m.open("main").newline();
    BlockWriter blocks = new BlockWriter(m, medium, texts);
    for (Chapter c : manual.chapters()) {
      chapter(m, blocks, c, 1);
    }
    m.close("main").newline();
    m.close("body").newline().close("html").newline();
    return m.toString();
  }

  private void head(Markup m, Manual manual, TextBundle texts) {
    m.open("head").newline();
    m.empty("meta", "charset", "utf-8").newline();
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    m.empty("meta", "name", "generator", "content", "Flowbook").newline();
    m.element("title", manual.title() + " — " + manual.cover().kicker()).newline();
    m.open("style").raw(CSS);
    if (medium == Medium.PRINT) {
      String pageOf = texts.format("pageOf", "\u0000", "\u0001");
      String css =
          "\""
              + pageOf
                  .replace("\u0000", "\" counter(page) \"")
                  .replace("\u0001", "\" counter(pages) \"")
              + "\"";
      m.raw(PDF_CSS.replace("\"PAGE_OF_LABEL\"", css));
    }
    m.close("style").newline();
    if (medium == Medium.PRINT) {
      m.open("bookmarks");
      for (Chapter c : manual.chapters()) {
        bookmark(m, c, 1);
      }
      m.close("bookmarks").newline();
    }
    m.close("head").newline();
  }

  private void bookmark(Markup m, Chapter c, int depth) {
    m.open("bookmark", "name", c.heading(), "href", "#" + c.anchor());
    if (depth < 3) {
      for (Chapter child : c.children()) {
        bookmark(m, child, depth + 1);
      }
    }
    m.close("bookmark");
  }

  private void cover(Markup m, Manual manual, TextBundle texts) {
    m.open("header", "class", "cover").newline();
    m.element("p", manual.cover().kicker(), "class", "kicker");
    m.element("h1", manual.cover().title()).newline();
    if (!manual.cover().subtitle().isEmpty()) {
      m.element("p", manual.cover().subtitle(), "class", "subtitle");
    }
    new BlockWriter(m, medium, texts).write(new Block.Facts(manual.cover().facts()));
    m.close("header").newline();
  }

  private void toc(Markup m, Manual manual, TextBundle texts) {
    m.open("nav", "class", "toc", "aria-labelledby", "toc-title").newline();
    m.element("h2", texts.get("toc"), "id", "toc-title").newline();
    tocList(m, manual.chapters(), 1, manual.tocDepth());
    m.close("nav").newline();
  }

  private void tocList(Markup m, List<Chapter> chapters, int depth, int maxDepth) {
    m.open("ol");
    for (Chapter c : chapters) {
      m.open("li", "class", "depth-" + depth);
      m.element("a", c.heading(), "href", "#" + c.anchor());
      if (depth < maxDepth && !c.children().isEmpty()) {
        tocList(m, c.children(), depth + 1, maxDepth);
      }
      m.close("li");
    }
    m.close("ol").newline();
  }

  /**
   * A table of this many columns or more goes on a landscape page in print: at 9 pt on A4 portrait
   * seven columns of sentences (the internal-control plan: risk, assessment, control, responsible,
   * frequency, reported to, method) leave the last one cut at the page edge.
   */
  static final int WIDE_TABLE_COLUMNS = 7;

  private void chapter(Markup m, BlockWriter blocks, Chapter c, int depth) {
    boolean landscape =
        medium == Medium.PRINT
            && c.blocks().stream()
                .anyMatch(
                    b ->
                        b instanceof Block.Figure f && BlockWriter.isLandscape(f.picture())
                            || b instanceof Block.Table t
                                && !t.matrix()
                                && t.header().size() >= WIDE_TABLE_COLUMNS);
    String classes =
        "chapter level-"
            + depth
            + (c.newPage() ? " new-page" : "")
            + (c.number().isEmpty() ? "" : " step")
            + (landscape ? " landscape" : "");
    m.open("section", "id", c.anchor(), "class", classes).newline();
    if (medium == Medium.PRINT && !c.runningTitle().isEmpty()) {
      m.element("div", c.runningTitle(), "class", "running");
    }
    String h = "h" + Math.min(6, depth + 1);
    m.open(h);
    if (!c.number().isEmpty()) {
      m.element("span", c.number(), "class", "step-number").text(" ");
    }
    m.text(c.title()).close(h).newline();
    for (Block b : c.blocks()) {
      blocks.write(b);
    }
    for (Chapter child : c.children()) {
      chapter(m, blocks, child, depth + 1);
    }
    m.close("section").newline();
  }

  private static String resource(String name) {
    try (InputStream in =
        HtmlRenderer.class.getResourceAsStream("/org/flowbook/handbook/html/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
