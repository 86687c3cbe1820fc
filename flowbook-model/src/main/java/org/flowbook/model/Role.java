package org.flowbook.model;

import java.util.List;

/**
 * A position in the organization (not a person): who performs steps.
 *
 * @param capacity number of people who hold the position (at least 1)
 * @param costPerHour full cost of one hour of work, in the organization's currency (0 = unknown)
 * @param hoursPerWeek working hours per person and week available for process work
 * @param deputies who steps in when nobody in the role is present, in order: role or person names
 *     ({@code ersättare:})
 * @param workingHours when the people in the role work ({@code arbetstid: mån–fre 08:00–17:00}), or
 *     null when not stated (the simulator then uses its default office hours)
 * @param training extra items to learn and how long a training sign-off is valid ({@code
 *     utbildning:}, {@code giltig:})
 */
public record Role(
    String name,
    String description,
    int capacity,
    double costPerHour,
    double hoursPerWeek,
    SourceLocation at,
    List<String> deputies,
    WorkingHours workingHours,
    RoleTraining training) {

  public static final double DEFAULT_HOURS_PER_WEEK = 40;

  public Role {
    name = Checks.text(name, "role name");
    description = Checks.optional(description);
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity of role '" + name + "' must be at least 1");
    }
    if (costPerHour < 0 || hoursPerWeek <= 0) {
      throw new IllegalArgumentException("cost and hours of role '" + name + "' must be positive");
    }
    at = Checks.at(at);
    deputies = Checks.list(deputies);
    training = training == null ? RoleTraining.NONE : training;
  }

  /** A role without training items of its own. */
  public Role(
      String name,
      String description,
      int capacity,
      double costPerHour,
      double hoursPerWeek,
      SourceLocation at,
      List<String> deputies,
      WorkingHours workingHours) {
    this(
        name,
        description,
        capacity,
        costPerHour,
        hoursPerWeek,
        at,
        deputies,
        workingHours,
        RoleTraining.NONE);
  }

  /** A role without stated working hours. */
  public Role(
      String name,
      String description,
      int capacity,
      double costPerHour,
      double hoursPerWeek,
      SourceLocation at,
      List<String> deputies,
      RoleTraining training) {
    this(name, description, capacity, costPerHour, hoursPerWeek, at, deputies, null, training);
  }

  /** A role without stated working hours or training items. */
  public Role(
      String name,
      String description,
      int capacity,
      double costPerHour,
      double hoursPerWeek,
      SourceLocation at,
      List<String> deputies) {
    this(
        name,
        description,
        capacity,
        costPerHour,
        hoursPerWeek,
        at,
        deputies,
        (WorkingHours) null,
        RoleTraining.NONE);
  }

  /** A role without deputies. */
  public Role(
      String name,
      String description,
      int capacity,
      double costPerHour,
      double hoursPerWeek,
      SourceLocation at) {
    this(name, description, capacity, costPerHour, hoursPerWeek, at, List.of());
  }

  public Role withCapacity(int people) {
    return new Role(
        name, description, people, costPerHour, hoursPerWeek, at, deputies, workingHours, training);
  }

  public Role withDeputies(List<String> names) {
    return new Role(
        name, description, capacity, costPerHour, hoursPerWeek, at, names, workingHours, training);
  }

  public Role withWorkingHours(WorkingHours hours) {
    return new Role(
        name, description, capacity, costPerHour, hoursPerWeek, at, deputies, hours, training);
  }

  public Role withTraining(RoleTraining newTraining) {
    return new Role(
        name,
        description,
        capacity,
        costPerHour,
        hoursPerWeek,
        at,
        deputies,
        workingHours,
        newTraining);
  }

  public static Role named(String name) {
    return new Role(name, "", 1, 0, DEFAULT_HOURS_PER_WEEK, SourceLocation.UNKNOWN);
  }
}
