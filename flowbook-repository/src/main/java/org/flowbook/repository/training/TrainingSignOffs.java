package org.flowbook.repository.training;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Status;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.acknowledge.PersonLink;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.comments.CommentRules;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.Processes;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * Training sign-offs and the one rule for who may give them: approvers (the managers of the access
 * model) and administrators for every process, and the trainers of a process — the people holding
 * its owner role — for that process; nobody for themselves. A sign-off names a version that was
 * published (the current or an earlier one): nobody is trained on a draft. Each sign-off is one row
 * and one audit entry in one transaction; the audit entry names the record by number, not the
 * person, because the audit log cannot forget a name.
 */
public final class TrainingSignOffs {
  /** The longest validity a sign-off may set: ten years. */
  public static final int MAX_VALID_MONTHS = 120;

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;
  private final Processes processes;
  private final Supplier<Organization> organization;
  private final DocumentSource documents;

  /** The parsed text of a stored version (the library keeps them parsed). */
  @FunctionalInterface
  public interface DocumentSource {
    Optional<ProcessDocument> document(String id, int version);
  }

  public TrainingSignOffs(
      Database db,
      AuditLog audit,
      Clock clock,
      Processes processes,
      Supplier<Organization> organization,
      DocumentSource documents) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
    this.processes = processes;
    this.organization = organization;
    this.documents = documents;
  }

  /** What a trainer fills in. */
  public record Request(
      String person,
      String processId,
      String stepId,
      int version,
      LocalDate trainedOn,
      int validMonths) {
    public Request {
      person = person == null ? "" : person.strip();
      processId = processId == null ? "" : processId.strip();
      stepId = stepId == null ? "" : stepId.strip();
    }
  }

  /** Whether the account may sign off training on the process for someone (not for itself). */
  public boolean maySignOff(User actor, ProcessSummary process) {
    return actor.can(AccessRole.APPROVER)
        || CommentRules.isOwner(actor, process, organization.get());
  }

  /** Whether the account may sign off training on the process for this person. */
  public boolean maySignOff(User actor, ProcessSummary process, Person person) {
    return !PersonLink.links(actor, person) && maySignOff(actor, process);
  }

  /**
   * Stores a sign-off.
   *
   * @throws LibraryException not found for an unknown process or version (or one never published),
   *     forbidden when the actor may not sign off, invalid for an unknown person or step, a date in
   *     the future or before 2000, or a validity outside 0–120 months
   */
  public SignOff record(User actor, Request r) {
    return record(actor, r, actor.displayName());
  }

  /**
   * {@link #record(User, Request)} with the trainer named as a file names them (an import of the
   * records of an HR system or a workspace's {@code utbildning.csv}); the actor is still checked
   * and logged.
   */
  public SignOff record(User actor, Request r, String trainerName) {
    ProcessSummary s =
        processes
            .summary(r.processId())
            .filter(x -> x.publishedVersion() != null)
            .orElseThrow(() -> LibraryException.notFound("no published process " + r.processId()));
    VersionInfo v =
        processes.history(s.id()).stream()
            .filter(x -> x.version() == r.version())
            .filter(x -> x.status() == Status.PUBLISHED || x.status() == Status.ARCHIVED)
            .findFirst()
            .orElseThrow(
                () ->
                    LibraryException.notFound(
                        "version " + r.version() + " of " + s.id() + " was never published"));
    Person person =
        organization
            .get()
            .person(r.person())
            .orElseThrow(
                () ->
                    LibraryException.invalid(
                        "nobody called '" + r.person() + "' is among the organization's people"));
    if (PersonLink.links(actor, person)) {
      throw LibraryException.forbidden(
          "nobody signs off their own training: ask a trainer, an approver or an administrator");
    }
    if (!maySignOff(actor, s)) {
      throw LibraryException.forbidden(
          "training is signed off by approvers, administrators and the process owner's people");
    }
    if (!r.stepId().isEmpty()
        && documents
            .document(s.id(), v.version())
            .filter(ProcessDocument::hasProcess)
            .flatMap(d -> d.process().step(r.stepId()))
            .isEmpty()) {
      throw LibraryException.invalid(
          "version " + v.version() + " of " + s.id() + " has no step " + r.stepId());
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (r.trainedOn() == null || r.trainedOn().isAfter(today.plusDays(1))) {
      throw LibraryException.invalid(
          "the training day must be given and not in the future (today is " + today + ")");
    }
    if (r.trainedOn().isBefore(EARLIEST)) {
      throw LibraryException.invalid("the training day " + r.trainedOn() + " is before 2000");
    }
    if (r.validMonths() < 0 || r.validMonths() > MAX_VALID_MONTHS) {
      throw LibraryException.invalid(
          "a training holds for 0 (as the role says) to " + MAX_VALID_MONTHS + " months");
    }
    return db.inTransaction(
        c -> {
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO training_records (person_key, person_name, process_id, step_id,"
                      + " version, trained_on, valid_months, trainer, trainer_name, recorded_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            ps.setString(1, PersonLink.key(person));
            ps.setString(2, person.name());
            ps.setString(3, s.id());
            ps.setString(4, r.stepId());
            ps.setInt(5, v.version());
            ps.setDate(6, Date.valueOf(r.trainedOn()));
            ps.setInt(7, r.validMonths());
            ps.setString(8, actor.username());
            ps.setString(
                9,
                trainerName == null || trainerName.isBlank()
                    ? actor.displayName()
                    : trainerName.strip());
            ps.setObject(10, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          SignOff saved =
              Rows.one(c, "SELECT * FROM training_records WHERE id = ?", TrainingSignOffs::row, id)
                  .orElseThrow();
          audit.append(
              c,
              actor.username(),
              "training-sign-off",
              "process:" + s.id() + "@" + v.version(),
              "record " + saved.id() + (r.stepId().isEmpty() ? "" : ", step " + r.stepId()));
          return saved;
        });
  }

  /** Every sign-off, oldest first (the matrix takes the newest per person and process). */
  public List<SignOff> all() {
    return db.read(
        c -> Rows.list(c, "SELECT * FROM training_records ORDER BY id", TrainingSignOffs::row));
  }

  /** One person's sign-offs, newest first. */
  public List<SignOff> ofPerson(String personKey) {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM training_records WHERE person_key = ? ORDER BY trained_on DESC, id"
                    + " DESC",
                TrainingSignOffs::row,
                personKey));
  }

  private static SignOff row(ResultSet rs) throws SQLException {
    return new SignOff(
        rs.getLong("id"),
        rs.getString("person_key"),
        rs.getString("person_name"),
        rs.getString("process_id"),
        rs.getString("step_id"),
        rs.getInt("version"),
        Rows.date(rs, "trained_on"),
        rs.getInt("valid_months"),
        rs.getString("trainer"),
        rs.getString("trainer_name"),
        Rows.instant(rs, "recorded_at"));
  }
}
