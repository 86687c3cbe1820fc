package org.flowbook.notation;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Language;

/**
 * A validity period as people write it: {@code 12 mån}, {@code 1 år}, {@code 6 months}, {@code 2
 * years}, {@code 90 dagar}, {@code 4 weeks}. Months and years stay calendar months and years (a
 * sign-off on 31 January valid 1 month ends with February).
 */
public final class Periods {
  /** The longest validity accepted: nobody re-trains less often than once in a working life. */
  public static final int MAX_YEARS = 50;

  private static final Pattern PERIOD =
      Pattern.compile("(\\d{1,4})\\s*([\\p{L}.]+)", Pattern.UNICODE_CHARACTER_CLASS);

  private Periods() {}

  /** The period, or empty when the text is not one (zero is not a period either). */
  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = PERIOD.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int n = Integer.parseInt(m.group(1));
    String unit = m.group(2).replace(".", "");
    Period p =
        switch (unit) {
          case "år", "year", "years", "y" -> Period.ofYears(n);
          case "mån", "månad", "månader", "month", "months", "mo", "m" -> Period.ofMonths(n);
          case "v", "vecka", "veckor", "week", "weeks", "w" -> Period.ofWeeks(n);
          case "d", "dag", "dagar", "day", "days" -> Period.ofDays(n);
          default -> null;
        };
    if (p == null || n == 0 || p.toTotalMonths() + p.getDays() / 30 > MAX_YEARS * 12L) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** The canonical spelling ("12 mån", "12 months"); empty for {@link Period#ZERO}. */
  public static String format(Period p, Language language) {
    boolean sv = language == Language.SV;
    if (p.isZero()) {
      return "";
    }
    if (p.getDays() == 0 && p.getMonths() == 0) {
      int y = p.getYears();
      return y + (sv ? " år" : y == 1 ? " year" : " years");
    }
    if (p.getDays() == 0) {
      long m = p.toTotalMonths();
      return m + (sv ? " mån" : m == 1 ? " month" : " months");
    }
    long d = p.toTotalMonths() * 30 + p.getDays();
    if (p.toTotalMonths() == 0 && d % 7 == 0) {
      long w = d / 7;
      return w + (sv ? (w == 1 ? " vecka" : " veckor") : w == 1 ? " week" : " weeks");
    }
    return d + (sv ? (d == 1 ? " dag" : " dagar") : d == 1 ? " day" : " days");
  }
}
