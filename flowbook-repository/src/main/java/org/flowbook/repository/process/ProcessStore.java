package org.flowbook.repository.process;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.model.Status;
import org.flowbook.repository.db.Rows;

/**
 * The SQL of the {@code processes} and {@code process_versions} tables, and nothing else: no rules,
 * no parsing, no audit. Every method runs on the caller's connection, so the caller decides what
 * one transaction holds.
 */
final class ProcessStore {
  private static final String VERSION_COLUMNS =
      "process_id, version, title, status, author, note, created_at, decided_by, decided_at";

  private static final String SUMMARY_SQL =
      "SELECT p.*, v.status AS latest_status, v.author AS latest_author FROM processes p"
          + " JOIN process_versions v ON v.process_id = p.id AND v.version = p.latest_version";

  private ProcessStore() {}

  // ---- processes ---------------------------------------------------------------------------

  static List<String> ids(Connection c) throws SQLException {
    return Rows.list(c, "SELECT id FROM processes ORDER BY id", rs -> rs.getString(1));
  }

  static List<ProcessSummary> summaries(Connection c) throws SQLException {
    return Rows.list(c, SUMMARY_SQL + " ORDER BY p.title", ProcessStore::summary);
  }

  static Optional<ProcessSummary> summary(Connection c, String id) throws SQLException {
    return Rows.one(c, SUMMARY_SQL + " WHERE p.id = ?", ProcessStore::summary, id);
  }

  static boolean exists(Connection c, String id) throws SQLException {
    return Rows.one(c, "SELECT 1 FROM processes WHERE id = ?", rs -> 1, id).isPresent();
  }

  /** The newest version number, locking the process row until the transaction ends. */
  static Optional<Integer> latestForUpdate(Connection c, String id) throws SQLException {
    return Rows.one(
        c, "SELECT latest_version FROM processes WHERE id = ? FOR UPDATE", rs -> rs.getInt(1), id);
  }

  /** The version published now, or null. */
  static Integer publishedVersion(Connection c, String id) throws SQLException {
    return Rows.one(
            c,
            "SELECT published_version FROM processes WHERE id = ?",
            rs -> Optional.ofNullable(Rows.integer(rs, "published_version")),
            id)
        .flatMap(p -> p)
        .orElse(null);
  }

  static void insertProcess(Connection c, String id, org.flowbook.model.Process p, Instant now)
      throws SQLException {
    Rows.update(
        c,
        "INSERT INTO processes (id, title, latest_version, owner, group_id, created_at)"
            + " VALUES (?, ?, 1, ?, ?, ?)",
        id,
        p.title(),
        p.owner(),
        p.group(),
        now);
  }

  /**
   * Moves the newest version from {@code latest} to {@code next}; the title follows only while
   * nothing is published. Answers false when someone else moved it first.
   */
  static boolean advanceDraft(Connection c, String id, int latest, int next, String title)
      throws SQLException {
    return Rows.update(
            c,
            "UPDATE processes SET latest_version = ?, title = CASE WHEN published_version"
                + " IS NULL THEN ? ELSE title END WHERE id = ? AND latest_version = ?",
            next,
            title,
            id,
            latest)
        == 1;
  }

  /** Moves the newest version to {@code next} with its title (an import). */
  static void advanceRestored(Connection c, String id, int next, String title) throws SQLException {
    Rows.update(
        c, "UPDATE processes SET latest_version = ?, title = ? WHERE id = ?", next, title, id);
  }

  /** Records which version is in force and what the process row shows of it. */
  static void setPublished(
      Connection c,
      String id,
      int version,
      LocalDate review,
      String title,
      String owner,
      String group)
      throws SQLException {
    Rows.update(
        c,
        "UPDATE processes SET published_version = ?, review_date = ?, title = ?, owner = ?,"
            + " group_id = ? WHERE id = ?",
        version,
        review,
        title,
        owner,
        group,
        id);
  }

  static void clearPublished(Connection c, String id) throws SQLException {
    Rows.update(c, "UPDATE processes SET published_version = NULL WHERE id = ?", id);
  }

  // ---- versions ----------------------------------------------------------------------------

