package org.flowbook.notation;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private Durations() {}

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
