package org.flowbook.simulation.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.WorkingHours;
import org.flowbook.simulation.calendar.ArrivalProfile;

/**
 * A what-if: the changes a scenario file makes to the documented workspace.
 *
 * @param from first day of the period, or null (the command line's or the default)
 * @param to last day of the period, or null
 */
public record Scenario(
    String name,
    String description,
    LocalDate from,
    LocalDate to,
    List<VolumeChange> volumes,
    List<StaffChange> staff,
    List<HoursChange> hours,
    List<Replacement> replacements,
    List<ArrivalsChange> arrivals) {

  /** A scenario without arrival profiles. */
  public Scenario(
      String name,
      String description,
      LocalDate from,
      LocalDate to,
      List<VolumeChange> volumes,
      List<StaffChange> staff,
      List<HoursChange> hours,
      List<Replacement> replacements) {
    this(name, description, from, to, volumes, staff, hours, replacements, List.of());
  }

  public Scenario {
    arrivals = List.copyOf(arrivals);
    volumes = List.copyOf(volumes);
    staff = List.copyOf(staff);
    hours = List.copyOf(hours);
    replacements = List.copyOf(replacements);
  }

  /** The documented workspace as it is. */
  public static Scenario baseline(String name) {
    return new Scenario(name, "", null, null, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * A process's volume: {@code factor} times the documented one, or {@code perMonth} cases when
   * that is not null. {@code process} is an id, a title, or "*" for all.
   */
  public record VolumeChange(String process, double factor, Double perMonth, SourceLocation at) {}

  /**
   * A role's head count in a period (both days included; null = open-ended): {@code heads} people,
   * or the documented count plus {@code heads} when {@code relative}.
   */
  public record StaffChange(
      String role, int heads, boolean relative, LocalDate from, LocalDate to, SourceLocation at) {}

  /** A role's working hours ("*" for all roles). */
  public record HoursChange(String role, WorkingHours hours, SourceLocation at) {}

  /**
   * When in the week a process's cases arrive ({@code ankomster:}); {@code process} is an id, a
   * title, or "*" for all. The volume stays what it is.
   */
  public record ArrivalsChange(
      String process, ArrivalProfile profile, String text, SourceLocation at) {}

  /** A process file that replaces the process with the same id (or is added). */
  public record Replacement(Path file, SourceLocation at) {}
}
