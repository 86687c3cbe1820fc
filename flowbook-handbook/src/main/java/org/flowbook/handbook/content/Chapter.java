package org.flowbook.handbook.content;

import java.util.List;
import java.util.Objects;

/**
 * A titled part of a manual; nesting gives the heading levels, so headings can never skip a level.
 *
 * @param anchor a stable id other parts link to ("p-purchase-approval-s-2")
 * @param number a step number shown before the title ("2", "4b"), or empty
 * @param runningTitle the text of the running page header from this chapter on, or empty to keep
 *     the previous one
 * @param newPage whether printed output starts the chapter on a new page
 */
public record Chapter(
    String anchor,
    String number,
    String title,
    String runningTitle,
    boolean newPage,
    List<Block> blocks,
    List<Chapter> children) {
  public Chapter {
    Objects.requireNonNull(anchor, "anchor");
    number = number == null ? "" : number;
    Objects.requireNonNull(title, "title");
    runningTitle = runningTitle == null ? "" : runningTitle;
    blocks = List.copyOf(blocks);
    children = List.copyOf(children);
  }

  public static Chapter of(String anchor, String title, List<Block> blocks) {
    return new Chapter(anchor, "", title, "", false, blocks, List.of());
  }

  /** The heading text, with the step number when there is one ("2. Granska anmodan"). */
  public String heading() {
    return number.isEmpty() ? title : number + ". " + title;
  }

  public Chapter withChildren(List<Chapter> newChildren) {
    return new Chapter(anchor, number, title, runningTitle, newPage, blocks, newChildren);
  }

  public Chapter startingPage(String running) {
    return new Chapter(anchor, number, title, running, true, blocks, children);
  }
}
