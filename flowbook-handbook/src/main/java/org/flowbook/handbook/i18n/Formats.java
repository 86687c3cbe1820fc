package org.flowbook.handbook.i18n;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Language;

/** Dates, numbers, durations and lists written the way readers of one language expect. */
public final class Formats {
  private final Language language;
  private final DateTimeFormatter dates;
  private final NumberFormat numbers;

  private Formats(Language language) {
    this.language = language;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    this.numbers = NumberFormat.getNumberInstance(language.locale());
    this.numbers.setMaximumFractionDigits(1);
  }

  public static Formats of(Language language) {
    return new Formats(language);
  }

  /** "1 mars 2027" / "1 March 2027". */
  public String date(LocalDate date) {
    return dates.format(date);
  }

  /** "50 000" / "50,000"; Swedish uses a no-break space as the group separator. */
  public String number(double value) {
    return numbers.format(value).replace('\u202f', '\u00a0');
  }

  /** A share of cases, "20 %" in both languages (the notation writes it so too). */
  public String percent(double share) {
    return number(Math.round(share * 1000) / 10.0) + "\u00a0%";
  }

  /**
   * A duration in the largest units that keep it exact, at most two of them: "1 tim 30 min", "2
   * dagar", "1 day 4 h".
   */
  public String duration(Duration d) {
    long minutes = d.toMinutes();
    if (minutes == 0) {
      return d.isZero() ? "0 min" : d.toSeconds() + " s";
    }
    List<String> parts = new ArrayList<>();
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      parts.add(days + "\u00a0" + dayWord(days));
    }
    if (hours > 0) {
      parts.add(hours + "\u00a0" + (language == Language.SV ? "tim" : "h"));
    }
    if (mins > 0 && parts.size() < 2) {
      parts.add(mins + "\u00a0min");
    }
    return String.join(" ", parts);
  }

  private String dayWord(long days) {
    if (language == Language.SV) {
      return days == 1 ? "dag" : "dagar";
    }
    return days == 1 ? "day" : "days";
  }

  /** "A, B och C" / "A, B and C". */
  public String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String and = language == Language.SV ? " och " : " and ";
    return String.join(", ", items.subList(0, items.size() - 1))
        + and
        + items.get(items.size() - 1);
  }
}
