package org.flowbook.people.coverage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.flowbook.analysis.capacity.WorkspaceLoad;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;
import org.flowbook.people.absence.Absences;
import org.flowbook.people.calendar.WorkCalendar;

/**
 * Computes who can do every step during a period. On each working day a step's candidates are, in
 * order: the present holders of its role; for each absent holder the people who cover for them
 * ({@code ersätts av:}); then the step's deputies (or, when it has none, the role's), where a role
 * deputy with nobody present hands on to its own deputies. A role with no listed people is known
 * only by its head count and counted as always present.
 *
 * <p>The work is done once per distinct (role, deputies) pair and working day, then shared by every
 * step with that pair, so a year of 2,000 people and 2,000 steps stays well under a second.
 */
public final class CoverageAnalyzer {
  /** Working days per year behind the monthly volumes (52 weeks of 5 days). */
  static final double WORKDAYS_PER_MONTH = 52.0 * 5 / 12;

  private final Workspace workspace;
  private final Absences absences;
  private final WorkCalendar calendar;
  private final Map<String, Role> roles = new HashMap<>();
  private final Map<String, List<Person>> holders = new HashMap<>();
  private final Map<String, Person> people = new HashMap<>();

  public CoverageAnalyzer(Workspace workspace, Absences absences, WorkCalendar calendar) {
    this.workspace = Objects.requireNonNull(workspace);
    this.absences = Objects.requireNonNull(absences);
    this.calendar = Objects.requireNonNull(calendar);
    for (Role r : workspace.organization().roles()) {
      roles.put(key(r.name()), r);
    }
    for (Person p : workspace.organization().people()) {
      people.put(p.key(), p);
      for (var share : p.roles()) {
        List<Person> list = holders.computeIfAbsent(key(share.role()), k -> new ArrayList<>());
        if (!list.contains(p)) {
          list.add(p);
        }
      }
    }
  }

