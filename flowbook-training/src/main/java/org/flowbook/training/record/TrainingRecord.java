package org.flowbook.training.record;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import org.flowbook.model.SourceLocation;

/**
 * A trainer's sign-off that a person was trained on one version of a process (or of one step). A
 * record is never changed: re-training adds a new record, and the newest one counts.
 *
 * @param person the person's name as in organization.flow / people.flow
 * @param processId the process id ("purchase-approval")
 * @param stepId the step's id when the record covers one step only, else empty
 * @param version the version trained on: the repository's version id, the file's {@code version:}
 *     label, or a prefix of its content hash
 * @param trainer who signed off
 * @param validFor the record's own validity; {@link Period#ZERO} = the role's {@code giltig:}
 * @param at where the record was read (a CSV row), or unknown
 */
public record TrainingRecord(
    String person,
    String processId,
    String stepId,
    String version,
    LocalDate date,
    String trainer,
    Period validFor,
    SourceLocation at) {

  public TrainingRecord {
    person = text(person, "person");
    processId = text(processId, "process");
    stepId = stepId == null ? "" : stepId.strip();
    version = text(version, "version");
    Objects.requireNonNull(date, "date");
    trainer = text(trainer, "trainer");
    validFor = validFor == null ? Period.ZERO : validFor;
    at = at == null ? SourceLocation.UNKNOWN : at;
  }

  /** A record for a whole process, without an own validity, for code and tests. */
  public static TrainingRecord of(
      String person, String processId, String version, LocalDate date, String trainer) {
    return new TrainingRecord(
        person, processId, "", version, date, trainer, Period.ZERO, SourceLocation.UNKNOWN);
  }

  public boolean isForStep() {
    return !stepId.isEmpty();
  }

  /** The folded person name used to match people ("anna berg"). */
  public String personKey() {
    return person.toLowerCase(Locale.ROOT);
  }

  private static String text(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("a training record needs a " + what);
    }
    return s.strip();
  }
}
