package org.flowbook.output;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbook.model.Language;

/**
 * Numbers, money, shares, durations and dates the way a reader (not a parser) of one language
 * writes them: "1 234,5" (no-break space, decimal comma, "−" for minus) and "1,4 dagar" in Swedish,
 * "1,234.5" and "1.4 days" in English. The one formatter of every report, manual and map; the unit
 * words come from the {@code org.flowbook.output.formats} bundle.
 */
public final class LocaleFormat {
  private static final DateTimeFormatter ISO_DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ISO_MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final double HOUR_MS = 3_600_000;
  private static final double DAY_MS = 24 * HOUR_MS;
  private static final double YEAR_MS = 365.25 * DAY_MS;

  private final Language language;
  private final Locale locale;
  private final DecimalFormatSymbols symbols;
  private final DateTimeFormatter longDates;
  private final TextBundle units;

  private LocaleFormat(Language language) {
    this.language = language;
    this.locale = language.locale();
    this.symbols = DecimalFormatSymbols.getInstance(locale);
    if (language == Language.SV) {
      symbols.setGroupingSeparator('\u00a0');
      symbols.setMinusSign('−');
    }
    this.longDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.units = TextBundle.of("org.flowbook.output.formats", language);
  }

  public static LocaleFormat of(Language language) {
    return new LocaleFormat(language);
  }

  public Language language() {
    return language;
  }

  // --- numbers ---

  /** Grouped, at most {@code decimals} decimals, no trailing zeros: "12 300", "1,4"; never "−0". */
  public String number(double v, int decimals) {
    DecimalFormat f =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), symbols);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    String s = f.format(v);
    return s.equals("-0") || s.equals("−0") ? "0" : s;
  }

  /** A whole count, grouped: 1234567 → "1,234,567" / "1 234 567". */
  public String count(long n) {
    return String.format(locale, "%,d", n);
  }

  /**
   * Exactly {@code decimals} decimals, ungrouped, as measured values are given: "2.0", "0,9523".
   */
  public String fixed(double v, int decimals) {
    return String.format(locale, "%." + decimals + "f", v);
  }

  /** A share of 1 as a whole percentage: 0.254 → "25 %". */
  public String percent(double share) {
    return percent(share, 0);
  }

  /** A share of 1 as a percentage with at most {@code decimals} decimals: 0.25 → "25 %". */
  public String percent(double share, int decimals) {
    return number(share * 100, decimals) + " %";
  }

  /** As {@link #percent} but with a no-break space, for typeset text where lines wrap. */
  public String percentNoBreak(double share, int decimals) {
    return number(share * 100, decimals) + "\u00a0%";
  }

  /** Whole units of a currency: "12 300 kr". */
  public String money(double v, String currency) {
    return number(Math.round(v), 0) + " " + currency;
  }

  /** A formatted change with its sign: "+1,4 dagar"; a fall keeps its own minus. */
  public String signed(String formatted, double delta) {
    return delta > 0 ? "+" + formatted : formatted;
  }

  // --- durations ---

  /** Hours in the unit a reader thinks in: "25 min", "3,5 h", "1,4 dagar". */
  public String hours(double h) {
    double abs = Math.abs(h);
    if (abs < 1) {
      return number(h * 60, 0) + " min";
    }
    if (abs < 24) {
      return number(h, 1) + " h";
    }
    double days = h / 24;
    return number(days, 1) + " " + units.get(Math.abs(days - 1) < 0.05 ? "day" : "days");
  }

  /** Hands-on work: "25 min", "65 h" (never days, which would read as calendar days). */
  public String effort(double h) {
    if (Math.abs(h) < 1) {
      return number(h * 60, 0) + " min";
    }
    return number(h, 1) + " h";
  }

  /** Working hours, in working days of 8 h once they exceed a day. */
  public String workingHours(double h) {
    if (Math.abs(h) < 1) {
      return number(h * 60, 0) + " min";
    }
    if (Math.abs(h) < 8) {
      return number(h, 1) + " h";
    }
    return number(h / 8, 1) + " " + units.get("working-days");
  }

  /**
   * A duration exactly, in at most two of its largest units: "1 tim 30 min", "2 dagar", "1 day 4 h"
   * (no-break spaces between number and unit).
   */
  public String exact(Duration d) {
    long minutes = d.toMinutes();
    if (minutes == 0) {
      return d.isZero() ? "0 min" : d.toSeconds() + " s";
    }
    List<String> parts = new ArrayList<>();
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      parts.add(days + "\u00a0" + units.get(days == 1 ? "day" : "days"));
    }
    if (hours > 0) {
      parts.add(hours + "\u00a0" + units.get("hours-short"));
    }
    if (mins > 0 && parts.size() < 2) {
      parts.add(mins + "\u00a0min");
    }
    return String.join(" ", parts);
  }

  /**
   * Milliseconds in the largest sensible unit with one decimal: "850 ms", "42.0 s", "3.5 h", "8.6
   * d" (Swedish "8,6 d", "1,2 år"), as measured durations of an event log are given.
   */
  public String millis(double ms) {
    double abs = Math.abs(ms);
    if (abs < 1000) {
      return String.format(locale, "%.0f %s", ms, units.get("ms"));
    }
    if (abs < 60_000) {
      return fixed(ms / 1000, 1) + " " + units.get("s");
    }
    if (abs < HOUR_MS) {
      return fixed(ms / 60_000, 1) + " " + units.get("min");
    }
    if (abs < DAY_MS) {
      return fixed(ms / HOUR_MS, 1) + " " + units.get("h");
    }
    if (abs < YEAR_MS) {
      return fixed(ms / DAY_MS, 1) + " " + units.get("d");
    }
    return fixed(ms / YEAR_MS, 1) + " " + units.get("years");
  }

  // --- dates and lists ---

  /** "1 mars 2027" / "1 March 2027". */
  public String date(LocalDate date) {
    return longDates.format(date);
  }

  /** An instant as an ISO day in UTC, "2024-03-01", which Swedish readers write too. */
  public static String isoDay(long epochMillis) {
    return ISO_DAY.format(Instant.ofEpochMilli(epochMillis));
  }

  /** An instant to the minute in UTC, "2024-03-01 08:00". */
  public static String isoMinute(long epochMillis) {
    return ISO_MINUTE.format(Instant.ofEpochMilli(epochMillis));
  }

  /** "A, B och C" / "A, B and C". */
  public String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + units.get("and")
        + " "
        + items.get(items.size() - 1);
  }
}
