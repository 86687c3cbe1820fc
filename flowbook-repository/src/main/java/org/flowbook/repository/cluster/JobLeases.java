package org.flowbook.repository.cluster;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/**
 * Background jobs that must run once across all instances on one database. A job is due when its
 * {@code next_due} has passed; the instance that takes the lease (one guarded UPDATE, so only one
 * can) runs it and, when done, sets the next due time. An instance that dies while running leaves a
 * lease that expires after {@code leaseTime}; the next instance to look takes it over and runs the
 * job again. A lease row is made the first time any instance asks for the job.
 *
 * <p>Times come from the library's clock, which every instance reads from its own host: hosts must
 * keep their clocks in step (NTP) to within a small part of the lease time.
 */
public final class JobLeases {
  private final Database db;
  private final Clock clock;

  public JobLeases(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** What is known about one job across instances. */
  public record JobState(
      String job,
      Optional<String> holder,
      Instant leaseUntil,
      Instant nextDue,
      long runs,
      Optional<String> lastRunBy,
      Optional<Instant> lastRunAt) {}

  /**
   * Takes the lease on {@code job} for {@code holder} when the job is due and nobody else holds a
   * live lease. True when the caller must now run the job and then call {@link #finished}.
   */
  public boolean tryStart(String job, String holder, Duration leaseTime) {
    Instant now = clock.instant();
    return db.inTransaction(
        c -> {
          int taken =
              Rows.update(
                  c,
                  "UPDATE job_leases SET holder = ?, lease_until = ?"
                      + " WHERE job = ? AND next_due <= ? AND (holder IS NULL OR lease_until < ?)",
                  holder,
                  now.plus(leaseTime),
                  job,
                  now,
                  now);
          if (taken == 1) {
            return true;
          }
          boolean known =
              Rows.one(c, "SELECT 1 FROM job_leases WHERE job = ?", rs -> 1, job).isPresent();
          if (known) {
            return false;
          }
          try {
            Rows.update(
                c,
                "INSERT INTO job_leases (job, holder, lease_until, next_due, runs)"
                    + " VALUES (?, ?, ?, ?, 0)",
                job,
                holder,
                now.plus(leaseTime),
                now);
            return true;
          } catch (SQLException e) {
            // Another instance made the row first (unique key): it runs the job.
            if (isDuplicateKey(e)) {
              c.rollback();
              return false;
            }
            throw e;
          }
        });
  }

  /**
   * Records a run of {@code job} by {@code holder} and frees the lease; the job is due again after
   * {@code every}. False when the lease had expired and another instance took it over meanwhile.
   */
  public boolean finished(String job, String holder, Duration every) {
    Instant now = clock.instant();
    return db.inTransaction(
        c ->
            Rows.update(
                    c,
                    "UPDATE job_leases SET holder = NULL, lease_until = ?, next_due = ?,"
                        + " runs = runs + 1, last_run_by = ?, last_run_at = ?"
                        + " WHERE job = ? AND holder = ?",
                    now,
                    now.plus(every),
                    holder,
                    now,
                    job,
                    holder)
                == 1);
  }

  /** Frees the lease after a failed run; the job stays due, so the next look runs it again. */
  public void abandon(String job, String holder) {
    Instant now = clock.instant();
    db.inTransaction(
        c ->
            Rows.update(
                c,
                "UPDATE job_leases SET holder = NULL, lease_until = ? WHERE job = ? AND holder = ?",
                now,
                job,
                holder));
  }

  public Optional<JobState> state(String job) {
    return db.read(
        c ->
            Rows.one(
                c,
                "SELECT * FROM job_leases WHERE job = ?",
                rs ->
                    new JobState(
                        rs.getString("job"),
                        Optional.ofNullable(rs.getString("holder")),
                        Rows.instant(rs, "lease_until"),
                        Rows.instant(rs, "next_due"),
                        rs.getLong("runs"),
                        Optional.ofNullable(rs.getString("last_run_by")),
                        Optional.ofNullable(Rows.instant(rs, "last_run_at"))),
                job));
  }

  /** Unique-key violation on H2 (23505) and PostgreSQL (23505). */
  static boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
