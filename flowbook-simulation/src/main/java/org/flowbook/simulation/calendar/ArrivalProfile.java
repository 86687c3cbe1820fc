package org.flowbook.simulation.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.flowbook.model.WorkingHours;

/**
 * When in the week cases arrive, and how many: time windows of the week, each with an intensity
 * (arrivals per second relative to the others). Windows that overlap add up. An hour-of-day and
 * weekday profile from a scenario ({@code ankomster: Inköp mån–fre 08:00–10:00 60 %, …}) gives each
 * window its share of the week's cases; Prosimos' arrival calendar gives its periods intensity 1.
 *
 * @param windows the windows as given
 */
public record ArrivalProfile(List<Window> windows) {

  /**
   * @param day the weekday
   * @param from seconds after midnight
   * @param to seconds after midnight, above {@code from}, at most 86400
   * @param intensity relative arrivals per second, above 0
   */
  public record Window(DayOfWeek day, int from, int to, double intensity) {
    public Window {
      if (from < 0 || to > 86400 || to <= from) {
        throw new IllegalArgumentException("a window must lie within one day and not be empty");
      }
      if (!(intensity > 0) || Double.isInfinite(intensity)) {
        throw new IllegalArgumentException("a window's intensity must be above 0");
      }
    }
  }

  /** A piece of a day with one intensity (overlapping windows already added up). */
  public record Segment(int from, int to, double intensity) {}

  public ArrivalProfile {
    windows = List.copyOf(windows);
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("an arrival profile needs at least one window");
    }
  }

  /** Working hours as a profile: every open second equally likely. */
  public static ArrivalProfile of(WorkingHours hours) {
    List<Window> w = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      int o = hours.aroundTheClock() ? 0 : hours.openSeconds(d);
      int c = hours.aroundTheClock() ? 86400 : hours.closeSeconds(d);
      if (c > o) {
        w.add(new Window(d, o, c, 1));
      }
    }
    return new ArrivalProfile(w);
  }

  /** The day's windows cut at every boundary, overlaps added up, in time order. */
  public List<Segment> segments(DayOfWeek day) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (Window w : windows) {
      if (w.day() == day) {
        cuts.add(w.from());
        cuts.add(w.to());
      }
    }
    List<Segment> out = new ArrayList<>();
    Integer[] at = cuts.toArray(new Integer[0]);
    for (int i = 0; i + 1 < at.length; i++) {
      double sum = 0;
      for (Window w : windows) {
        if (w.day() == day && w.from() <= at[i] && w.to() >= at[i + 1]) {
          sum += w.intensity();
        }
      }
      if (sum > 0) {
        out.add(new Segment(at[i], at[i + 1], sum));
      }
    }
    return out;
  }

  /** Intensity × seconds over a whole week. */
  public double weeklyWeight() {
    return Arrays.stream(DayOfWeek.values())
        .flatMap(d -> segments(d).stream())
        .mapToDouble(s -> (s.to() - s.from()) * s.intensity())
        .sum();
  }
}
