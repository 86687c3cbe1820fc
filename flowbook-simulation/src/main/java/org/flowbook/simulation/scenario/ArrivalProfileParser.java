package org.flowbook.simulation.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Language;
import org.flowbook.model.WorkingHours;
import org.flowbook.simulation.calendar.ArrivalProfile;

/**
 * Reads the profile of an {@code ankomster:} / {@code arrivals:} line: groups of days and hours
 * separated by commas, each with an optional share of the week's cases ({@code mån–fre 08:00–10:00
 * 60 %, mån–fre 10:00–16:00}). Groups without a share split what the others leave in proportion to
 * their hours; with no shares at all every hour of the groups is equally likely.
 */
final class ArrivalProfileParser {
  private static final Pattern SHARE =
      Pattern.compile("(.*?)\\s+(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%\\s*");

  private ArrivalProfileParser() {}

  /** The profile, or the reason it cannot be read (in English; the caller locates it). */
  record Result(ArrivalProfile profile, String error) {}

  static Optional<Result> parse(String text) {
    List<WorkingHours> groups = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (String part : text.split(",")) {
      Matcher m = SHARE.matcher(part.strip());
      String hours = m.matches() ? m.group(1) : part.strip();
      Optional<WorkingHours> h = WorkingHours.parse(hours);
      if (h.isEmpty()) {
        return Optional.empty();
      }
      groups.add(h.get());
      shares.add(m.matches() ? Double.parseDouble(m.group(2).replace(',', '.')) / 100 : null);
    }
    double given = 0;
    double unsharedSeconds = 0;
    for (int i = 0; i < groups.size(); i++) {
      if (shares.get(i) != null) {
        given += shares.get(i);
      } else {
        unsharedSeconds += seconds(groups.get(i));
      }
    }
    boolean anyShare = shares.stream().anyMatch(s -> s != null);
    if (anyShare && unsharedSeconds == 0 && Math.abs(given - 1) > 0.005) {
      return Optional.of(
          new Result(null, "the shares add up to " + percent(given) + ", not 100 %"));
    }
    if (unsharedSeconds > 0 && given >= 1 - 1e-9 && anyShare) {
      return Optional.of(
          new Result(
              null,
              "the shares already add up to "
                  + percent(given)
                  + " and leave nothing for the groups without one"));
    }
    List<ArrivalProfile.Window> windows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      WorkingHours g = groups.get(i);
      double share = shares.get(i) != null ? shares.get(i) : (anyShare ? 1 - given : 1);
      double groupSeconds = shares.get(i) != null ? seconds(g) : unsharedSeconds;
      if (share <= 0) {
        continue;
      }
      // intensity: the share of the week's cases per second of the group (cases per week cancel)
      double intensity = share / groupSeconds;
      for (DayOfWeek d : DayOfWeek.values()) {
        int o = g.aroundTheClock() ? 0 : g.openSeconds(d);
        int c = g.aroundTheClock() ? 86400 : g.closeSeconds(d);
        if (c > o) {
          windows.add(new ArrivalProfile.Window(d, o, c, intensity));
        }
      }
    }
    if (windows.isEmpty()) {
      return Optional.of(new Result(null, "no hour of the week has arrivals"));
    }
    return Optional.of(new Result(new ArrivalProfile(windows), null));
  }

  /** The groups in their canonical form ({@code flowbook fmt}); the text must parse. */
  static String canonical(String text, Language lang) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(",")) {
      Matcher m = SHARE.matcher(part.strip());
      String hours = m.matches() ? m.group(1) : part.strip();
      String group = WorkingHours.parse(hours).orElseThrow().format(lang);
      if (m.matches()) {
        String n =
            m.group(2).replace(lang == Language.SV ? '.' : ',', lang == Language.SV ? ',' : '.');
        group += " " + n + " %";
      }
      out.add(group);
    }
    return String.join(", ", out);
  }

  private static double seconds(WorkingHours h) {
    return h.aroundTheClock() ? 7 * 86400.0 : h.hoursPerWeek() * 3600;
  }

  private static String percent(double share) {
    double p = Math.round(share * 1000) / 10.0;
    return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + " %";
  }
}
