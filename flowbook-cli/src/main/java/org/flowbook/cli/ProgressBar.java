package org.flowbook.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place; silent when output is not a
 * terminal, so piped output stays clean.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private int lastPercent = -1;
  private long lastDraw;

  ProgressBar(PrintWriter err, String label, boolean enabled) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
  }

  /** Shows {@code done} of {@code total} (redrawn at most every 100 ms). */
  void update(long done, long total) {
    if (!enabled || total <= 0) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    long now = System.nanoTime();
    if (percent == lastPercent || (now - lastDraw < 100_000_000L && percent < 100)) {
      return;
    }
    lastPercent = percent;
    lastDraw = now;
    int filled = percent * WIDTH / 100;
    err.print(
        "\r"
            + label
            + " ["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + percent
            + " %");
    err.flush();
  }

  /** Shows a step name instead of a percentage. */
  void step(String what) {
    if (enabled) {
      err.print("\r\033[K" + label + ": " + what);
      err.flush();
    }
  }

  /** Erases the bar. */
  void done() {
    if (enabled) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
