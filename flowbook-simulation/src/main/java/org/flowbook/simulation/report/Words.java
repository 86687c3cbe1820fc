package org.flowbook.simulation.report;

import java.util.Locale;
import org.flowbook.model.Language;

/** Numbers and durations the way a reader of each language writes them. */
final class Words {
  private final boolean sv;

  Words(Language language) {
    this.sv = language == Language.SV;
  }

  boolean swedish() {
    return sv;
  }

  String t(String swedish, String english) {
    return sv ? swedish : english;
  }

  String number(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "–";
    }
    String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
    return sv ? s.replace(",", " ").replace('.', ',') : s;
  }

  /** A duration in the unit a manager reads: min under an hour, h under a day, else days. */
  String duration(double seconds) {
    if (Double.isNaN(seconds)) {
      return "–";
    }
    if (seconds < 3600) {
      return number(seconds / 60, seconds < 600 ? 1 : 0) + " min";
    }
    if (seconds < 86400) {
      return number(seconds / 3600, 1) + " h";
    }
    return number(seconds / 86400, 1) + " d";
  }

  /** A duration and its interval in the same unit: "2,1 d (1,9–2,3)". */
  String duration(org.flowbook.simulation.stats.Estimate e) {
    if (!e.isPresent()) {
      return "–";
    }
    if (e.n() < 2) {
      return duration(e.mean());
    }
    double m = e.mean();
    double div = m < 3600 ? 60 : m < 86400 ? 3600 : 86400;
    String unit = m < 3600 ? " min" : m < 86400 ? " h" : " d";
    int dec = m < 600 ? 1 : (m < 3600 ? 0 : 1);
    return number(m / div, dec)
        + unit
        + " ("
        + number(Math.max(0, e.low()) / div, dec)
        + "–"
        + number(e.high() / div, dec)
        + ")";
  }

  String percent(org.flowbook.simulation.stats.Estimate e) {
    if (!e.isPresent()) {
      return "–";
    }
    String m = number(e.mean() * 100, 0) + " %";
    return e.n() < 2
        ? m
        : m + " (" + number(Math.max(0, e.low()) * 100, 0) + "–" + number(e.high() * 100, 0) + ")";
  }

  String plain(org.flowbook.simulation.stats.Estimate e, int decimals) {
    if (!e.isPresent()) {
      return "–";
    }
    String m = number(e.mean(), decimals);
    return e.n() < 2
        ? m
        : m + " (" + number(e.low(), decimals) + "–" + number(e.high(), decimals) + ")";
  }
}
