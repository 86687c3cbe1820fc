package org.flowbook.repository.acknowledge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.process.Processes;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.User;

/**
 * Read-and-acknowledge: publishing a version records the publication and, when the approver asks
 * for it, one task per affected person, in the publication's transaction; a person confirms their
 * task once. Confirming is one conditional update of one row, so any number of people confirming at
 * once lose nothing.
 */
public final class Acknowledgements {
  private static final String SEPARATOR = "\u001f";
  private final Database db;
  private final AuditLog audit;
  private final Clock clock;
  private final Processes processes;

  public Acknowledgements(Database db, AuditLog audit, Clock clock, Processes processes) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
    this.processes = processes;
  }

  /** What the approver decides when publishing. */
  public record Request(boolean required, LocalDate due) {
    public static final Request NONE = new Request(false, null);
  }

  /**
   * Publishes a version in review (see {@link Processes#approve}) and stores the publication with a
   * task for each affected person when acknowledgement is required.
   */
  public VersionInfo publish(
      User actor, String id, int version, Request request, List<AffectedPerson> affected) {
    if (request.required() && request.due() != null) {
      LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
      if (request.due().isBefore(today)) {
        throw LibraryException.invalid(
            "the due date " + request.due() + " has passed: choose today or a later day");
      }
    }
    return processes.approve(
        actor,
        id,
        version,
        (c, previous) -> {
          Instant now = clock.instant();
          Rows.update(
              c,
              "INSERT INTO publications (process_id, version, previous_version, published_by,"
                  + " published_at, ack_required, due_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
              id,
              version,
              previous,
              actor.username(),
              now,
              request.required(),
              request.required() ? request.due() : null);
          if (request.required()) {
            for (AffectedPerson p : affected) {
              Rows.update(
                  c,
                  "INSERT INTO acknowledgements (process_id, version, person_key, person_name,"
                      + " email, roles, steps) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  id,
                  version,
                  p.key(),
                  p.name(),
                  p.email(),
                  join(p.roles()),
                  join(p.steps()));
            }
            audit.append(
                c,
                actor.username(),
                "ack-required",
                "process:" + id + "@" + version,
                affected.size()
                    + " people"
                    + (request.due() == null ? "" : ", due " + request.due()));
          }
        });
  }

  /**
   * Records that a person confirmed they read the publication. Confirming twice changes nothing.
   *
   * @return the task as it is now
   */
  public Acknowledgement acknowledge(User actor, String id, int version, String personKey) {
    return db.inTransaction(
        c -> {
          int changed =
              Rows.update(
                  c,
                  "UPDATE acknowledgements SET acknowledged_at = ?, acknowledged_by = ?"
                      + " WHERE process_id = ? AND version = ? AND person_key = ?"
                      + " AND acknowledged_at IS NULL",
                  clock.instant(),
                  actor.username(),
                  id,
                  version,
                  personKey);
          Acknowledgement now =
              task(c, id, version, personKey)
                  .orElseThrow(
                      () ->
                          LibraryException.notFound(
                              "nothing to acknowledge in version " + version + " of " + id));
          if (changed == 1) {
            audit.append(
                c,
                actor.username(),
                "acknowledge",
                "process:" + id + "@" + version,
                now.personName());
          }
          return now;
        });
  }

  public Optional<Publication> publication(String id, int version) {
    return db.read(
        c ->
            Rows.one(
                c,
                "SELECT * FROM publications WHERE process_id = ? AND version = ?",
                Acknowledgements::publication,
                id,
                version));
  }

  /** The publications of a process, newest first. */
  public List<Publication> publications(String id) {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM publications WHERE process_id = ? ORDER BY version DESC",
                Acknowledgements::publication,
                id));
  }

  /** The tasks of one publication, by person name. */
  public List<Acknowledgement> of(String id, int version) {
    return db.read(
        c ->
            Rows.list(
                c,
                TASK_SQL + " WHERE a.process_id = ? AND a.version = ? ORDER BY a.person_name",
                Acknowledgements::task,
                id,
                version));
  }

  /** A person's tasks, open first, then newest first. */
  public List<Acknowledgement> ofPerson(String personKey) {
    return db.read(
        c ->
            Rows.list(
                c,
                TASK_SQL
                    + " WHERE a.person_key = ? ORDER BY CASE WHEN a.acknowledged_at IS NULL THEN 0"
                    + " ELSE 1 END, p.published_at DESC",
                Acknowledgements::task,
                personKey));
  }

  /** Every open task (for the e-mail digest). */
  public List<Acknowledgement> open() {
    return db.read(
        c ->
            Rows.list(
                c,
                TASK_SQL + " WHERE a.acknowledged_at IS NULL ORDER BY a.person_key, a.process_id",
                Acknowledgements::task));
  }

  private static Optional<Acknowledgement> task(
      Connection c, String id, int version, String personKey) throws SQLException {
    return Rows.one(
        c,
        TASK_SQL + " WHERE a.process_id = ? AND a.version = ? AND a.person_key = ?",
        Acknowledgements::task,
        id,
        version,
        personKey);
  }

  private static final String TASK_SQL =
      "SELECT a.*, p.due_date, p.published_at FROM acknowledgements a JOIN publications p"
          + " ON p.process_id = a.process_id AND p.version = a.version";

  private static String join(List<String> items) {
    String s = String.join(SEPARATOR, items);
    return s.length() > 2000 ? s.substring(0, 2000) : s;
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(SEPARATOR));
  }

  private static Acknowledgement task(ResultSet rs) throws SQLException {
    return new Acknowledgement(
        rs.getString("process_id"),
        rs.getInt("version"),
        rs.getString("person_key"),
        rs.getString("person_name"),
        rs.getString("email"),
        split(rs.getString("roles")),
        split(rs.getString("steps")),
        Rows.date(rs, "due_date"),
        Rows.instant(rs, "acknowledged_at"),
        rs.getString("acknowledged_by"));
  }

  private static Publication publication(ResultSet rs) throws SQLException {
    return new Publication(
        rs.getString("process_id"),
        rs.getInt("version"),
        Rows.integer(rs, "previous_version"),
        rs.getString("published_by"),
        Rows.instant(rs, "published_at"),
        rs.getBoolean("ack_required"),
        Rows.date(rs, "due_date"));
  }
}
