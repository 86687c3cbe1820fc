package org.flowbook.analysis.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.flowbook.model.Language;

/**
 * Numbers as people write them: "1,4 dagar" and "12 300 kr" in Swedish, "1.4 days" and "12,300 kr"
 * in English. Durations pick the unit a reader thinks in (minutes, hours, days).
 */
public final class Formats {
  private final Language lang;
  private final DecimalFormatSymbols symbols;

  public Formats(Language lang) {
    this.lang = lang;
    this.symbols = DecimalFormatSymbols.getInstance(lang.locale());
    if (lang == Language.SV) {
      symbols.setGroupingSeparator('\u00a0');
      symbols.setMinusSign('−');
    }
  }

  public Language language() {
    return lang;
  }

  public String number(double v, int decimals) {
    DecimalFormat f =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), symbols);
    String s = f.format(v);
    return s.equals("-0") || s.equals("−0") ? "0" : s;
  }

  /** A duration given in hours: "25 min", "3,5 h", "1,4 dagar". */
  public String hours(double h) {
    double abs = Math.abs(h);
    if (abs < 1) {
      return number(h * 60, 0) + " min";
    }
    if (abs < 24) {
      return number(h, 1) + " h";
    }
    double days = h / 24;
    String unit =
        lang == Language.SV
            ? (Math.abs(days - 1) < 0.05 ? "dag" : "dagar")
            : (Math.abs(days - 1) < 0.05 ? "day" : "days");
    return number(days, 1) + " " + unit;
  }

  /**
   * Hands-on work in hours: "25 min", "3,5 h", "65 h" (never days, which would read as calendar
   * days).
   */
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
    return number(h / 8, 1) + (lang == Language.SV ? " arbetsdagar" : " working days");
  }

  public String money(double v, String currency) {
    return number(Math.round(v), 0) + " " + currency;
  }

  public String percent(double share) {
    return number(share * 100, 0) + " %";
  }

  /** A signed change: "+1,4 dagar", "−120 kr". */
  public String signed(String formatted, double delta) {
    if (delta > 0) {
      return "+" + formatted;
    }
    return formatted;
  }
}
