package org.flowbook.repository.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flowbook.model.Locator;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Status;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.diff.LineDiff;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * The processes of the library and their versions: saving with optimistic locking, and the review
 * workflow draft → in review → published → archived. This class holds the transactions, the audit
 * entries and the change notices; the SQL is {@link ProcessStore}'s, the rules (who may do what,
 * four eyes) are {@link ReviewWorkflow}'s and reading a text is {@link TextChecker}'s.
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
    return TextChecker.check(fileName, text, organization.get(), ids());
  }

  public List<String> ids() {
    return db.read(ProcessStore::ids);
  }

  public List<ProcessSummary> list() {
    return db.read(ProcessStore::summaries);
  }

  public Optional<ProcessSummary> summary(String id) {
    return db.read(c -> ProcessStore.summary(c, id));
  }

  public Optional<ProcessVersion> version(String id, int version) {
    return db.read(c -> ProcessStore.version(c, id, version));
  }

  /** Every version of a process, newest first. */
  public List<VersionInfo> history(String id) {
    return db.read(c -> ProcessStore.history(c, id));
  }

  /** Versions waiting for review, oldest first. */
  public List<VersionInfo> inReview() {
    return db.read(c -> ProcessStore.withStatus(c, Status.IN_REVIEW));
  }

  /** Published processes whose review date has passed. */
  public List<ProcessSummary> overdue(LocalDate today) {
    return list().stream().filter(s -> s.overdue(today)).toList();
  }

  /** Creates a process from its first text, as a draft version 1. */
  public SaveResult create(User actor, String text, String note) {
    ReviewWorkflow.require(actor, AccessRole.AUTHOR, "create processes");
    CheckedText checked = check("new.flow", text);
    if (checked.hasErrors() || !checked.hasProcess()) {
      return new SaveResult.Invalid(checked.problems());
    }
    String id = checked.process().id();
    VersionInfo saved =
        db.inTransaction(
            c -> {
              if (ProcessStore.exists(c, id)) {
                throw LibraryException.conflict(
                    "a process with id '" + id + "' exists already: open it, or choose another id");
              }
              Instant now = clock.instant();
              ProcessStore.insertProcess(c, id, checked.process(), now);
              ProcessStore.insertVersion(
                  c, id, 1, checked, Status.DRAFT, actor.username(), note, now);
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
    ReviewWorkflow.require(actor, AccessRole.AUTHOR, "edit processes");
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
              ProcessStore.insertVersion(
                  c, id, next, checked, Status.DRAFT, actor.username(), note, now);
              if (!ProcessStore.advanceDraft(c, id, latest, next, checked.process().title())) {
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
    return move(actor, id, version, ReviewWorkflow.Move.SUBMIT, "", OnPublish.NOTHING);
  }

  /** Publishes a version in review; the approver must not be its author. */
  public VersionInfo approve(User actor, String id, int version) {
    return approve(actor, id, version, OnPublish.NOTHING);
  }

  /**
   * Publishes a version in review and, in the same transaction, runs {@code then} (which stores
   * what the publication asks of its readers): both are kept or neither.
   */
  public VersionInfo approve(User actor, String id, int version, OnPublish then) {
    return move(actor, id, version, ReviewWorkflow.Move.APPROVE, "", then);
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
    return move(actor, id, version, ReviewWorkflow.Move.REJECT, reason, OnPublish.NOTHING);
  }

  /** Archives the published version: the process is no longer in force. */
  public VersionInfo archive(User actor, String id) {
    ReviewWorkflow.require(actor, ReviewWorkflow.Move.ARCHIVE);
    int published =
        summary(id)
            .flatMap(ProcessSummary::published)
            .orElseThrow(() -> LibraryException.invalid("process '" + id + "' is not published"));
    return move(actor, id, published, ReviewWorkflow.Move.ARCHIVE, "", OnPublish.NOTHING);
  }

  private VersionInfo move(
      User actor, String id, int version, ReviewWorkflow.Move move, String note, OnPublish then) {
    ReviewWorkflow.require(actor, move);
    VersionInfo done =
        db.inTransaction(
            c -> {
              int latest = latestForUpdate(c, id);
              VersionInfo v =
                  ProcessStore.info(c, id, version)
                      .orElseThrow(
                          () ->
                              LibraryException.notFound(
                                  "process '" + id + "' has no version " + version));
              ReviewWorkflow.check(move, v, latest, actor);
              if (move.decides()) {
                ProcessStore.decide(c, id, version, move.to, actor.username(), clock.instant());
              } else {
                ProcessStore.setStatus(c, id, version, move.to);
              }
              if (move.to == Status.PUBLISHED) {
                Integer previous = ProcessStore.publishedVersion(c, id);
                publish(c, id, version);
                then.published(c, previous);
              } else if (move.to == Status.ARCHIVED) {
                ProcessStore.clearPublished(c, id);
              }
              audit.append(c, actor.username(), move.action(), target(id, version), note);
              return info(c, id, version);
            });
    changed.accept(id);
    return done;
  }

  /** Makes a version the published one: the one published before is archived. */
  private void publish(Connection c, String id, int version) throws SQLException {
    ProcessStore.archiveOtherPublished(c, id, version);
    CheckedText checked = check(id + ".flow", ProcessStore.source(c, id, version).orElseThrow());
    LocalDate review =
        checked.hasProcess() && checked.process().review() != null
            ? checked.process().review()
            : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(1);
    ProcessStore.setPublished(
        c,
        id,
        version,
        review,
        checked.hasProcess() ? checked.process().title() : id,
        checked.hasProcess() ? checked.process().owner() : "",
        checked.hasProcess() ? checked.process().group() : "");
  }

  /**
   * Stores an imported text as a new version with the given status, bypassing review: the import
   * restores what a backup or a workspace already says.
   */
  public VersionInfo restore(User actor, CheckedText checked, Status status, String note) {
    ReviewWorkflow.require(actor, AccessRole.ADMIN, "import processes");
    String id = checked.process().id();
    VersionInfo done =
        db.inTransaction(
            c -> {
              Instant now = clock.instant();
              int next;
              if (ProcessStore.exists(c, id)) {
                next = latestForUpdate(c, id) + 1;
                ProcessStore.advanceRestored(c, id, next, checked.process().title());
              } else {
                next = 1;
                ProcessStore.insertProcess(c, id, checked.process(), now);
              }
              ProcessStore.insertVersion(c, id, next, checked, status, actor.username(), note, now);
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
    String baseSource = ProcessStore.source(c, id, base).orElse("");
    String latestSource = ProcessStore.source(c, id, latest).orElseThrow();
    return new SaveResult.Conflict(
        base, info(c, id, latest), latestSource, LineDiff.diff(baseSource, latestSource));
  }

  private static int latestForUpdate(Connection c, String id) throws SQLException {
    return ProcessStore.latestForUpdate(c, id)
        .orElseThrow(() -> LibraryException.notFound("no process '" + id + "'"));
  }

  private static VersionInfo info(Connection c, String id, int version) throws SQLException {
    return ProcessStore.info(c, id, version).orElseThrow();
  }

  private static List<Problem> warnings(CheckedText checked) {
    return checked.problems().stream().filter(p -> !p.isError()).toList();
  }

  private static String target(String id, int version) {
    return "process:" + id + "@" + version;
  }
}
