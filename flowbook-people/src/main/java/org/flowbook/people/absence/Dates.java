package org.flowbook.people.absence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "2027-07-05", "2027-07-05 – 2027-07-30" (also "-", "..", "till", "to") as a period. */
final class Dates {
  private static final Pattern RANGE =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:–|—|-|\\.\\.|till|to)\\s*(\\d{4}-\\d{2}-\\d{2}))?");

  private Dates() {}

  record Period(LocalDate from, LocalDate to) {}

  static Optional<Period> period(String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate from = LocalDate.parse(m.group(1));
      LocalDate to = m.group(2) == null ? from : LocalDate.parse(m.group(2));
      return Optional.of(new Period(from, to));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
