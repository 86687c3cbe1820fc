package org.flowbook.repository.comments;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.User;

/**
 * Comments on process steps: written by any signed-in user on a version they can see, resolved by
 * the people responsible for the process. Who may see or resolve which comment is decided by the
 * callers' one visibility rule ({@code LibraryView}) and {@link #resolve}'s caller; this class
 * keeps them and writes every change to the audit log.
 */
public final class Comments {
  /** Longest comment: a paragraph or two is what a remark on a step needs. */
  public static final int MAX_CHARS = 10_000;

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;

  public Comments(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Stores a comment. The caller has checked that the author may see that version and that the step
   * exists in it.
   */
  public StepComment add(
      User author, String processId, int version, String stepId, String stepTitle, String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw LibraryException.invalid("the comment is empty: write what is wrong with the step");
    }
    if (text.length() > MAX_CHARS) {
      throw LibraryException.invalid(
          "the comment has "
              + text.length()
              + " characters; at most "
              + MAX_CHARS
              + " are kept: shorten it or link to a document");
    }
    return db.inTransaction(
        c -> {
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO step_comments (process_id, version, step_id, step_title, body,"
                      + " author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            ps.setString(1, processId);
            ps.setInt(2, version);
            ps.setString(3, stepId);
            ps.setString(4, stepTitle);
            ps.setString(5, text);
            ps.setString(6, author.username());
            ps.setObject(7, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          StepComment saved =
              Rows.one(c, "SELECT * FROM step_comments WHERE id = ?", Comments::comment, id)
                  .orElseThrow();
          audit.append(c, author.username(), "comment", target(saved), text);
          return saved;
        });
  }

  /** Marks a comment resolved (the caller has checked that {@code actor} may). */
  public StepComment resolve(User actor, long id) {
    return db.inTransaction(
        c -> {
          int changed =
              Rows.update(
                  c,
                  "UPDATE step_comments SET resolved_by = ?, resolved_at = ?"
                      + " WHERE id = ? AND resolved_at IS NULL",
                  actor.username(),
                  clock.instant(),
                  id);
          StepComment done =
              Rows.one(c, "SELECT * FROM step_comments WHERE id = ?", Comments::comment, id)
                  .orElseThrow(() -> LibraryException.notFound("no comment " + id));
          if (changed == 1) {
            audit.append(c, actor.username(), "comment-resolved", target(done), "");
          }
          return done;
        });
  }

  public Optional<StepComment> find(long id) {
    return db.read(
        c -> Rows.one(c, "SELECT * FROM step_comments WHERE id = ?", Comments::comment, id));
  }

  /** Every comment on a process, oldest first (the caller filters by what its reader may see). */
  public List<StepComment> of(String processId) {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM step_comments WHERE process_id = ? ORDER BY id",
                Comments::comment,
                processId));
  }

  /** Every open comment, oldest first. */
  public List<StepComment> open() {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM step_comments WHERE resolved_at IS NULL ORDER BY id",
                Comments::comment));
  }

  private static String target(StepComment c) {
    return "process:" + c.processId() + "@" + c.version() + "#" + c.stepId() + " comment:" + c.id();
  }

  private static StepComment comment(ResultSet rs) throws SQLException {
    return new StepComment(
        rs.getLong("id"),
        rs.getString("process_id"),
        rs.getInt("version"),
        rs.getString("step_id"),
        rs.getString("step_title"),
        rs.getString("body"),
        rs.getString("author"),
        Rows.instant(rs, "created_at"),
        rs.getString("resolved_by"),
        Rows.instant(rs, "resolved_at"));
  }
}
