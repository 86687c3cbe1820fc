package org.flowbook.simulation.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.analysis.metrics.BranchShares;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Organization;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Role;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.model.WorkingHours;
import org.flowbook.model.Workspace;
import org.flowbook.notation.Durations;
import org.flowbook.simulation.calendar.ArrivalClock;
import org.flowbook.simulation.calendar.ArrivalProfile;
import org.flowbook.simulation.calendar.Holidays;
import org.flowbook.simulation.calendar.SwedishHolidays;
import org.flowbook.simulation.calendar.WorkCalendar;
import org.flowbook.simulation.engine.SimModel.Arrivals;
import org.flowbook.simulation.engine.SimModel.ProcessSpec;
import org.flowbook.simulation.engine.SimModel.RoleSpec;
import org.flowbook.simulation.engine.SimModel.SimStep;
import org.flowbook.simulation.engine.SimModel.Timer;

/**
 * Compiles a workspace into a {@link SimModel}: one role per declared role (head count from {@code
 * antal:}, or the scenario's), one process spec per process with its volume as Poisson arrivals on
 * working days, steps with the documented work time as the mean of the work shape.
 */
public final class ModelCompiler {
  private static final Pattern DURATION_IN_TEXT =
      Pattern.compile(
          "\\d{1,6}(?:[.,]\\d{1,3})?\\s*(?:sekunder|seconds?|minuter|minutes?|min|timmar|timme|hours?|h|dagar|dag|days?|d|veckor|vecka|weeks?|v|w)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final CompileOptions options;
  private final List<String> warnings = new ArrayList<>();

  public ModelCompiler(CompileOptions options) {
    this.options = options;
  }

  public SimModel compile(Workspace ws) {
    Holidays holidays = options.holidays() ? SwedishHolidays.INSTANCE : Holidays.NONE;
    List<RoleSpec> roles = new ArrayList<>();
    Map<String, Integer> roleIndex = new HashMap<>();
    for (Role r : ws.organization().roles()) {
      addRole(roles, roleIndex, r, ws.organization());
    }
    for (Process p : ws.processes()) {
      for (Step s : p.steps()) {
        String performer = s.performer();
        if (!performer.isEmpty() && !roleIndex.containsKey(key(performer))) {
          warnings.add(
              "role '" + performer + "' is not declared; simulated with 1 person, 40 h a week");
          addRole(roles, roleIndex, Role.named(performer), ws.organization());
        }
      }
    }
    Map<String, Integer> processIndex = new HashMap<>();
    for (int i = 0; i < ws.processes().size(); i++) {
      processIndex.put(ws.processes().get(i).id(), i);
    }
    double yearSeconds =
        new WorkCalendar(options.year(), options.defaultHours(), holidays)
            .workingBefore(
                options.year().plusYears(1).toEpochDay() * 86400.0
                    - options.year().toEpochDay() * 86400.0);
    List<ProcessSpec> specs = new ArrayList<>();
    for (Process p : ws.processes()) {
      specs.add(process(p, roleIndex, processIndex, yearSeconds));
    }
    return new SimModel(roles, specs, holidays, warnings);
  }

  private void addRole(List<RoleSpec> roles, Map<String, Integer> index, Role r, Organization org) {
    // A scenario's hours win over the role's own arbetstid:, which wins over the default.
    WorkingHours own = r.workingHours() != null ? r.workingHours() : options.defaultHours();
    WorkingHours hours = options.roleHours().getOrDefault(key(r.name()), own);
    Staffing staffing =
        options
            .staffing()
            .getOrDefault(key(r.name()), Staffing.documented(org, r, options.absences()));
    double speed = hours.aroundTheClock() ? 1 : hours.hoursPerWeek() / r.hoursPerWeek();
    index.put(key(r.name()), roles.size());
    roles.add(new RoleSpec(r.name(), staffing, hours, r.costPerHour(), speed));
  }

  private ProcessSpec process(
      Process p, Map<String, Integer> roleIndex, Map<String, Integer> processIndex, double year) {
    ProcessIndex idx = ProcessIndex.of(p);
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < p.steps().size(); i++) {
      at.put(p.steps().get(i).id(), i);
    }
    List<SimStep> steps = new ArrayList<>();
    for (Step s : p.steps()) {
      steps.add(step(p, idx, s, at, roleIndex, processIndex));
    }
    int start = startIndex(p, idx, at);
    Arrivals arrivals = null;
    double factor = options.volumeFactors().getOrDefault(key(p.id()), 1.0);
    if (p.casesPerMonth() != null && p.casesPerMonth() * factor > 0) {
      double perYear = p.casesPerMonth() * factor * 12;
      ArrivalProfile profile = options.arrivalProfiles().get(key(p.id()));
      arrivals =
          profile == null
              ? new Arrivals(
                  new Distribution.Exponential(year / perYear), options.defaultHours(), 0)
              : new Arrivals(
                  new Distribution.Exponential(profileYear(profile) / perYear),
                  options.defaultHours(),
                  0,
                  false,
                  profile);
    }
    return new ProcessSpec(p.id(), p.title(), arrivals, steps, start);
  }

