package org.flowbook.server.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/** Small formatting helpers the templates share. */
public final class Text {
  private Text() {}

  /** "10 min", "2 h", "1 h 30 min", "3 d"; empty for zero. */
  public static String duration(Duration d) {
    if (d == null || d.isZero()) {
      return "";
    }
    long minutes = d.toMinutes();
    if (minutes == 0) {
      return d.toSeconds() + " s";
    }
    long days = minutes / (24 * 60);
    long hours = (minutes % (24 * 60)) / 60;
    long mins = minutes % 60;
    List<String> parts = new ArrayList<>();
    if (days > 0) {
      parts.add(days + " d");
    }
    if (hours > 0) {
      parts.add(hours + " h");
    }
    if (mins > 0) {
      parts.add(mins + " min");
    }
    return String.join(" ", parts);
  }

  /** The RACI letters a role has in a step ("R", "A", "RC" ...), empty when none. */
  public static String raci(Step step, String role) {
    Task t = step.task();
    StringBuilder s = new StringBuilder();
    if (t.performer().equalsIgnoreCase(role)) {
      s.append('R');
    }
    if (contains(t.accountable(), role)) {
      s.append('A');
    }
    if (contains(t.consulted(), role)) {
      s.append('C');
    }
    if (contains(t.informed(), role)) {
      s.append('I');
    }
    return s.toString();
  }

  private static boolean contains(List<String> names, String role) {
    return names.stream().anyMatch(n -> n.equalsIgnoreCase(role));
  }
}
