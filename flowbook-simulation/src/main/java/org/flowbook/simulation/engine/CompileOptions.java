package org.flowbook.simulation.engine;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flowbook.model.WorkingHours;
import org.flowbook.people.absence.Absences;
import org.flowbook.simulation.calendar.ArrivalProfile;

/**
 * How a workspace becomes a simulation model: the shape of work times, working hours, holidays, and
 * the changes a scenario makes (volume factors per process, head counts per role).
 *
 * @param volumeFactors by process id, lower case: multiply the documented volume
 * @param roleHours by role name, lower case
 * @param staffing by role name, lower case: replaces the role's {@code antal:}
 * @param year the first day of the year the volume is spread over (for working days per year)
 * @param absences who is away when (from the workspace's frånvaro files); a listed person of a role
 *     is not available on the days they are away
 * @param arrivalProfiles by process id, lower case: when in the week its cases arrive (default: the
 *     default working hours, every open hour alike)
 */
public record CompileOptions(
    WorkShape shape,
    WorkingHours defaultHours,
    Map<String, WorkingHours> roleHours,
    boolean holidays,
    Map<String, Double> volumeFactors,
    Map<String, Staffing> staffing,
    LocalDate year,
    Absences absences,
    Map<String, ArrivalProfile> arrivalProfiles) {

  public CompileOptions {
    absences = absences == null ? Absences.none() : absences;
    arrivalProfiles = lowerKeys(arrivalProfiles == null ? Map.of() : arrivalProfiles);
    roleHours = lowerKeys(roleHours);
    volumeFactors = lowerKeys(volumeFactors);
    staffing = lowerKeys(staffing);
  }

  /** Options without arrival profiles. */
  public CompileOptions(
      WorkShape shape,
      WorkingHours defaultHours,
      Map<String, WorkingHours> roleHours,
      boolean holidays,
      Map<String, Double> volumeFactors,
      Map<String, Staffing> staffing,
      LocalDate year,
      Absences absences) {
    this(
        shape,
        defaultHours,
        roleHours,
        holidays,
        volumeFactors,
        staffing,
        year,
        absences,
        Map.of());
  }

  /** Options without absences. */
  public CompileOptions(
      WorkShape shape,
      WorkingHours defaultHours,
      Map<String, WorkingHours> roleHours,
      boolean holidays,
      Map<String, Double> volumeFactors,
      Map<String, Staffing> staffing,
      LocalDate year) {
    this(shape, defaultHours, roleHours, holidays, volumeFactors, staffing, year, Absences.none());
  }

  public CompileOptions withAbsences(Absences a) {
    return new CompileOptions(
        shape,
        defaultHours,
        roleHours,
        holidays,
        volumeFactors,
        staffing,
        year,
        a,
        arrivalProfiles);
  }

  public CompileOptions withArrivalProfiles(Map<String, ArrivalProfile> profiles) {
    return new CompileOptions(
        shape,
        defaultHours,
        roleHours,
        holidays,
        volumeFactors,
        staffing,
        year,
        absences,
        profiles);
  }

  /** These options with the volume factors by process id (replacing any set before). */
  public CompileOptions withVolumeFactors(Map<String, Double> factors) {
    return new CompileOptions(
        shape,
        defaultHours,
        roleHours,
        holidays,
        factors,
        staffing,
        year,
        absences,
        arrivalProfiles);
  }

  /** These options with the staffing by role name (replacing any set before). */
  public CompileOptions withStaffing(Map<String, Staffing> byRole) {
    return new CompileOptions(
        shape,
        defaultHours,
        roleHours,
        holidays,
        volumeFactors,
        byRole,
        year,
        absences,
        arrivalProfiles);
  }

  public static CompileOptions defaults(LocalDate year) {
    return new CompileOptions(
        WorkShape.LOGNORMAL, WorkingHours.OFFICE, Map.of(), true, Map.of(), Map.of(), year);
  }

  public CompileOptions withShape(WorkShape s) {
    return new CompileOptions(
        s,
        defaultHours,
        roleHours,
        holidays,
        volumeFactors,
        staffing,
        year,
        absences,
        arrivalProfiles);
  }

  public CompileOptions withHours(WorkingHours h, boolean withHolidays) {
    return new CompileOptions(
        shape,
        h,
        roleHours,
        withHolidays,
        volumeFactors,
        staffing,
        year,
        absences,
        arrivalProfiles);
  }

  private static <V> Map<String, V> lowerKeys(Map<String, V> in) {
    Map<String, V> out = new TreeMap<>();
    in.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return Map.copyOf(out);
  }
}
