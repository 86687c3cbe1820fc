package org.flowbook.simulation.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * How many people of a role are at work on a day. Today a role's head count ({@code antal:}) with a
 * scenario's changes for periods; the people model (issue 13) can feed persons and their absences
 * through the same interface.
 */
@FunctionalInterface
public interface Staffing {
  int heads(LocalDate day);

  static Staffing constant(int heads) {
    return day -> heads;
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
