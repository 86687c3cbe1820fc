package org.flowbook.repository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Status;
import org.flowbook.model.Workspace;
import org.flowbook.notation.OrganizationDocument;
import org.flowbook.notation.OrganizationFormatter;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.SourceText;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.repository.acknowledge.Acknowledgements;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.comments.Comments;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.mail.DigestLog;
import org.flowbook.repository.people.PeopleStore;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.ProcessVersion;
import org.flowbook.repository.process.Processes;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.search.SearchIndex;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.ApiTokens;
import org.flowbook.repository.users.Sessions;
import org.flowbook.repository.users.User;
import org.flowbook.repository.users.UserSettings;
import org.flowbook.repository.users.Users;

/**
 * The process library: one database (H2 or PostgreSQL) holding the organization, every version of
 * every process, the people and the audit log, plus the search index built from it. The entry point
 * the server and the CLI wire up; everything else hangs off it.
 */
public final class Library implements AutoCloseable {
  /** The actor recorded for changes the system makes itself (first start, restore). */
  public static final User SYSTEM =
      new User(0, "system", "Flowbook", AccessRole.ADMIN, Instant.EPOCH);

  private final Database db;
  private final Clock clock;
  private final AuditLog audit;
  private final Users users;
  private final org.flowbook.repository.users.ExternalAccounts externalAccounts; // sso4 (#20)
  private final Sessions sessions;
  private final ApiTokens tokens;
  private final Processes processes;
  private final Comments comments;
  private final Acknowledgements acknowledgements;
  private final UserSettings settings;
  private final DigestLog digests;
  private final SearchIndex search = new SearchIndex();
  private final Map<String, ProcessDocument> parsed = new ConcurrentHashMap<>();
  private volatile OrganizationDocument organization;
  private volatile Organization withPeople;
  private final PeopleStore people;
  // training3 (#16): training sign-offs.
  private final org.flowbook.repository.training.TrainingSignOffs training;
  private volatile Workspace workspace;
  // evidence4 (#19): evidence that controls were performed.
  private final org.flowbook.repository.evidence.EvidenceStore evidence;
  // multi4 (#20): what other instances on the same database changed, and what they share.
  private final org.flowbook.repository.cluster.Cluster cluster;

  private Library(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.audit = new AuditLog(db, clock);
    this.users = new Users(db, audit, clock);
    this.externalAccounts =
        new org.flowbook.repository.users.ExternalAccounts(db, audit, clock); // sso4 (#20)
    this.sessions = new Sessions(db, users, clock);
    this.tokens = new ApiTokens(db, audit, users, clock);
    this.processes = new Processes(db, audit, clock, this::organization, this::changed);
    this.comments = new Comments(db, audit, clock);
    this.acknowledgements = new Acknowledgements(db, audit, clock, processes);
    this.settings = new UserSettings(db);
    this.digests = new DigestLog(db, clock);
    this.people =
        new PeopleStore(db, audit, users, clock, this::organization, this::reloadOrganization);
    this.training =
        new org.flowbook.repository.training.TrainingSignOffs(
            db, audit, clock, processes, this::organization, this::document);
    this.evidence =
        new org.flowbook.repository.evidence.EvidenceStore(
            db, audit, clock, processes, this::document);
    this.cluster = new org.flowbook.repository.cluster.Cluster(db, clock, this::apply);
  }

  /** Opens (and if needed creates and migrates) the library at a JDBC URL. */
  public static Library open(String jdbcUrl, Clock clock) {
    Library lib = new Library(Database.open(jdbcUrl), clock);
    // The change feed starts before the caches are built: nothing committed in between is missed.
    lib.cluster.startFeed();
    lib.reloadOrganization();
    lib.rebuildIndex();
    return lib;
  }

  public Database database() {
    return db;
  }

  public Clock clock() {
    return clock;
  }

  public AuditLog audit() {
    return audit;
  }

  public Users users() {
    return users;
  }

  /** sso4 (#20): accounts of people who sign in through an identity provider. */
  public org.flowbook.repository.users.ExternalAccounts externalAccounts() {
    return externalAccounts;
  }

  public Sessions sessions() {
    return sessions;
  }

  /** Personal access tokens for the API. */
  public ApiTokens tokens() {
    return tokens;
  }

  public Processes processes() {
    return processes;
  }

  /** Comments on steps (read them through {@link LibraryView#comments}). */
  public Comments comments() {
    return comments;
  }

  /** Publications and read-and-acknowledge tasks. */
  public Acknowledgements acknowledgements() {
    return acknowledgements;
  }

  /** What each account chose for itself (its language). */
  public UserSettings userSettings() {
    return settings;
  }

  /** Which daily e-mail digests went out. */
  public DigestLog digests() {
    return digests;
  }

  /** The people file, the absences and who may see and change them. */
  public PeopleStore people() {
    return people;
  }

  /**
   * Everything stored about one person (GDPR Art. 15) from every store that keeps data under their
   * name: the people store's entry, absences and account, the training sign-offs and the
   * acknowledgement tasks. Administrators only; the people store records it in the audit log.
   */
  public org.flowbook.repository.people.PersonExport exportPerson(User actor, String name) {
    org.flowbook.repository.people.PersonExport e = people.export(actor, name);
    String key = e.person().key();
    return e.with(training.ofPerson(key), acknowledgements.ofPerson(key));
  }

  /** Training sign-offs and who may give them (training3, #16). */
  public org.flowbook.repository.training.TrainingSignOffs training() {
    return training;
  }

