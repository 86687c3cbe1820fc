package org.flowbook.capture.interview;

import java.util.Objects;

/**
 * One question of an interview guide.
 *
 * @param context what prompted it (a finding, a figure from the log), or empty
 * @param lines how many lines the printed form leaves for the answer
 */
public record Question(String text, String context, int lines) {
  public Question {
    Objects.requireNonNull(text, "text");
    context = context == null ? "" : context;
    if (lines < 0) {
      throw new IllegalArgumentException("lines < 0");
    }
  }
}