  /** The one SELECT of a single version: its facts, or with {@code withSource} its text too. */
  private static <T> Optional<T> oneVersion(
      Connection c, String id, int version, String columns, Rows.Mapper<T> mapper)
      throws SQLException {
    return Rows.one(
        c,
        "SELECT " + columns + " FROM process_versions WHERE process_id = ? AND version = ?",
        mapper,
        id,
        version);
  }

  static Optional<VersionInfo> info(Connection c, String id, int version) throws SQLException {
    return oneVersion(c, id, version, VERSION_COLUMNS, ProcessStore::info);
  }

  static Optional<ProcessVersion> version(Connection c, String id, int version)
      throws SQLException {
    return oneVersion(
        c,
        id,
        version,
        VERSION_COLUMNS + ", source",
        rs -> new ProcessVersion(info(rs), rs.getString("source")));
  }

  static Optional<String> source(Connection c, String id, int version) throws SQLException {
    return oneVersion(c, id, version, "source", rs -> rs.getString(1));
  }

  /** Every version of a process, newest first. */
  static List<VersionInfo> history(Connection c, String id) throws SQLException {
    return Rows.list(
        c,
        "SELECT "
            + VERSION_COLUMNS
            + " FROM process_versions WHERE process_id = ?"
            + " ORDER BY version DESC",
        ProcessStore::info,
        id);
  }

  /** The versions with a status, oldest first. */
  static List<VersionInfo> withStatus(Connection c, Status status) throws SQLException {
    return Rows.list(
        c,
        "SELECT "
            + VERSION_COLUMNS
            + " FROM process_versions WHERE status = ?"
            + " ORDER BY created_at",
        ProcessStore::info,
        code(status));
  }

  static void insertVersion(
      Connection c,
      String id,
      int version,
      CheckedText checked,
      Status status,
      String author,
      String note,
      Instant now)
      throws SQLException {
    Rows.update(
        c,
        "INSERT INTO process_versions (process_id, version, source, title, status, author, note,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        version,
        checked.canonical(),
        checked.process().title(),
        code(status),
        author,
        note == null ? "" : note.strip(),
        now);
  }

  static void setStatus(Connection c, String id, int version, Status status) throws SQLException {
    Rows.update(
        c,
        "UPDATE process_versions SET status = ? WHERE process_id = ? AND version = ?",
        code(status),
        id,
        version);
  }

  /** Sets the status of a version leaving review, with who decided and when. */
  static void decide(
      Connection c, String id, int version, Status status, String decidedBy, Instant at)
      throws SQLException {
    Rows.update(
        c,
        "UPDATE process_versions SET status = ?, decided_by = ?, decided_at = ?"
            + " WHERE process_id = ? AND version = ?",
        code(status),
        decidedBy,
        at,
        id,
        version);
  }

  /** Archives every published version of a process but {@code version}. */
  static void archiveOtherPublished(Connection c, String id, int version) throws SQLException {
    Rows.update(
        c,
        "UPDATE process_versions SET status = ? WHERE process_id = ? AND status = ? AND version <> ?",
        code(Status.ARCHIVED),
        id,
        code(Status.PUBLISHED),
        version);
  }

  // ---- rows --------------------------------------------------------------------------------

  static String code(Status s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  static Status status(String code) {
    return Status.valueOf(code.toUpperCase(Locale.ROOT));
  }

  private static ProcessSummary summary(ResultSet rs) throws SQLException {
    return new ProcessSummary(
        rs.getString("id"),
        rs.getString("title"),
        rs.getString("owner"),
        rs.getString("group_id"),
        rs.getInt("latest_version"),
        status(rs.getString("latest_status")),
        rs.getString("latest_author"),
        Rows.integer(rs, "published_version"),
        Rows.date(rs, "review_date"));
  }

  private static VersionInfo info(ResultSet rs) throws SQLException {
    return new VersionInfo(
        rs.getString("process_id"),
        rs.getInt("version"),
        rs.getString("title"),
        status(rs.getString("status")),
        rs.getString("author"),
        rs.getString("note"),
        Rows.instant(rs, "created_at"),
        rs.getString("decided_by"),
        Rows.instant(rs, "decided_at"));
  }
}
