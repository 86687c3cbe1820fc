package org.flowbook.mining.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;

/**
 * Formats numbers, shares, durations and dates the way a reader (not a parser) of one language
 * wants them: "1,234" and "2.1 h" in English, "1 234" (no-break space) and "2,1 h" in Swedish — the
 * locale's own separators, as the analysis and handbook reports write them. Dates stay ISO
 * ("2024-03-01 08:00"), which Swedish readers write too.
 */
public final class Human {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final double DAY_MS = 86_400_000;
  private static final double YEAR_MS = 365.25 * DAY_MS;

  private final TextBundle texts;
  private final Locale locale;

  private Human(TextBundle texts) {
    this.texts = texts;
    this.locale = texts.language().locale();
  }

  public static Human of(Language language) {
    return new Human(Texts.of(language));
  }

  /** The words this formatter's units and phrases come from. */
  public TextBundle texts() {
    return texts;
  }

  /** 1234567 → "1,234,567" / "1 234 567". */
  public String count(long n) {
    return String.format(locale, "%,d", n);
  }

  /**
   * A count with its noun in singular or plural, from a key whose text is a {@code choice} pattern
   * over {@code {1}}: "1 case", "6 cases" / "1 ärende", "6 ärenden".
   */
  public String counted(String key, long n) {
    return texts.format(key, count(n), n);
  }

  /** 0.1234 → "12.3 %" / "12,3 %". */
  public String share(double fraction) {
    return percent(fraction * 100);
  }

  /** A percentage already multiplied by 100: 76.25 → "76.3 %" / "76,3 %". */
  public String percent(double percent) {
    return String.format(locale, "%.1f %%", percent);
  }

  /** A fraction with four decimals, as fitness values are given: "0.9523" / "0,9523". */
  public String fraction(double value) {
    return String.format(locale, "%.4f", value);
  }

  /**
   * A duration in milliseconds in the largest sensible unit: "850 ms", "42.0 s", "3.5 h", "8.6 d"
   * (Swedish "8,6 d", "1,2 år").
   */
  public String duration(double millis) {
    double abs = Math.abs(millis);
    if (abs < 1000) {
      return String.format(locale, "%.0f %s", millis, texts.get("unit.ms"));
    }
    if (abs < 60_000) {
      return decimal(millis / 1000, "unit.s");
    }
    if (abs < 3_600_000) {
      return decimal(millis / 60_000, "unit.min");
    }
    if (abs < DAY_MS) {
      return decimal(millis / 3_600_000, "unit.h");
    }
    if (abs < YEAR_MS) {
      return decimal(millis / DAY_MS, "unit.d");
    }
    return decimal(millis / YEAR_MS, "unit.years");
  }

  private String decimal(double value, String unit) {
    return String.format(locale, "%.1f %s", value, texts.get(unit));
  }

  public static String day(long epochMillis) {
    return DAY.format(Instant.ofEpochMilli(epochMillis));
  }

  public static String minute(long epochMillis) {
    return MINUTE.format(Instant.ofEpochMilli(epochMillis));
  }

  /**
   * Activities joined with arrows, shortened in the middle to at most {@code max} characters: "a →
   * b → … (5 more)".
   */
  public String path(List<String> activities, int max) {
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
    return head + " → … (" + texts.format("path.more", count(steps.size() - shown)) + ")";
  }

  /** [a, b, b, b, c] → [a, b ×3, c]: repeated events of one activity read as one step. */
  static List<String> collapseRepeats(List<String> activities) {
    List<String> out = new ArrayList<>();
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
