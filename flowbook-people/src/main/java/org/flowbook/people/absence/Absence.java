package org.flowbook.people.absence;

import java.time.LocalDate;
import java.util.Objects;
import org.flowbook.model.SourceLocation;

/**
 * That a person is away from one date to another, both included. Deliberately no reason: why
 * someone is away (illness, parental leave) is sensitive personal data and not needed for cover.
 */
public record Absence(String person, LocalDate from, LocalDate to, SourceLocation at) {
  public Absence {
    if (person == null || person.isBlank()) {
      throw new IllegalArgumentException("an absence needs a person");
    }
    person = person.strip();
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("an absence ends before it starts");
    }
    at = at == null ? SourceLocation.UNKNOWN : at;
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