  /** Evidence that controls were performed, and who may add it (evidence4, #19). */
  public org.flowbook.repository.evidence.EvidenceStore evidence() {
    return evidence;
  }

  public SearchIndex search() {
    return search;
  }

  /**
   * What this instance shares with the others on the same database: the change feed that keeps its
   * caches up to date, job leases, sign-in failures and shared keys (multi4, #20).
   */
  public org.flowbook.repository.cluster.Cluster cluster() {
    return cluster;
  }

  /** Applies one change another instance (or this one) committed: the caches re-read it. */
  private void apply(org.flowbook.repository.cluster.ChangeFeed.Change change) {
    if (change.organizationChanged()) {
      reloadOrganization();
      rebuildIndex();
    }
    change.processId().ifPresent(this::changed);
  }

  /**
   * The library as {@code user} may see it. Pages, downloads, manuals, search and the API read
   * processes through this view only.
   */
  public LibraryView viewFor(User user) {
    return new LibraryView(this, user);
  }

  /** True when nothing has been stored yet (no organization, no process). */
  public boolean isEmpty() {
    return organizationSource().isEmpty() && processes.ids().isEmpty();
  }

  public String organizationSource() {
    return db.read(
        c ->
            Rows.one(c, "SELECT source FROM organization WHERE id = 1", rs -> rs.getString(1))
                .orElse(""));
  }

  /** The organization with the people of the stored people file joined in. */
  public Organization organization() {
    return withPeople;
  }

  public OrganizationDocument organizationDocument() {
    return organization;
  }

  /** Replaces the organization; refused (with the problems) when it has errors. */
  public List<Problem> setOrganization(User actor, String text) {
    if (!actor.can(AccessRole.ADMIN)) {
      throw LibraryException.forbidden("only an administrator can change the organization");
    }
    OrganizationDocument doc = OrganizationParser.parse("organization.flow", text);
    if (doc.hasErrors()) {
      return doc.problems();
    }
    String canonical = OrganizationFormatter.format(doc);
    db.inTransaction(
        c -> {
          Instant now = clock.instant();
          if (Rows.update(
                  c,
                  "UPDATE organization SET source = ?, updated_at = ?, updated_by = ? WHERE id = 1",
                  canonical,
                  now,
                  actor.username())
              == 0) {
            Rows.update(
                c,
                "INSERT INTO organization (id, source, updated_at, updated_by) VALUES (1, ?, ?, ?)",
                canonical,
                now,
                actor.username());
          }
          audit.append(c, actor.username(), "organization", "organization", "");
          return null;
        });
    reloadOrganization();
    workspace = null;
    return doc.problems();
  }

  /** The parsed text of one version (versions never change, so the parse is kept). */
  public Optional<ProcessDocument> document(String id, int version) {
    String key = id + "@" + version;
    ProcessDocument cached = parsed.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    return processes
        .version(id, version)
        .map(
            v -> {
              ProcessDocument doc = parse(id, v.source());
              parsed.put(key, doc);
              return doc;
            });
  }

  /** The version readers see: the published one, else the newest. */
  public Optional<ProcessVersion> current(String id) {
    return processes.summary(id).flatMap(s -> processes.version(id, s.currentVersion()));
  }

  /** The organization and the current version of every process. */
  public Workspace workspace() {
    Workspace w = workspace;
    if (w == null) {
      List<Process> all = new ArrayList<>();
      for (ProcessSummary s : processes.list()) {
        // The stored text has no status line: the workflow says where the version stands.
        Status status = s.published().isPresent() ? Status.PUBLISHED : s.latestStatus();
        document(s.id(), s.currentVersion())
            .filter(ProcessDocument::hasProcess)
            .ifPresent(d -> all.add(d.process().withStatus(status)));
      }
      w = new Workspace(organization(), all);
      workspace = w;
    }
    return w;
  }

  /** Rebuilds the search index from the database. */
  public void rebuildIndex() {
    Map<Process, Boolean> all = new java.util.LinkedHashMap<>();
    for (ProcessSummary s : processes.list()) {
      document(s.id(), s.currentVersion())
          .filter(ProcessDocument::hasProcess)
          .ifPresentOrElse(
              d -> all.put(d.process(), s.publishedVersion() != null),
              () -> search.skipped(s.id()));
    }
    search.putAll(all);
  }

  private void changed(String id) {
    workspace = null;
    processes.summary(id).ifPresentOrElse(this::index, () -> search.remove(id));
  }

  private void index(ProcessSummary s) {
    document(s.id(), s.currentVersion())
        .filter(ProcessDocument::hasProcess)
        .ifPresentOrElse(
            d -> search.put(d.process(), s.publishedVersion() != null),
            () -> search.skipped(s.id()));
  }

  private ProcessDocument parse(String id, String source) {
    return ProcessParser.parse(
        SourceText.decode(id + ".flow", source.getBytes(StandardCharsets.UTF_8)),
        organization().language());
  }

  private void reloadOrganization() {
    String text = organizationSource();
    organization =
        text.isEmpty()
            ? new OrganizationDocument(
                Organization.empty(),
                org.flowbook.notation.Comments.none(),
                List.of(),
                SourceText.of("organization.flow", ""))
            : OrganizationParser.parse("organization.flow", text);
    String peopleText = people.source();
    withPeople =
        peopleText.isEmpty()
            ? organization.organization()
            : WorkspaceLoader.joinPeople(
                organization.organization(),
                OrganizationParser.parse("personer.flow", peopleText),
                new ArrayList<>());
    workspace = null;
  }

  @Override
  public void close() {
    cluster.close();
    search.close();
    db.close();
  }
}