  public CoverageReport analyze(LocalDate from, LocalDate to, Granularity by) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the period ends (" + to + ") before it starts (" + from + ")");
    }
    List<LocalDate> workdays = new ArrayList<>();
    Map<LocalDate, String> holidays = new TreeMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkday(d)) {
        workdays.add(d);
      }
      LocalDate day = d;
      calendar.holiday(day).ifPresent(name -> holidays.put(day, name));
    }
    Presence presence = new Presence(workspace.organization().people(), absences, workdays);
    List<Unit> units = units(from, to, by, workdays);
    Chains chains = new Chains();

    Map<String, PairCover> byPair = new LinkedHashMap<>();
    List<StepCover> steps = new ArrayList<>();
    Map<String, Integer> uncoveredByRoleUnit = new HashMap<>();
    for (Process p : workspace.processes()) {
      for (Step s : p.steps()) {
        if (!s.task().hasPerformer()) {
          continue;
        }
        String role = s.task().performer();
        Role declared = roles.get(key(role));
        List<String> deputies =
            !s.task().deputies().isEmpty()
                ? s.task().deputies()
                : declared == null ? List.of() : declared.deputies();
        String pair =
            key(role) + "\u0000" + String.join("\u0000", deputies).toLowerCase(Locale.ROOT);
        PairCover cover =
            byPair.computeIfAbsent(
                pair, k -> resolveUnits(role, deputies, units, workdays, presence, chains));
        List<StepUnit> perUnit = cover.units();
        for (int u = 0; u < perUnit.size(); u++) {
          if (perUnit.get(u).uncovered()) {
            uncoveredByRoleUnit.merge(key(role) + "\u0000" + u, 1, Integer::sum);
          }
        }
        steps.add(
            new StepCover(
                p.id(), p.title(), s.id(), s.title(), role, deputies, perUnit, cover.standIns()));
      }
    }
    WorkspaceLoad load = WorkspaceLoad.of(workspace);
    List<RoleCover> roleCovers = new ArrayList<>();
    for (Role r : workspace.organization().roles()) {
      double monthly = monthlyDemand(load, r.name());
      List<Person> listed = holders.getOrDefault(key(r.name()), List.of());
      List<RoleUnit> ru = new ArrayList<>();
      for (int u = 0; u < units.size(); u++) {
        Unit unit = units.get(u);
        int fewest = Integer.MAX_VALUE;
        double capacity = 0;
        for (LocalDate d : unit.workdays()) {
          int present = 0;
          if (listed.isEmpty()) {
            present = r.capacity();
            capacity += r.capacity() * r.hoursPerWeek() / 5;
          } else {
            int day = presence.index(d);
            for (Person h : listed) {
              if (presence.present(h, day)) {
                present++;
                capacity += h.share(r.name()) * h.workingTime() * r.hoursPerWeek() / 5;
              }
            }
          }
          fewest = Math.min(fewest, present);
        }
        double demand = monthly / WORKDAYS_PER_MONTH * unit.workdays().size();
        ru.add(
            new RoleUnit(
                fewest == Integer.MAX_VALUE ? 0 : fewest,
                demand,
                capacity,
                uncoveredByRoleUnit.getOrDefault(key(r.name()) + "\u0000" + u, 0)));
      }
      roleCovers.add(new RoleCover(r.name(), listed.size(), r.capacity(), ru));
    }
    return new CoverageReport(
        workspace.organization().name(),
        from,
        to,
        by,
        units,
        roleCovers,
        steps,
        chains.findings(),
        holidays,
        load.withoutVolume(),
        TrainingFindings.NOT_READ);
  }

  private static double monthlyDemand(WorkspaceLoad load, String role) {
    double sum = 0;
    for (var e : load.contributions().entrySet()) {
      if (e.getKey().equalsIgnoreCase(role)) {
        for (double h : e.getValue().values()) {
          sum += h;
        }
      }
    }
    return sum;
  }

  /** The units of the period: each working day, or each ISO week cut to the period. */
  static List<Unit> units(LocalDate from, LocalDate to, Granularity by, List<LocalDate> workdays) {
    List<Unit> units = new ArrayList<>();
    if (by == Granularity.DAY) {
      for (LocalDate d : workdays) {
        units.add(new Unit(d.toString(), d, d, List.of(d)));
      }
      return units;
    }
    LocalDate start = from;
    int i = 0;
    while (!start.isAfter(to)) {
      LocalDate sunday = start.with(DayOfWeek.SUNDAY);
      LocalDate end = sunday.isAfter(to) ? to : sunday;
      List<LocalDate> days = new ArrayList<>();
      while (i < workdays.size() && !workdays.get(i).isAfter(end)) {
        days.add(workdays.get(i++));
      }
      String label =
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR),
              start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      units.add(new Unit(label, start, end, days));
      start = end.plusDays(1);
    }
    return units;
  }

  /** The cover of one (role, deputies) pair: per unit, and who steps in over the period. */
  private record PairCover(List<StepUnit> units, List<StandIn> standIns) {}

  private PairCover resolveUnits(
      String role,
      List<String> deputies,
      List<Unit> units,
      List<LocalDate> workdays,
      Presence presence,
      Chains chains) {
    List<StepUnit> out = new ArrayList<>(units.size());
    Map<String, StandIn> standIns = new LinkedHashMap<>();
    for (Unit unit : units) {
      int nobody = 0;
      int deputyOnly = 0;
      int single = 0;
      LinkedHashSet<String> who = new LinkedHashSet<>();
      for (LocalDate d : unit.workdays()) {
        Candidates c = new Candidates();
        resolve(role, deputies, presence.index(d), d, presence, chains, c);
        if (c.names.isEmpty()) {
          nobody++;
        } else if (c.holders == 0) {
          deputyOnly++;
          Person first = people.get(key(c.names.iterator().next()));
          if (first != null) {
            standIns.merge(
                first.key(),
                new StandIn(first.name(), d, d, 1),
                (a, b) -> new StandIn(a.person(), a.firstDay(), d, a.days() + 1));
          }
        }
        if (c.heads == 1) {
          single++;
        }
        who.addAll(c.names);
      }
      out.add(new StepUnit(nobody, deputyOnly, single, List.copyOf(who)));
    }
    return new PairCover(out, List.copyOf(standIns.values()));
  }

  /** Who can do it on one day, in order, and how many people that is. */
  private static final class Candidates {
    final LinkedHashSet<String> names = new LinkedHashSet<>();
    int heads;
    int holders;

    void add(String name, int people) {
      if (names.add(name)) {
        heads += people;
      }
    }
  }

  private void resolve(
      String role,
      List<String> deputies,
      int day,
      LocalDate date,
      Presence presence,
      Chains chains,
      Candidates c) {
    Role declared = roles.get(key(role));
    List<Person> listed = holders.getOrDefault(key(role), List.of());
    if (listed.isEmpty()) {
      if (declared != null) {
        c.add(declared.name(), declared.capacity());
        c.holders = c.heads;
      }
      return;
    }
    for (Person h : listed) {
      if (presence.present(h, day)) {
        c.add(h.name(), 1);
      }
    }
    c.holders = c.heads;
    for (Person h : listed) {
      if (!presence.present(h, day)) {
        for (String cover : h.coveredBy()) {
          List<String> chain = new ArrayList<>(List.of(h.name()));
          person(cover, day, date, presence, chains, c, chain);
        }
      }
    }
    List<String> visited = new ArrayList<>(List.of(declared == null ? role : declared.name()));
    for (String d : deputies) {
      deputy(d, day, date, presence, chains, c, visited);
    }
  }

  private void deputy(
      String name,
      int day,
      LocalDate date,
      Presence presence,
      Chains chains,
      Candidates c,
      List<String> visited) {
    Person p = people.get(key(name));
    if (p != null) {
      person(name, day, date, presence, chains, c, new ArrayList<>(visited));
      return;
    }
    Role r = roles.get(key(name));
    if (r == null) {
      return;
    }
    if (visited.stream().anyMatch(v -> v.equalsIgnoreCase(r.name()))) {
      List<String> chain = new ArrayList<>(visited);
      chain.add(r.name());
      chains.report(ChainFinding.Kind.LOOP, visited.get(0), chain, date, c.names.isEmpty());
      return;
    }
    List<Person> listed = holders.getOrDefault(key(r.name()), List.of());
    if (listed.isEmpty()) {
      c.add(r.name(), r.capacity());
      return;
    }
    int before = c.names.size();
    for (Person h : listed) {
      if (presence.present(h, day)) {
        c.add(h.name(), 1);
      }
    }
    if (c.names.size() > before) {
      return;
    }
    List<String> next = new ArrayList<>(visited);
    next.add(r.name());
    if (r.deputies().isEmpty()) {
      chains.report(ChainFinding.Kind.ENDS_ABSENT, visited.get(0), next, date, c.names.isEmpty());
    }
    for (String d : r.deputies()) {
      deputy(d, day, date, presence, chains, c, next);
    }
  }

  /** A person deputy: present, or handing on to the people who cover for them. */
  private void person(
      String name,
      int day,
      LocalDate date,
      Presence presence,
      Chains chains,
      Candidates c,
      List<String> chain) {
    Person p = people.get(key(name));
    if (p == null) {
      return;
    }
    if (chain.stream().anyMatch(v -> v.equalsIgnoreCase(p.name()))) {
      List<String> loop = new ArrayList<>(chain);
      loop.add(p.name());
      chains.report(ChainFinding.Kind.LOOP, chain.get(0), loop, date, c.names.isEmpty());
      return;
    }
    if (presence.present(p, day)) {
      c.add(p.name(), 1);
      return;
    }
    List<String> next = new ArrayList<>(chain);
    next.add(p.name());
    if (p.coveredBy().isEmpty()) {
      chains.report(ChainFinding.Kind.ENDS_ABSENT, chain.get(0), next, date, c.names.isEmpty());
    }
    for (String cover : p.coveredBy()) {
      person(cover, day, date, presence, chains, c, next);
    }
  }

  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** Collects chain findings, one per chain, counting the days. */
  private static final class Chains {
    private final Map<List<Object>, ChainFinding> found = new LinkedHashMap<>();
    private final Map<List<Object>, LocalDate> lastDay = new HashMap<>();

    /**
     * Notes a failed chain. Only chains walked while nobody was yet found are reported: when a
     * holder is present, a broken chain further down does not matter that day.
     */
    void report(
        ChainFinding.Kind kind,
        String subject,
        List<String> chain,
        LocalDate day,
        boolean matters) {
      if (!matters) {
        return;
      }
      List<Object> k = List.of(kind, chain);
      ChainFinding f = found.get(k);
      if (f == null) {
        found.put(k, new ChainFinding(kind, subject, chain, day, 1));
        lastDay.put(k, day);
      } else if (!day.equals(lastDay.get(k))) {
        found.put(k, new ChainFinding(kind, subject, chain, f.firstDay(), f.days() + 1));
        lastDay.put(k, day);
      }
    }

    List<ChainFinding> findings() {
      return List.copyOf(found.values());
    }
  }
}
