package org.flowbook.notation;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Language;

/**
 * Reads and writes the durations of the notation: {@code 10 min}, {@code 2 h}, {@code 1,5 h},
 * {@code 3 d} (calendar days of 24 h), {@code 2 w} / {@code 2 v} (weeks), or a sum such as {@code 1
 * h 30 min}. The canonical form uses the largest unit that divides the value exactly.
 */
public final class Durations {
  private static final Pattern PART =
      Pattern.compile(
          "(\\d{1,9}(?:[.,]\\d{1,6})?)\\s*(seconds?|sek|sec|s|minutes?|minuter|min|m|hours?|timmar|timme|tim|h|days?|dagar|dag|d|weeks?|veckor|vecka|w|v)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern RANGE =
      Pattern.compile("(.*?\\S)\\s*[–—-]\\s*(\\S.*)", Pattern.DOTALL);
  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,9}(?:[.,]\\d{1,6})?");
  private static final Pattern LAST_UNIT = Pattern.compile("(\\p{L}+)\\s*$");

  private Durations() {}

  /** Whether the text is written as a range ({@code 10–30 min}, {@code 1 h-2 h}). */
  public static boolean isRange(String text) {
    return RANGE.matcher(text.strip()).matches();
  }

  /**
   * Reads a range of two durations, {@code 10–30 min} (en dash, hyphen or em dash; a bare number on
   * the left takes the unit on the right) or {@code 45 min–2 h}. Empty when either end is not a
   * duration; the ends are returned as written, so a backwards range can be reported.
   */
  public static Optional<Duration[]> parseRange(String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String left = m.group(1).strip();
    String right = m.group(2).strip();
    Matcher unit = LAST_UNIT.matcher(right);
    if (BARE_NUMBER.matcher(left).matches() && unit.find()) {
      left = left + " " + unit.group(1);
    }
    Optional<Duration> low = parse(left);
    Optional<Duration> high = parse(right);
    if (low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Duration[] {low.get(), high.get()});
  }

  /**
   * The canonical text of a range: {@code 10–30 min} when both ends share a unit, else {@code 45
   * min–2 h}; with an en dash in Swedish and a hyphen in English, as working hours are written.
   */
  public static String formatRange(Duration low, Duration high, Language language) {
    String dash = language == Language.SV ? "–" : "-";
    String lo = format(low);
    String hi = format(high);
    String loUnit = lo.substring(lo.indexOf(' '));
    if (hi.endsWith(loUnit)) {
      return lo.substring(0, lo.indexOf(' ')) + dash + hi;
    }
    return lo + dash + hi;
  }

  /** Parses a duration; empty when the text is not one. */
  public static Optional<Duration> parse(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = PART.matcher(t);
    int pos = 0;
    double seconds = 0;
    while (m.find()) {
      if (!t.substring(pos, m.start()).isBlank()) {
        return Optional.empty();
      }
      double value = Double.parseDouble(m.group(1).replace(',', '.'));
      seconds += value * unitSeconds(m.group(2).toLowerCase(Locale.ROOT));
      pos = m.end();
    }
    if (pos == 0 || !t.substring(pos).isBlank() || seconds > 3650.0 * 86400) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Math.round(seconds)));
  }

  private static long unitSeconds(String unit) {
    return switch (unit) {
      case "s", "sec", "sek", "second", "seconds" -> 1;
      case "m", "min", "minute", "minutes", "minuter" -> 60;
      case "h", "tim", "timme", "timmar", "hour", "hours" -> 3600;
      case "d", "dag", "dagar", "day", "days" -> 86400;
      default -> 7 * 86400;
    };
  }

  /** The canonical text of a duration, e.g. {@code 90 min}, {@code 2 h}, {@code 3 d}. */
  public static String format(Duration d) {
    long s = d.getSeconds();
    if (s == 0) {
      return "0 min";
    }
    if (s % 86400 == 0) {
      return s / 86400 + " d";
    }
    if (s % 3600 == 0) {
      return s / 3600 + " h";
    }
    if (s % 60 == 0) {
      return s / 60 + " min";
    }
    return s + " s";
  }
}
