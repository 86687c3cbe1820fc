package org.flowbook.repository.process;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flowbook.model.Locator;
import org.flowbook.model.ModelValidator;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Status;
import org.flowbook.notation.Keyword;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.SourceText;
import org.flowbook.repository.LibraryException;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.diff.LineDiff;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * The processes of the library and their versions: saving with optimistic locking, and the review
 * workflow draft → in review → published → archived, where someone other than the author publishes.
 */
public final class Processes {
  private final Database db;
  private final AuditLog audit;
  private final Clock clock;
  private final Supplier<Organization> organization;
  private final Consumer<String> changed;

  /**
   * @param changed told the id of every process whose versions or status changed (search index,
   *     caches)
   */
  public Processes(
      Database db,
      AuditLog audit,
      Clock clock,
      Supplier<Organization> organization,
      Consumer<String> changed) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
    this.organization = organization;
    this.changed = changed;
  }

  /** Parses and validates a text against the library's organization and processes. */
  public CheckedText check(String fileName, String text) {
    Organization org = organization.get();
    ProcessDocument doc =
        ProcessParser.parse(
            SourceText.decode(fileName, text.getBytes(StandardCharsets.UTF_8)), org.language());
    List<Problem> problems = new ArrayList<>(doc.problems());
    if (!doc.hasProcess()) {
      return new CheckedText(doc, "", problems);
    }
    Set<String> known = new HashSet<>(ids());
    known.add(doc.process().id());
    problems.addAll(new ModelValidator(org, known).validate(doc.process(), doc.locator()));
    problems.addAll(tooLong(doc));
    String canonical = doc.hasErrors() ? "" : canonical(doc);
    return new CheckedText(doc, canonical, problems);
  }

  /**
   * Header values longer than the library stores (the columns of the V1 migration): an error at the
   * value, so that saving says what to shorten instead of failing in the database.
   */
  private static List<Problem> tooLong(ProcessDocument doc) {
    List<Problem> problems = new ArrayList<>();
    org.flowbook.model.Process p = doc.process();
    String[][] fields = {
      {"process", p.title(), "500"},
      {"id", p.id(), "100"},
      {"owner", p.owner(), "200"},
      {"part of", p.group(), "100"}
    };
    for (String[] f : fields) {
      int max = Integer.parseInt(f[2]);
      if (f[1] != null && f[1].length() > max) {
        problems.add(
            Problem.error(
                "value-too-long",
                "'"
                    + f[0]
                    + ":' is "
                    + f[1].length()
                    + " characters long; the library keeps "
                    + max,
                "shorten it to at most " + max + " characters",
                doc.locator().locate(f[0], Locator.Part.HEADER, 0)));
      }
    }
    return problems;
  }

  /**
   * The canonical text as stored: without a {@code status:} line, because the library's workflow,
   * not the text, says where a version stands (an export writes it back in).
   */
  public static String canonical(ProcessDocument doc) {
    Set<Keyword> declared = EnumSet.noneOf(Keyword.class);
    declared.addAll(doc.declared());
    declared.remove(Keyword.STATUS);
    return ProcessFormatter.format(
        new ProcessDocument(
            doc.process().withStatus(Status.DRAFT),
            doc.comments(),
            declared,
            doc.locator(),
            doc.problems(),
            doc.source()));
  }

  public List<String> ids() {
    return db.read(
        c -> Rows.list(c, "SELECT id FROM processes ORDER BY id", rs -> rs.getString(1)));
  }

  public List<ProcessSummary> list() {
    return db.read(c -> Rows.list(c, SUMMARY_SQL + " ORDER BY p.title", Processes::summary));
  }

  public Optional<ProcessSummary> summary(String id) {
    return db.read(c -> Rows.one(c, SUMMARY_SQL + " WHERE p.id = ?", Processes::summary, id));
  }

  public Optional<ProcessVersion> version(String id, int version) {
    return db.read(
        c ->
            Rows.one(
                c,
                "SELECT * FROM process_versions WHERE process_id = ? AND version = ?",
                rs -> new ProcessVersion(info(rs), rs.getString("source")),
                id,
                version));
  }

  /** Every version of a process, newest first. */
  public List<VersionInfo> history(String id) {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT process_id, version, title, status, author, note, created_at, decided_by,"
                    + " decided_at FROM process_versions WHERE process_id = ? ORDER BY version DESC",
                Processes::info,
                id));
  }

  /** Versions waiting for review, oldest first. */
  public List<VersionInfo> inReview() {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM process_versions WHERE status = ? ORDER BY created_at",
                Processes::info,
                code(Status.IN_REVIEW)));
  }

  /** Published processes whose review date has passed. */
  public List<ProcessSummary> overdue(LocalDate today) {
    return list().stream().filter(s -> s.overdue(today)).toList();
  }

  /** Creates a process from its first text, as a draft version 1. */
  public SaveResult create(User actor, String text, String note) {
    require(actor, AccessRole.AUTHOR, "create processes");
    CheckedText checked = check("new.flow", text);
    if (checked.hasErrors() || !checked.hasProcess()) {
      return new SaveResult.Invalid(checked.problems());
    }
    String id = checked.process().id();
    VersionInfo saved =
        db.inTransaction(
            c -> {
              if (exists(c, id)) {
                throw LibraryException.conflict(
                    "a process with id '" + id + "' exists already: open it, or choose another id");
              }
              Instant now = clock.instant();
              Rows.update(
                  c,
                  "INSERT INTO processes (id, title, latest_version, owner, group_id, created_at)"
                      + " VALUES (?, ?, 1, ?, ?, ?)",
                  id,
                  checked.process().title(),
                  checked.process().owner(),
                  checked.process().group(),
                  now);
              insertVersion(c, id, 1, checked, Status.DRAFT, actor.username(), note, now);
              audit.append(c, actor.username(), "create", target(id, 1), note);
              return info(c, id, 1);
            });
    changed.accept(id);
    return new SaveResult.Saved(saved, warnings(checked));
  }

  /**
   * Saves a new version on top of {@code base}. When someone saved a newer version meanwhile,
   * nothing is stored and the answer shows what they changed.
   */
  public SaveResult save(User actor, String id, int base, String text, String note) {
    require(actor, AccessRole.AUTHOR, "edit processes");
    CheckedText checked = check(id + ".flow", text);
    if (checked.hasErrors() || !checked.hasProcess()) {
      return new SaveResult.Invalid(checked.problems());
    }
    if (!checked.process().id().equals(id)) {
      return new SaveResult.Invalid(
          List.of(
              Problem.error(
                  "id-changed",
                  "the text says id '"
                      + checked.process().id()
                      + "' but this is process '"
                      + id
                      + "'",
                  "keep 'id: " + id + "'; to make a new process, create one",
                  checked.document().locator().locate("id", Locator.Part.HEADER, 0))));
    }
    SaveResult result =
        db.inTransaction(
            c -> {
              int latest = latestForUpdate(c, id);
              if (latest != base) {
                return conflict(c, id, base, latest);
              }
              Instant now = clock.instant();
              int next = latest + 1;
              insertVersion(c, id, next, checked, Status.DRAFT, actor.username(), note, now);
              int moved =
                  Rows.update(
                      c,
                      "UPDATE processes SET latest_version = ?, title = CASE WHEN published_version"
                          + " IS NULL THEN ? ELSE title END WHERE id = ? AND latest_version = ?",
                      next,
                      checked.process().title(),
                      id,
                      latest);
              if (moved != 1) {
                throw LibraryException.conflict("process '" + id + "' changed while saving");
              }
              audit.append(c, actor.username(), "save", target(id, next), note);
              return new SaveResult.Saved(info(c, id, next), warnings(checked));
            });
    if (result instanceof SaveResult.Saved) {
      changed.accept(id);
    }
    return result;
  }

  /** Sends a draft to review. */
  public VersionInfo submit(User actor, String id, int version) {
    require(actor, AccessRole.AUTHOR, "submit processes for review");
    return transition(actor, id, version, Status.DRAFT, Status.IN_REVIEW, "submit", "");
  }

  /** Publishes a version in review; the approver must not be its author. */
  public VersionInfo approve(User actor, String id, int version) {
    require(actor, AccessRole.APPROVER, "approve processes");
    return approve(actor, id, version, OnPublish.NOTHING);
  }

  /**
   * Publishes a version in review and, in the same transaction, runs {@code then} (which stores
   * what the publication asks of its readers): both are kept or neither.
   */
  public VersionInfo approve(User actor, String id, int version, OnPublish then) {
    require(actor, AccessRole.APPROVER, "approve processes");
    return transition(actor, id, version, Status.IN_REVIEW, Status.PUBLISHED, "approve", "", then);
  }

  /** Work done inside a publication's transaction. */
  @FunctionalInterface
  public interface OnPublish {
    OnPublish NOTHING = (c, previous) -> {};

    /**
     * @param previous the version published until now, or null
     */
    void published(Connection c, Integer previous) throws SQLException;
  }

  /** Sends a version in review back to draft. */
  public VersionInfo reject(User actor, String id, int version, String reason) {
    require(actor, AccessRole.APPROVER, "send processes back");
    return transition(actor, id, version, Status.IN_REVIEW, Status.DRAFT, "reject", reason);
  }

  /** Archives the published version: the process is no longer in force. */
  public VersionInfo archive(User actor, String id) {
    require(actor, AccessRole.APPROVER, "archive processes");
    int published =
        summary(id)
            .flatMap(ProcessSummary::published)
            .orElseThrow(() -> LibraryException.invalid("process '" + id + "' is not published"));
    return transition(actor, id, published, Status.PUBLISHED, Status.ARCHIVED, "archive", "");
  }

  private VersionInfo transition(
      User actor, String id, int version, Status from, Status to, String action, String note) {
    return transition(actor, id, version, from, to, action, note, OnPublish.NOTHING);
  }

  private VersionInfo transition(
      User actor,
      String id,
      int version,
      Status from,
      Status to,
      String action,
      String note,
      OnPublish then) {
    VersionInfo done =
        db.inTransaction(
            c -> {
              int latest = latestForUpdate(c, id);
              VersionInfo v =
                  Rows.one(
                          c,
                          "SELECT * FROM process_versions WHERE process_id = ? AND version = ?",
                          Processes::info,
                          id,
                          version)
                      .orElseThrow(
                          () ->
                              LibraryException.notFound(
                                  "process '" + id + "' has no version " + version));
              if (v.status() != from) {
                throw LibraryException.conflict(
                    "version "
                        + version
                        + " of '"
                        + id
                        + "' is "
                        + v.status().word(org.flowbook.model.Language.EN)
                        + ", not "
                        + from.word(org.flowbook.model.Language.EN));
              }
              if (to == Status.IN_REVIEW && version != latest) {
                throw LibraryException.conflict(
                    "only the newest version (" + latest + ") can be sent to review");
              }
              if (to == Status.PUBLISHED && v.author().equals(actor.username())) {
                throw LibraryException.forbidden(
                    "you wrote version "
                        + version
                        + " yourself: another approver must publish it (four eyes)");
              }
              Instant now = clock.instant();
              if (from == Status.IN_REVIEW) {
                Rows.update(
                    c,
                    "UPDATE process_versions SET status = ?, decided_by = ?, decided_at = ?"
                        + " WHERE process_id = ? AND version = ?",
                    code(to),
                    actor.username(),
                    now,
                    id,
                    version);
              } else {
                Rows.update(
                    c,
                    "UPDATE process_versions SET status = ? WHERE process_id = ? AND version = ?",
                    code(to),
                    id,
                    version);
              }
              if (to == Status.PUBLISHED) {
                Integer previous =
                    Rows.one(
                            c,
                            "SELECT published_version FROM processes WHERE id = ?",
                            rs -> Optional.ofNullable(Rows.integer(rs, "published_version")),
                            id)
                        .flatMap(p -> p)
                        .orElse(null);
                publish(c, id, version);
                then.published(c, previous);
              } else if (to == Status.ARCHIVED) {
                Rows.update(c, "UPDATE processes SET published_version = NULL WHERE id = ?", id);
              }
              audit.append(c, actor.username(), action, target(id, version), note);
              return info(c, id, version);
            });
    changed.accept(id);
    return done;
  }

  /** Makes a version the published one: the one published before is archived. */
  private void publish(Connection c, String id, int version) throws SQLException {
    Rows.update(
        c,
        "UPDATE process_versions SET status = ? WHERE process_id = ? AND status = ? AND version <> ?",
        code(Status.ARCHIVED),
        id,
        code(Status.PUBLISHED),
        version);
    String source =
        Rows.one(
                c,
                "SELECT source FROM process_versions WHERE process_id = ? AND version = ?",
                rs -> rs.getString(1),
                id,
                version)
            .orElseThrow();
    CheckedText checked = check(id + ".flow", source);
    LocalDate review =
        checked.hasProcess() && checked.process().review() != null
            ? checked.process().review()
            : LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusYears(1);
    Rows.update(
        c,
        "UPDATE processes SET published_version = ?, review_date = ?, title = ?, owner = ?,"
            + " group_id = ? WHERE id = ?",
        version,
        review,
        checked.hasProcess() ? checked.process().title() : id,
        checked.hasProcess() ? checked.process().owner() : "",
        checked.hasProcess() ? checked.process().group() : "",
        id);
  }

  /**
   * Stores an imported text as a new version with the given status, bypassing review: the import
   * restores what a backup or a workspace already says.
   */
  public VersionInfo restore(User actor, CheckedText checked, Status status, String note) {
    require(actor, AccessRole.ADMIN, "import processes");
    String id = checked.process().id();
    VersionInfo done =
        db.inTransaction(
            c -> {
              Instant now = clock.instant();
              int next;
              if (exists(c, id)) {
                next = latestForUpdate(c, id) + 1;
                Rows.update(
                    c,
                    "UPDATE processes SET latest_version = ?, title = ? WHERE id = ?",
                    next,
                    checked.process().title(),
                    id);
              } else {
                next = 1;
                Rows.update(
                    c,
                    "INSERT INTO processes (id, title, latest_version, owner, group_id, created_at)"
                        + " VALUES (?, ?, 1, ?, ?, ?)",
                    id,
                    checked.process().title(),
                    checked.process().owner(),
                    checked.process().group(),
                    now);
              }
              insertVersion(c, id, next, checked, status, actor.username(), note, now);
              if (status == Status.PUBLISHED) {
                publish(c, id, next);
              }
              audit.append(c, actor.username(), "import", target(id, next), note);
              return info(c, id, next);
            });
    changed.accept(id);
    return done;
  }

  private SaveResult conflict(Connection c, String id, int base, int latest) throws SQLException {
    String baseSource = source(c, id, base).orElse("");
    String latestSource = source(c, id, latest).orElseThrow();
    return new SaveResult.Conflict(
        base, info(c, id, latest), latestSource, LineDiff.diff(baseSource, latestSource));
  }

  private static Optional<String> source(Connection c, String id, int version) throws SQLException {
    return Rows.one(
        c,
        "SELECT source FROM process_versions WHERE process_id = ? AND version = ?",
        rs -> rs.getString(1),
        id,
        version);
  }

  private static int latestForUpdate(Connection c, String id) throws SQLException {
    return Rows.one(
            c,
            "SELECT latest_version FROM processes WHERE id = ? FOR UPDATE",
            rs -> rs.getInt(1),
            id)
        .orElseThrow(() -> LibraryException.notFound("no process '" + id + "'"));
  }

  private static boolean exists(Connection c, String id) throws SQLException {
    return Rows.one(c, "SELECT 1 FROM processes WHERE id = ?", rs -> 1, id).isPresent();
  }

  private static void insertVersion(
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

  private static VersionInfo info(Connection c, String id, int version) throws SQLException {
    return Rows.one(
            c,
            "SELECT * FROM process_versions WHERE process_id = ? AND version = ?",
            Processes::info,
            id,
            version)
        .orElseThrow();
  }

  private static void require(User actor, AccessRole needed, String what) {
    if (!actor.can(needed)) {
      throw LibraryException.forbidden(
          "you need the " + needed.code() + " role to " + what + "; ask an administrator");
    }
  }

  private static List<Problem> warnings(CheckedText checked) {
    return checked.problems().stream().filter(p -> !p.isError()).toList();
  }

  private static String target(String id, int version) {
    return "process:" + id + "@" + version;
  }

  static String code(Status s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  static Status status(String code) {
    return Status.valueOf(code.toUpperCase(Locale.ROOT));
  }

  private static final String SUMMARY_SQL =
      "SELECT p.*, v.status AS latest_status, v.author AS latest_author FROM processes p"
          + " JOIN process_versions v ON v.process_id = p.id AND v.version = p.latest_version";

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