  /** A profile's weight over the year the volume is spread over (holidays closed). */
  private double profileYear(ArrivalProfile profile) {
    ArrivalClock clock =
        new ArrivalClock(
            options.year(), profile, options.holidays() ? SwedishHolidays.INSTANCE : Holidays.NONE);
    return clock.workingBefore(
        options.year().plusYears(1).toEpochDay() * 86400.0 - options.year().toEpochDay() * 86400.0);
  }

  private static int startIndex(Process p, ProcessIndex idx, Map<String, Integer> at) {
    List<Start> starts = p.starts();
    if (!starts.isEmpty()) {
      return at.get(starts.get(0).id());
    }
    for (Step s : p.steps()) {
      if (idx.incoming(s.id()).isEmpty() && !(s instanceof Event e && e.isBoundary())) {
        return at.get(s.id());
      }
    }
    return 0;
  }

  private SimStep step(
      Process p,
      ProcessIndex idx,
      Step s,
      Map<String, Integer> at,
      Map<String, Integer> roleIndex,
      Map<String, Integer> processIndex) {
    Task task = s.task();
    int role = task.hasPerformer() ? roleIndex.getOrDefault(key(task.performer()), -1) : -1;
    Distribution work = workOf(task);
    if (role < 0 && work.mean() > 0) {
      // Work nobody is named for is still time the case spends: a fixed delay on calendar time.
      work = new Distribution.Fixed(0);
    }
    double wait = task.waitTime().getSeconds();
    if (role < 0) {
      wait += task.workTime().getSeconds();
    }
    if (s instanceof Event e && !e.isBoundary() && e.trigger() == EventTrigger.TIMER) {
      Optional<Double> d = durationIn(e.title());
      if (d.isPresent()) {
        wait += d.get();
      } else {
        warnings.add(
            p.id()
                + " "
                + s.id()
                + ": the timer '"
                + e.title()
                + "' states no time; it passes at once");
      }
    }
    List<Flow> out = idx.outgoing(s.id());
    int[] next =
        out.stream().mapToInt(f -> at.getOrDefault(f.to(), -1)).filter(i -> i >= 0).toArray();
    double[] shares = null;
    boolean split = false;
    if (next.length > 1) {
      if (s instanceof Decision) {
        List<Double> sh = BranchShares.of(out);
        shares = new double[sh.size()];
        double cum = 0;
        for (int i = 0; i < sh.size(); i++) {
          cum += sh.get(i);
          shares[i] = cum;
        }
      } else {
        split = true;
      }
    }
    int join = s instanceof Parallel ? idx.incoming(s.id()).size() : 0;
    int callee = -1;
    if (s instanceof Call c) {
      callee = processIndex.getOrDefault(c.processId(), -1);
      if (callee < 0) {
        warnings.add(
            p.id()
                + " "
                + s.id()
                + ": calls '"
                + c.processId()
                + "', which is not in the workspace");
      }
    }
    List<Timer> timers = new ArrayList<>();
    for (Event b : idx.boundaryEvents(s.id())) {
      if (b.trigger() != EventTrigger.TIMER) {
        continue;
      }
      Optional<Double> d = durationIn(b.title());
      if (d.isEmpty()) {
        warnings.add(
            p.id()
                + " "
                + s.id()
                + ": the timer '"
                + b.title()
                + "' states no time; it never fires");
        continue;
      }
      int[] to =
          idx.outgoing(b.id()).stream()
              .mapToInt(f -> at.getOrDefault(f.to(), -1))
              .filter(i -> i >= 0)
              .toArray();
      timers.add(new Timer(d.get(), to, b.interrupting()));
    }
    boolean terminate = s instanceof End e && e.trigger() == EventTrigger.TERMINATE;
    return new SimStep(
        s.id(), s.title(), role, work, wait, next, shares, split, join, callee, timers, terminate);
  }

  private Distribution workOf(Task task) {
    if (task.hasWorkRange()) {
      // A written range is the step's own distribution, whatever the default shape (decision 0701).
      double low = task.workRange().low().getSeconds();
      double high = task.workRange().high().getSeconds();
      return low == high
          ? new Distribution.Fixed(low)
          : new Distribution.Triangular(low, (low + high) / 2, high);
    }
    return options.shape().around(task.workTime().getSeconds());
  }

  /** The first duration written in a text ("Inget svar inom 5 dagar" → 5 days). */
  static Optional<Double> durationIn(String text) {
    Matcher m = DURATION_IN_TEXT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Durations.parse(m.group()).map(d -> (double) d.getSeconds());
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Only for callers that compile by year: the first of January of a date's year. */
  public static LocalDate yearOf(LocalDate d) {
    return d.withDayOfYear(1);
  }
}
