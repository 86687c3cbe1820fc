package org.flowbook.repository.mail;

import java.time.Clock;
import java.time.LocalDate;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/**
 * Which daily e-mail digests went out: one per recipient and day. A digest that failed is tried
 * again until it is sent; the items it reports stay in the app either way.
 */
public final class DigestLog {
  private static final int MAX_ERROR = 2000;
  private final Database db;
  private final Clock clock;

  public DigestLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public boolean sent(String recipient, LocalDate day) {
    return db.read(
        c ->
            Rows.one(
                    c,
                    "SELECT 1 FROM mail_digests WHERE recipient = ? AND digest_day = ?"
                        + " AND sent_at IS NOT NULL",
                    rs -> 1,
                    recipient,
                    day)
                .isPresent());
  }

  /** How often sending failed for this recipient and day. */
  public int failures(String recipient, LocalDate day) {
    return db.read(
        c ->
            Rows.one(
                    c,
                    "SELECT attempts FROM mail_digests WHERE recipient = ? AND digest_day = ?",
                    rs -> rs.getInt(1),
                    recipient,
                    day)
                .orElse(0));
  }

  public void recordSent(String recipient, LocalDate day) {
    record(recipient, day, true, null);
  }

  public void recordFailure(String recipient, LocalDate day, String error) {
    String e = error == null ? "" : error;
    record(recipient, day, false, e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e);
  }

  private void record(String recipient, LocalDate day, boolean sent, String error) {
    db.inTransaction(
        c -> {
          int changed =
              Rows.update(
                  c,
                  sent
                      ? "UPDATE mail_digests SET sent_at = ? WHERE recipient = ? AND digest_day = ?"
                      : "UPDATE mail_digests SET attempts = attempts + 1, last_error = ?"
                          + " WHERE recipient = ? AND digest_day = ?",
                  sent ? clock.instant() : error,
                  recipient,
                  day);
          if (changed == 0) {
            Rows.update(
                c,
                "INSERT INTO mail_digests (recipient, digest_day, attempts, sent_at, last_error)"
                    + " VALUES (?, ?, ?, ?, ?)",
                recipient,
                day,
                sent ? 0 : 1,
                sent ? clock.instant() : null,
                error);
          }
          return null;
        });
  }
}
