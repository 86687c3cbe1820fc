package org.flowbook.repository.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/** The append-only record of who did what. Entries are written inside the change's transaction. */
public final class AuditLog {
  private static final int MAX_DETAIL = 2000;
  private final Database db;
  private final Clock clock;

  public AuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Appends an entry as part of the caller's transaction. */
  public void append(Connection c, String actor, String action, String target, String detail)
      throws SQLException {
    String d = detail == null ? "" : detail;
    if (d.length() > MAX_DETAIL) {
      d = d.substring(0, MAX_DETAIL - 1) + "…";
    }
    Rows.update(
        c,
        "INSERT INTO audit_log (occurred_at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
        clock.instant(),
        actor,
        action,
        target,
        d);
  }

  /** Appends an entry in its own transaction (e.g. a sign-in). */
  public void append(String actor, String action, String target, String detail) {
    db.inTransaction(
        c -> {
          append(c, actor, action, target, detail);
          return null;
        });
  }

  /** The current change mark: one cheap query, for caches shared by nobody (see ChangeMark). */
  public ChangeMark changeMark() {
    return db.read(
        c ->
            Rows.one(
                    c,
                    "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM audit_log",
                    rs -> new ChangeMark(rs.getLong(1), rs.getLong(2)))
                .orElse(new ChangeMark(0, 0)));
  }

  /**
   * The entries of a period, oldest first, at most {@code limit} of them (the audit pack's extract;
   * evidence4, #19).
   *
   * @param from the first instant included
   * @param to the first instant no longer included
   */
  public List<AuditEntry> between(Instant from, Instant to, int limit) {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM audit_log WHERE occurred_at >= ? AND occurred_at < ? ORDER BY id"
                    + " LIMIT ?",
                AuditLog::entry,
                from,
                to,
                limit));
  }

  private static AuditEntry entry(java.sql.ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        Rows.instant(rs, "occurred_at"),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("target"),
        rs.getString("detail"));
  }

  /** The newest entries first. */
  public List<AuditEntry> latest(int limit, int offset) {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?",
                AuditLog::entry,
                limit,
                offset));
  }
}
