package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.flowbook.model.Language;

/**
 * A complete manual, independent of the output format: a cover and a tree of chapters. The HTML,
 * PDF, Word and Markdown writers only decide how it looks.
 *
 * @param language the language of the fixed texts (content keeps its own)
 * @param runningTitle the page header until a chapter sets its own
 * @param tocDepth how many chapter levels the table of contents lists (0: no table of contents)
 */
public record Manual(
    Language language,
    String title,
    String runningTitle,
    Cover cover,
    int tocDepth,
    List<Chapter> chapters) {
  public Manual {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    runningTitle = runningTitle == null ? title : runningTitle;
    Objects.requireNonNull(cover, "cover");
    chapters = List.copyOf(chapters);
  }

  /** Every chapter, depth first, with its depth (1 for top-level chapters). */
  public List<Entry> outline() {
    List<Entry> out = new ArrayList<>();
    for (Chapter c : chapters) {
      walk(c, 1, out);
    }
    return List.copyOf(out);
  }

  private static void walk(Chapter c, int depth, List<Entry> out) {
    out.add(new Entry(c, depth));
    for (Chapter child : c.children()) {
      walk(child, depth + 1, out);
    }
  }

  /** A chapter and how deep it sits. */
  public record Entry(Chapter chapter, int depth) {}
}
