package org.flowbook.mining.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Formats numbers, shares, durations and dates the way a reader (not a parser) wants them. */
public final class Human {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Human() {}

  /** 1234567 → "1,234,567". */
  public static String count(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  /** 0.1234 → "12.3 %". */
  public static String share(double fraction) {
    return String.format(Locale.ENGLISH, "%.1f %%", fraction * 100);
  }

  /**
   * A duration in milliseconds in the largest sensible unit: "850 ms", "42 s", "3.5 h", "8.6 d".
   */
  public static String duration(double millis) {
    double abs = Math.abs(millis);
    if (abs < 1000) {
      return String.format(Locale.ENGLISH, "%.0f ms", millis);
    }
    if (abs < 60_000) {
      return String.format(Locale.ENGLISH, "%.1f s", millis / 1000);
    }
    if (abs < 3_600_000) {
      return String.format(Locale.ENGLISH, "%.1f min", millis / 60_000);
    }
    if (abs < 86_400_000) {
      return String.format(Locale.ENGLISH, "%.1f h", millis / 3_600_000);
    }
    if (abs < 365.25 * 86_400_000) {
      return String.format(Locale.ENGLISH, "%.1f d", millis / 86_400_000);
    }
    return String.format(Locale.ENGLISH, "%.1f years", millis / (365.25 * 86_400_000));
  }

  public static String day(long epochMillis) {
    return DAY.format(Instant.ofEpochMilli(epochMillis));
  }

  public static String minute(long epochMillis) {
    return MINUTE.format(Instant.ofEpochMilli(epochMillis));
  }

  /** Activities joined with arrows, shortened in the middle to at most {@code max} characters. */
  public static String path(List<String> activities, int max) {
    List<String> steps = collapseRepeats(activities);
    String all = String.join(" → ", steps);
    if (all.length() <= max) {
      return all;
    }
    StringBuilder head = new StringBuilder();
    int shown = 0;
    for (String a : steps) {
      if (head.length() + a.length() + 3 > max - 20) {
        break;
      }
      head.append(shown == 0 ? "" : " → ").append(a);
      shown++;
    }
    return head + " → … (" + (steps.size() - shown) + " more)";
  }

  /** [a, b, b, b, c] → [a, b ×3, c]: repeated events of one activity read as one step. */
  static List<String> collapseRepeats(List<String> activities) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < activities.size(); ) {
      int j = i + 1;
      while (j < activities.size() && activities.get(j).equals(activities.get(i))) {
        j++;
      }
      out.add(j - i == 1 ? activities.get(i) : activities.get(i) + " ×" + (j - i));
      i = j;
    }
    return out;
  }

  /** {@code s} cut to {@code max} characters with an ellipsis. */
  public static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
  }
}
