package org.flowbook.mining.report;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.output.LocaleFormat;
import org.flowbook.output.TextBundle;

/**
 * The mining report's phrases over {@link LocaleFormat} (counts with their noun, shortened paths,
 * cut names); numbers, shares, durations and dates the way a reader (not a parser) of one language
 * wants them: "1,234" and "2.1 h" in English, "1 234" (no-break space) and "2,1 h" in Swedish — the
 * locale's own separators, as the analysis and handbook reports write them. Dates stay ISO
 * ("2024-03-01 08:00"), which Swedish readers write too.
 */
public final class Human {
  private final TextBundle texts;
  private final LocaleFormat format;

  private Human(TextBundle texts) {
    this.texts = texts;
    this.format = LocaleFormat.of(texts.language());
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
    return format.count(n);
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
    return format.fixed(percent, 1) + " %";
  }

  /** A fraction with four decimals, as fitness values are given: "0.9523" / "0,9523". */
  public String fraction(double value) {
    return format.fixed(value, 4);
  }

  /**
   * A duration in milliseconds in the largest sensible unit: "850 ms", "42.0 s", "3.5 h", "8.6 d"
   * (Swedish "8,6 d", "1,2 år").
   */
  public String duration(double millis) {
    return format.millis(millis);
  }

  public static String day(long epochMillis) {
    return LocaleFormat.isoDay(epochMillis);
  }

  public static String minute(long epochMillis) {
    return LocaleFormat.isoMinute(epochMillis);
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
