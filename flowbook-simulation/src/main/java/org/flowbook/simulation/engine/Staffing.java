package org.flowbook.simulation.engine;

import java.time.LocalDate;
import java.util.List;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Role;
import org.flowbook.people.absence.Absences;

/**
 * How many people of a role are at work on a day: the role's listed people who are not away that
 * day (people model and {@code frånvaro.flow}), or its head count ({@code antal:}) when it lists
 * nobody, with a scenario's changes for periods on top.
 */
@FunctionalInterface
public interface Staffing {
  int heads(LocalDate day);

  static Staffing constant(int heads) {
    return day -> heads;
  }

  /**
   * The documented staffing of a role: its listed people, each counted on the days they are not
   * away, or {@code antal:} when the organization lists nobody for the role. A person counts as one
   * head in every role they hold; shares of time and {@code omfattning:} are not split into
   * fractions of a person.
   */
  static Staffing documented(Organization org, Role role, Absences absences) {
    List<Person> holders = org.holders(role.name());
    if (holders.isEmpty()) {
      return constant(role.capacity());
    }
    List<String> names = holders.stream().map(Person::name).toList();
    if (names.stream().allMatch(n -> absences.of(n).isEmpty())) {
      return constant(names.size());
    }
    return day -> {
      int present = 0;
      for (String n : names) {
        if (!absences.isAway(n, day)) {
          present++;
        }
      }
      return present;
    };
  }

  /** This staffing with {@code delta} people more (or fewer) from {@code from} to {@code to}. */
  default Staffing shifted(int delta, LocalDate from, LocalDate to) {
    HeadCountChange period = new HeadCountChange(0, from, to);
    return day -> heads(day) + (period.covers(day) ? delta : 0);
  }

  /** This staffing with exactly {@code heads} people from {@code from} to {@code to}. */
  default Staffing overridden(int heads, LocalDate from, LocalDate to) {
    HeadCountChange period = new HeadCountChange(heads, from, to);
    return day -> period.covers(day) ? heads : heads(day);
  }

  /** A base head count with changes for periods, the later change winning where they overlap. */
  static Staffing withChanges(int base, List<HeadCountChange> changes) {
    List<HeadCountChange> copy = List.copyOf(changes);
    return day -> {
      int heads = base;
      for (HeadCountChange c : copy) {
        if (c.covers(day)) {
          heads = c.heads();
        }
      }
      return heads;
    };
  }

  /**
   * A different head count from {@code from} to {@code to} (both included; null for open-ended).
   */
  record HeadCountChange(int heads, LocalDate from, LocalDate to) {
    public HeadCountChange {
      if (heads < 0) {
        throw new IllegalArgumentException("a head count must not be negative");
      }
    }

    public boolean covers(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
  }
}
