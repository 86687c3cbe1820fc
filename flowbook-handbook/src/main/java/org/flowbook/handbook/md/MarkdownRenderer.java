package org.flowbook.handbook.md;

import org.flowbook.handbook.content.Block;
import org.flowbook.handbook.content.Chapter;
import org.flowbook.handbook.content.Manual;
import org.flowbook.handbook.content.Rich;
import org.flowbook.handbook.content.Span;
import org.flowbook.handbook.i18n.Texts;

/**
 * Writes a manual as CommonMark with GitHub tables, for wikis and repositories. Pictures are left
 * out (a Markdown file cannot carry them); the flow is told in words in its own chapter instead.
 */
public final class MarkdownRenderer {

  public String render(Manual manual) {
    StringBuilder out = new StringBuilder();
    out.append("*").append(escape(manual.cover().kicker())).append("*\n\n");
    out.append("# ").append(escape(manual.cover().title())).append("\n\n");
    if (!manual.cover().subtitle().isEmpty()) {
      out.append(escape(manual.cover().subtitle())).append("\n\n");
    }
    facts(out, new Block.Facts(manual.cover().facts()));
    if (manual.tocDepth() > 0) {
      out.append("## ").append(Texts.of(manual.language()).get("toc")).append("\n\n");
      toc(out, manual.chapters(), 1, manual.tocDepth());
      out.append('\n');
    }
    for (Chapter c : manual.chapters()) {
      chapter(out, c, 1);
    }
    return out.toString();
  }

  private void toc(StringBuilder out, java.util.List<Chapter> chapters, int depth, int max) {
    for (Chapter c : chapters) {
      out.append("  ".repeat(depth - 1))
          .append("- [")
          .append(escape(c.heading()))
          .append("](#")
          .append(c.anchor())
          .append(")\n");
      if (depth < max) {
        toc(out, c.children(), depth + 1, max);
      }
    }
  }

  private void chapter(StringBuilder out, Chapter c, int depth) {
    out.append("#".repeat(Math.min(6, depth + 1))).append(' ').append(escape(c.heading()));
    out.append(" <a id=\"").append(c.anchor()).append("\"></a>\n\n");
    for (Block b : c.blocks()) {
      block(out, b);
    }
    for (Chapter child : c.children()) {
      chapter(out, child, depth + 1);
    }
  }

  private void block(StringBuilder out, Block block) {
    if (block instanceof Block.Paragraph p) {
      out.append(rich(p.text())).append("\n\n");
    } else if (block instanceof Block.ItemList list) {
      int n = 0;
      for (Rich item : list.items()) {
        out.append(list.ordered() ? (++n) + ". " : "- ").append(rich(item)).append('\n');
      }
      out.append('\n');
    } else if (block instanceof Block.Facts facts) {
      facts(out, facts);
    } else if (block instanceof Block.Table table) {
      out.append('|');
      table.header().forEach(h -> out.append(' ').append(cell(escape(h))).append(" |"));
      out.append("\n|");
      table.header().forEach(h -> out.append(" --- |"));
      out.append('\n');
      for (var row : table.rows()) {
        out.append('|');
        row.forEach(c -> out.append(' ').append(cell(rich(c))).append(" |"));
        out.append('\n');
      }
      out.append('\n');
    } else if (block instanceof Block.Figure figure) {
      if (!figure.caption().isEmpty()) {
        out.append('*').append(escape(figure.caption())).append("*\n\n");
      }
    } else if (block instanceof Block.Callout callout) {
      out.append("> **").append(escape(callout.title())).append("**\n>\n");
      callout.items().forEach(i -> out.append("> - ").append(rich(i)).append('\n'));
      out.append('\n');
    } else if (block instanceof Block.Question q) {
      if (!q.number().isEmpty()) {
        out.append("**").append(q.number()).append(".** ");
      }
      out.append(rich(q.text())).append("\n\n");
      if (!q.context().isEmpty()) {
        out.append('*').append(rich(q.context())).append("*\n\n");
      }
      // answer lines as block quotes, so the form can be filled in in any editor
      for (int i = 0; i < q.answerLines(); i++) {
        out.append(">\n");
      }
      out.append(q.answerLines() > 0 ? "\n" : "");
    }
  }

  private void facts(StringBuilder out, Block.Facts facts) {
    for (Block.Fact f : facts.facts()) {
      out.append("- **")
          .append(escape(f.label()))
          .append(":** ")
          .append(rich(f.value()))
          .append('\n');
    }
    if (!facts.facts().isEmpty()) {
      out.append('\n');
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String rich(Rich rich) {
    StringBuilder b = new StringBuilder();
    for (Span s : rich.spans()) {
      String t = escape(s.text());
      if (t.isBlank()) {
        b.append(t);
        continue;
      }
      // Emphasis markers must touch the text: "*label:* " not "*label: *".
      String core = t.strip();
      int start = t.indexOf(core);
      String before = t.substring(0, start);
      String after = t.substring(start + core.length());
      core =
          switch (s.style()) {
            case STRONG -> "**" + core + "**";
            case EMPHASIS -> "*" + core + "*";
            default -> core;
          };
      b.append(before)
          .append(s.isLink() ? "[" + core + "](#" + s.link() + ")" : core)
          .append(after);
    }
    return b.toString();
  }

  /** Escapes the characters Markdown would read as markup. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
