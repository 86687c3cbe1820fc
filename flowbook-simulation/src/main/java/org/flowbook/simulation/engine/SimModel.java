package org.flowbook.simulation.engine;

import java.util.List;
import org.flowbook.model.WorkingHours;
import org.flowbook.simulation.calendar.ArrivalProfile;
import org.flowbook.simulation.calendar.Holidays;

/**
 * What the engine simulates, compiled from a workspace (and a scenario) or imported from Prosimos:
 * roles with their people and calendars, and processes as arrays of steps.
 *
 * @param warnings what the compilation had to assume (timers without a time, unknown shapes)
 */
public record SimModel(
    List<RoleSpec> roles, List<ProcessSpec> processes, Holidays holidays, List<String> warnings) {
  public SimModel {
    roles = List.copyOf(roles);
    processes = List.copyOf(processes);
    warnings = List.copyOf(warnings);
  }

  /**
   * A role: its people, when they work, what an hour costs.
   *
   * @param speed elapsed working seconds per second of documented work: a role whose people give 20
   *     of their 40 calendar hours a week to process work takes twice as long per task
   */
  public record RoleSpec(
      String name, Staffing staffing, WorkingHours hours, double costPerHour, double speed) {}

  /**
   * A process; {@code arrivals} is null for one only started by calls from other processes.
   *
   * @param start the index of the step where a case begins
   */
  public record ProcessSpec(
      String id, String title, Arrivals arrivals, List<SimStep> steps, int start) {
    public ProcessSpec {
      steps = List.copyOf(steps);
    }
  }

  /**
   * New cases: gaps between arrivals measured in the open time of a calendar (working days only by
   * default), so that no case arrives at night.
   *
   * @param maxCases stop after this many cases (0 = as many as the period holds)
   * @param profile when not null, when in the week cases arrive and how many ({@code calendar} is
   *     then only what the report shows)
   * @param gapsInRealTime the gap is real time and an arrival outside the calendar moves to its
   *     next open moment (Prosimos' way), instead of the gap counting only open time
   */
  public record Arrivals(
      Distribution gap,
      WorkingHours calendar,
      long maxCases,
      boolean gapsInRealTime,
      ArrivalProfile profile) {
    public Arrivals(Distribution gap, WorkingHours calendar, long maxCases) {
      this(gap, calendar, maxCases, false, null);
    }

    public Arrivals(
        Distribution gap, WorkingHours calendar, long maxCases, boolean gapsInRealTime) {
      this(gap, calendar, maxCases, gapsInRealTime, null);
    }

    /** The same arrivals, stopping after {@code cases}. */
    public Arrivals withMaxCases(long cases) {
      return new Arrivals(gap, calendar, cases, gapsInRealTime, profile);
    }
  }

  /**
   * One step: an optional calendar wait, work by a role, a call, then the way out.
   *
   * @param role index into {@link SimModel#roles()}, or -1 when no person is needed
   * @param next indexes of the steps the flow leads to
   * @param shares cumulative shares of {@code next} for a choice (null unless a choice)
   * @param split whether all of {@code next} start at once (a parallel split)
   * @param joinCount how many arrivals a parallel join waits for (0 or 1: none)
   * @param callee index of the called process, or -1
   * @param terminate whether reaching this step ends the whole case at once
   */
  public record SimStep(
      String id,
      String title,
      int role,
      Distribution work,
      double waitSeconds,
      int[] next,
      double[] shares,
      boolean split,
      int joinCount,
      int callee,
      List<Timer> timers,
      boolean terminate) {
    public SimStep {
      timers = List.copyOf(timers);
    }

    public boolean isWork() {
      return role >= 0;
    }
  }

  /** A boundary timer on a step: after {@code seconds} of calendar time the flow goes on. */
  public record Timer(double seconds, int[] next, boolean interrupting) {}
}
