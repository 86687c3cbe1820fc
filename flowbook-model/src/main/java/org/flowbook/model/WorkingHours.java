package org.flowbook.model;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working hours of a week ({@code arbetstid:} under a role, and the simulator's calendars): one
 * open interval per weekday ({@code mån–fre 08:00–17:00}), or open around the clock. Written {@code
 * mån–fre 08:00–17:00} / {@code mon-fri 08:00-17:00}, several groups separated by commas ({@code
 * mån–tor 08:00–17:00, fre 08:00–15:00}), or {@code dygnet runt} / {@code 24/7}.
 *
 * @param open seconds after midnight each weekday opens (Monday first)
 * @param close seconds after midnight each weekday closes; equal to open on a closed day
 */
public record WorkingHours(int[] open, int[] close, boolean aroundTheClock) {
  private static final List<String> SV = List.of("mån", "tis", "ons", "tor", "fre", "lör", "sön");
  private static final List<String> EN = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Pattern GROUP =
      Pattern.compile(
          "(\\p{L}+)(?:\\s*[-–—]\\s*(\\p{L}+))?\\s+(\\d{1,2})[:.](\\d{2})\\s*[-–—]\\s*(\\d{1,2})[:.](\\d{2})");

  /** The default: Monday to Friday 08:00–16:00, 40 hours, matching a role's default 40 h/week. */
  public static final WorkingHours OFFICE = parse("mon-fri 08:00-16:00").orElseThrow();

  public static final WorkingHours ALWAYS =
      new WorkingHours(new int[7], fill(86400), /* aroundTheClock */ true);

  public WorkingHours {
    open = open.clone();
    close = close.clone();
    if (open.length != 7 || close.length != 7) {
      throw new IllegalArgumentException("seven days");
    }
  }

  private static int[] fill(int v) {
    int[] a = new int[7];
    Arrays.fill(a, v);
    return a;
  }

  public int openSeconds(DayOfWeek day) {
    return open[day.ordinal()];
  }

  public int closeSeconds(DayOfWeek day) {
    return close[day.ordinal()];
  }

  public double hoursPerWeek() {
    double s = 0;
    for (int i = 0; i < 7; i++) {
      s += close[i] - open[i];
    }
    return s / 3600;
  }

  /** Reads working hours; empty when the text is not understood or opens no hour at all. */
  public static Optional<WorkingHours> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("dygnet runt") || t.equals("24/7") || t.equals("around the clock")) {
      return Optional.of(ALWAYS);
    }
    int[] open = new int[7];
    int[] close = new int[7];
    boolean any = false;
    for (String part : t.split(",")) {
      Matcher m = GROUP.matcher(part.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      int from = day(m.group(1));
      int to = m.group(2) == null ? from : day(m.group(2));
      int o = Integer.parseInt(m.group(3)) * 3600 + Integer.parseInt(m.group(4)) * 60;
      int c = Integer.parseInt(m.group(5)) * 3600 + Integer.parseInt(m.group(6)) * 60;
      if (from < 0
          || to < 0
          || to < from
          || c <= o
          || c > 86400
          || m.group(4).compareTo("59") > 0) {
        return Optional.empty();
      }
      for (int d = from; d <= to; d++) {
        open[d] = o;
        close[d] = c;
        any = true;
      }
    }
    return any ? Optional.of(new WorkingHours(open, close, false)) : Optional.empty();
  }

  private static int day(String word) {
    if (word.length() < 2) {
      return -1;
    }
    String w = word.length() > 3 ? word.substring(0, 3) : word;
    int i = SV.indexOf(w);
    return i >= 0 ? i : EN.indexOf(w);
  }

  /** The canonical text in a language. */
  public String format(Language language) {
    return format(language == Language.SV);
  }

  /** The canonical text, in Swedish or English ({@code mån–fre 08:00–16:00}). */
  public String format(boolean swedish) {
    if (aroundTheClock) {
      return swedish ? "dygnet runt" : "around the clock";
    }
    List<String> names = swedish ? SV : EN;
    String dash = swedish ? "–" : "-";
    StringBuilder out = new StringBuilder();
    int d = 0;
    while (d < 7) {
      if (close[d] == open[d]) {
        d++;
        continue;
      }
      int e = d;
      while (e + 1 < 7 && open[e + 1] == open[d] && close[e + 1] == close[d]) {
        e++;
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(names.get(d));
      if (e > d) {
        out.append(dash).append(names.get(e));
      }
      out.append(' ').append(clock(open[d])).append(dash).append(clock(close[d]));
      d = e + 1;
    }
    return out.toString();
  }

  private static String clock(int s) {
    return String.format(Locale.ROOT, "%02d:%02d", s / 3600, s / 60 % 60);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingHours w
        && Arrays.equals(open, w.open)
        && Arrays.equals(close, w.close)
        && aroundTheClock == w.aroundTheClock;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(open) * 31 + Arrays.hashCode(close);
  }

  @Override
  public String toString() {
    return format(false);
  }
}
