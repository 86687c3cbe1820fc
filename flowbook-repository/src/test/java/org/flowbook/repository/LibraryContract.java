package org.flowbook.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowbook.model.Status;
import org.flowbook.repository.diff.DiffLine;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.search.SearchHit;
import org.flowbook.repository.transfer.ImportReport;
import org.flowbook.repository.transfer.LibraryExporter;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.AccountException;
import org.flowbook.repository.users.User;
import org.flowbook.repository.users.Users;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every database the library runs on must do. Each database's test class implements this
 * interface and opens a fresh, empty library per test.
 */
interface LibraryContract {
  /** A new library on an empty database, with the clock at 2025-06-01. */
  Library freshLibrary();

  static Path workspace() {
    return ProjectPaths.root().resolve("flowbook-repository/src/test/resources/workspace");
  }

  default Library loaded() {
    Library lib = freshLibrary();
    ImportReport report = WorkspaceImporter.importPath(lib, Library.SYSTEM, workspace());
    assertThat(report.errors()).as("problems: %s", report.problems()).isZero();
    assertThat(report.imported())
        .containsExactlyInAnyOrder("purchase-approval", "supplier-invoices");
    return lib;
  }

  private static User user(Library lib, String name, AccessRole role) {
    return lib.users()
        .create(Library.SYSTEM.username(), name, name, role, "secret-password-" + name);
  }

  private static String source(Library lib, String id) {
    return lib.current(id).orElseThrow().source();
  }

  @Test
  default void importPublishesTheWorkspaceAndKeepsCanonicalText() {
    try (Library lib = loaded()) {
      var s = lib.processes().summary("purchase-approval").orElseThrow();
      assertThat(s.publishedVersion()).isEqualTo(1);
      assertThat(s.title()).isEqualTo("Inköpsgodkännande");
      assertThat(s.review()).isEqualTo(LocalDate.of(2027, 3, 1));
      assertThat(source(lib, "purchase-approval"))
          .contains("1. Fyll i inköpsanmodan")
          .doesNotContain("status:");
      assertThat(lib.workspace().processes()).hasSize(2);
      ImportReport again = WorkspaceImporter.importPath(lib, Library.SYSTEM, workspace());
      assertThat(again.imported()).isEmpty();
      assertThat(again.unchanged()).hasSize(2);
    }
  }

  @Test
  default void savingOnAStaleVersionIsAConflictThatShowsTheirChange() {
    try (Library lib = loaded()) {
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      User olle = user(lib, "olle", AccessRole.AUTHOR);
      String base = source(lib, "purchase-approval");
      SaveResult first =
          lib.processes()
              .save(
                  eva,
                  "purchase-approval",
                  1,
                  base.replace("arbete 10 min\n   - Öppna", "arbete 12 min\n   - Öppna"),
                  "Eva");
      assertThat(first).isInstanceOf(SaveResult.Saved.class);
      SaveResult second =
          lib.processes()
              .save(
                  olle,
                  "purchase-approval",
                  1,
                  base.replace("Lägg beställning", "Skicka beställning"),
                  "Olle");
      assertThat(second).isInstanceOf(SaveResult.Conflict.class);
      SaveResult.Conflict c = (SaveResult.Conflict) second;
      assertThat(c.latest().version()).isEqualTo(2);
      assertThat(c.latest().author()).isEqualTo("eva");
      assertThat(c.theirChanges().stream().filter(DiffLine::changed).map(DiffLine::text))
          .anyMatch(t -> t.contains("arbete 12 min"))
          .noneMatch(t -> t.contains("Skicka"));
      assertThat(lib.processes().history("purchase-approval")).hasSize(2);
      assertThat(lib.processes().version("purchase-approval", 2).orElseThrow().source())
          .contains("arbete 12 min");
    }
  }

  @Test
  default void twoConcurrentEditorsGetOneSuccessAndOneConflict() throws Exception {
    try (Library lib = loaded()) {
      User a = user(lib, "anna", AccessRole.AUTHOR);
      User b = user(lib, "bo", AccessRole.AUTHOR);
      String base = source(lib, "supplier-invoices");
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<SaveResult>> results = new ArrayList<>();
        for (User u : List.of(a, b)) {
          Callable<SaveResult> save =
              () -> {
                start.await();
                return lib.processes()
                    .save(
                        u,
                        "supplier-invoices",
                        1,
                        base.replace("arbete 2 min", "arbete 3 min") + "\n# " + u.username() + "\n",
                        "");
              };
          results.add(pool.submit(save));
        }
        start.countDown();
        long saved = 0;
        long conflicts = 0;
        for (Future<SaveResult> f : results) {
          SaveResult r = f.get();
          saved += r instanceof SaveResult.Saved ? 1 : 0;
          conflicts += r instanceof SaveResult.Conflict ? 1 : 0;
        }
        assertThat(saved).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        assertThat(lib.processes().history("supplier-invoices")).hasSize(2);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  default void anApproverWhoIsNotTheAuthorPublishesAndTheOldVersionIsArchived() {
    try (Library lib = loaded()) {
      User author = user(lib, "petra", AccessRole.APPROVER);
      User approver = user(lib, "karl", AccessRole.APPROVER);
      User reader = user(lib, "rut", AccessRole.READER);
      String text = source(lib, "purchase-approval").replace("arbete 20 min", "arbete 25 min");
      assertThatThrownBy(() -> lib.processes().save(reader, "purchase-approval", 1, text, ""))
          .isInstanceOfSatisfying(
              LibraryException.class,
              e -> assertThat(e.reason()).isEqualTo(LibraryException.Reason.FORBIDDEN));
      SaveResult.Saved saved =
          (SaveResult.Saved)
              lib.processes().save(author, "purchase-approval", 1, text, "längre tid");
      assertThat(saved.version().status()).isEqualTo(Status.DRAFT);
      assertThatThrownBy(() -> lib.processes().approve(approver, "purchase-approval", 2))
          .isInstanceOfSatisfying(
              LibraryException.class,
              e -> assertThat(e.reason()).isEqualTo(LibraryException.Reason.CONFLICT));
      lib.processes().submit(author, "purchase-approval", 2);
      assertThatThrownBy(() -> lib.processes().approve(author, "purchase-approval", 2))
          .isInstanceOfSatisfying(
              LibraryException.class,
              e -> assertThat(e.reason()).isEqualTo(LibraryException.Reason.FORBIDDEN))
          .hasMessageContaining("four eyes");
      VersionInfo published = lib.processes().approve(approver, "purchase-approval", 2);
      assertThat(published.status()).isEqualTo(Status.PUBLISHED);
      assertThat(published.decidedBy()).isEqualTo("karl");
      assertThat(lib.processes().version("purchase-approval", 1).orElseThrow().info().status())
          .isEqualTo(Status.ARCHIVED);
      assertThat(lib.processes().summary("purchase-approval").orElseThrow().publishedVersion())
          .isEqualTo(2);
      assertThat(lib.audit().latest(10, 0))
          .extracting(e -> e.action() + " " + e.actor() + " " + e.target())
          .contains(
              "approve karl process:purchase-approval@2",
              "submit petra process:purchase-approval@2");
    }
  }

  @Test
  default void invalidTextIsRefusedWithLocatedProblems() {
    try (Library lib = loaded()) {
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      String bad = source(lib, "supplier-invoices").replace("[Chef]", "[Chefen]");
      SaveResult r = lib.processes().save(eva, "supplier-invoices", 1, bad, "");
      assertThat(r).isInstanceOf(SaveResult.Invalid.class);
      var p =
          ((SaveResult.Invalid) r)
              .problems().stream().filter(x -> x.isError()).findFirst().orElseThrow();
      assertThat(p.code()).isEqualTo("unknown-role");
      assertThat(p.location().line())
          .isEqualTo(
              bad.lines()
                      .toList()
                      .indexOf(
                          bad.lines().filter(l -> l.contains("[Chefen]")).findFirst().orElseThrow())
                  + 1);
      assertThat(lib.processes().history("supplier-invoices")).hasSize(1);
    }
  }

  @Test
  default void theAuditLogRefusesUpdateAndDelete() throws Exception {
    try (Library lib = loaded()) {
      assertThat(lib.audit().latest(100, 0)).isNotEmpty();
      try (Connection c = lib.database().dataSource().getConnection();
          Statement st = c.createStatement()) {
        assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_log SET actor = 'mallory'"))
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_log"))
            .hasMessageContaining("append-only");
      }
      assertThat(lib.audit().latest(100, 0)).noneMatch(e -> e.actor().equals("mallory"));
    }
  }

  @Test
  default void searchStemsSwedishAndEnglishAndLinksToTheStep() {
    try (Library lib = loaded()) {
      List<SearchHit> hits = lib.search().search("fakturorna", 10, false);
      assertThat(hits).isNotEmpty();
      assertThat(hits.get(0).processId()).isEqualTo("supplier-invoices");
      List<SearchHit> system = lib.search().search("affärssystemet", 10, false);
      assertThat(system)
          .anyMatch(h -> h.processId().equals("purchase-approval") && h.stepId().equals("1"));
      List<SearchHit> regulation = lib.search().search("BFL", 10, false);
      assertThat(regulation)
          .anyMatch(h -> h.stepId().equals("1") && h.processId().equals("supplier-invoices"));
      assertThat(lib.search().search("zebra", 10, true)).isEmpty();
    }
  }

  @Test
  default void draftsAreSearchableOnlyForThoseWhoSeeDrafts() {
    try (Library lib = loaded()) {
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      String text =
          "process: Approving travel\nid: travel\nlanguage: en\n\n1. Approve the travel request   [Chef]   work 5 min\n";
      assertThat(lib.processes().create(eva, text, "new")).isInstanceOf(SaveResult.Saved.class);
      assertThat(lib.search().search("approved travels", 10, true))
          .anyMatch(h -> h.processId().equals("travel"));
      assertThat(lib.search().search("approved travels", 10, false)).isEmpty();
    }
  }

  @Test
  default void overdueListsPublishedProcessesPastTheirReviewDate() {
    try (Library lib = loaded()) {
      assertThat(lib.processes().overdue(LocalDate.of(2025, 6, 1)))
          .extracting(s -> s.id())
          .containsExactly("supplier-invoices");
    }
  }

  @Test
  default void anExportZipRestoresEveryVersionAndStatus(@TempDir Path tmp) {
    Path zip = tmp.resolve("backup.zip");
    try (Library lib = loaded()) {
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      String text = source(lib, "purchase-approval").replace("arbete 20 min", "arbete 30 min");
      lib.processes().save(eva, "purchase-approval", 1, text, "");
      LibraryExporter.write(lib, zip);
    }
    try (Library restored = freshLibrary()) {
      ImportReport r = WorkspaceImporter.importPath(restored, Library.SYSTEM, zip);
      assertThat(r.errors()).isZero();
      var s = restored.processes().summary("purchase-approval").orElseThrow();
      assertThat(s.latestVersion()).isEqualTo(2);
      assertThat(s.latestStatus()).isEqualTo(Status.DRAFT);
      assertThat(s.publishedVersion()).isEqualTo(1);
      assertThat(restored.processes().version("purchase-approval", 2).orElseThrow().source())
          .contains("arbete 30 min");
      assertThat(WorkspaceImporter.importPath(restored, Library.SYSTEM, zip).imported()).isEmpty();
    }
  }

  @Test
  default void sessionsAndPasswords() {
    try (Library lib = freshLibrary()) {
      User u = user(lib, "eva", AccessRole.AUTHOR);
      assertThat(lib.users().authenticate("eva", "secret-password-eva")).contains(u);
      assertThat(lib.users().authenticate("eva", "wrong-password")).isEmpty();
      assertThat(lib.users().authenticate("nobody", "secret-password-eva")).isEmpty();
      var session = lib.sessions().start(u);
      assertThat(lib.sessions().find(session.token()).orElseThrow().user()).isEqualTo(u);
      lib.sessions().end(session.token());
      assertThat(lib.sessions().find(session.token())).isEmpty();
    }
  }

  @Test
  default void theLastActiveAdministratorCanNeitherBeDemotedNorDeactivated() {
    try (Library lib = freshLibrary()) {
      user(lib, "anna", AccessRole.ADMIN);
      user(lib, "eva", AccessRole.AUTHOR);
      assertThatThrownBy(() -> lib.users().setAccess("anna", "anna", AccessRole.AUTHOR))
          .isInstanceOfSatisfying(
              AccountException.class, e -> assertThat(e.code()).isEqualTo("last-admin"));
      assertThatThrownBy(() -> lib.users().setActive("eva", "ANNA", false))
          .isInstanceOfSatisfying(
              AccountException.class, e -> assertThat(e.code()).isEqualTo("last-admin"));
      assertThatThrownBy(() -> lib.users().setActive("anna", "anna", false))
          .isInstanceOfSatisfying(
              AccountException.class, e -> assertThat(e.code()).isEqualTo("self-deactivate"));
      assertThat(lib.users().byName("anna").orElseThrow().access()).isEqualTo(AccessRole.ADMIN);

      // With a second administrator either may step down, but then the other is the last one.
      lib.users().setAccess("anna", "eva", AccessRole.ADMIN);
      lib.users().setAccess("anna", "anna", AccessRole.APPROVER);
      assertThatThrownBy(() -> lib.users().setAccess("eva", "eva", AccessRole.READER))
          .isInstanceOf(AccountException.class);
      // A deactivated administrator does not count as the one who stays.
      lib.users().setAccess("eva", "anna", AccessRole.ADMIN);
      lib.users().setActive("eva", "anna", false);
      assertThatThrownBy(() -> lib.users().setAccess("eva", "eva", AccessRole.READER))
          .isInstanceOf(AccountException.class);
      assertThat(lib.audit().latest(50, 0))
          .extracting(e -> e.action() + " " + e.target())
          .contains("user-access user:eva", "user-access user:anna", "user-deactivate user:anna");
    }
  }

  @Test
  default void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
    try (Library lib = freshLibrary()) {
      user(lib, "anna", AccessRole.ADMIN);
      user(lib, "bo", AccessRole.ADMIN);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch go = new CountDownLatch(1);
      try {
        List<Future<Boolean>> results = new ArrayList<>();
        for (String[] pair : new String[][] {{"anna", "bo"}, {"bo", "anna"}}) {
          Callable<Boolean> demote =
              () -> {
                go.await();
                try {
                  lib.users().setAccess(pair[0], pair[1], AccessRole.READER);
                  return true;
                } catch (AccountException e) {
                  return false;
                }
              };
          results.add(pool.submit(demote));
        }
        go.countDown();
        int succeeded = 0;
        for (Future<Boolean> f : results) {
          succeeded += f.get() ? 1 : 0;
        }
        assertThat(succeeded).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
      assertThat(lib.users().all()).filteredOn(u -> u.access() == AccessRole.ADMIN).hasSize(1);
    }
  }

  @Test
  default void aDeactivatedAccountCannotSignInAndLosesItsSessions() {
    try (Library lib = freshLibrary()) {
      user(lib, "anna", AccessRole.ADMIN);
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      var session = lib.sessions().start(eva);
      lib.users().setActive("anna", "eva", false);
      assertThat(lib.users().authenticate("eva", "secret-password-eva")).isEmpty();
      assertThat(lib.sessions().find(session.token())).isEmpty();
      assertThat(lib.users().byName("eva").orElseThrow().active()).isFalse();
      lib.users().setActive("anna", "eva", true);
      assertThat(lib.users().authenticate("eva", "secret-password-eva")).isPresent();
      assertThat(lib.audit().latest(10, 0))
          .extracting(e -> e.actor() + " " + e.action() + " " + e.target())
          .contains("anna user-deactivate user:eva", "anna user-reactivate user:eva");
    }
  }

  @Test
  default void apiTokensAreStoredHashedScopedRevocableAndAudited() {
    try (Library lib = freshLibrary()) {
      User ann = user(lib, "ann", AccessRole.AUTHOR);
      User bob = user(lib, "bob", AccessRole.READER);
      var issued =
          lib.tokens()
              .create(
                  ann,
                  "nightly export",
                  org.flowbook.repository.users.TokenScope.WRITE,
                  java.util.Optional.of(java.time.Duration.ofDays(30)));
      String secret = issued.secret();
      assertThat(secret).matches("fbk_[A-Za-z0-9_-]{43}");
      assertThat(issued.token().hint()).isEqualTo(secret.substring(0, 10));
      assertThat(issued.token().expiresAt())
          .isEqualTo(issued.token().createdAt().plus(java.time.Duration.ofDays(30)));
      // Only a hash is kept: the secret is in no column.
      List<String> stored =
          lib.database()
              .read(
                  c ->
                      org.flowbook.repository.db.Rows.list(
                          c,
                          "SELECT token_hash, hint, name FROM api_tokens",
                          rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)));
      assertThat(stored).hasSize(1).noneMatch(row -> row.contains(secret));
      assertThat(stored.get(0)).startsWith(sha256Hex(secret));

      var bearer = lib.tokens().authenticate(secret).orElseThrow();
      assertThat(bearer.user().username()).isEqualTo("ann");
      assertThat(bearer.token().scope()).isEqualTo(org.flowbook.repository.users.TokenScope.WRITE);
      assertThat(lib.tokens().of(ann).get(0).lastUsedAt()).isEqualTo(H2LibraryTest.CLOCK.instant());
      assertThat(lib.tokens().authenticate(secret.substring(0, 46) + "x")).isEmpty();
      assertThat(lib.tokens().authenticate("Bearer " + secret)).isEmpty();

      // Someone else's token is "not found" to them; its owner revokes it.
      long id = issued.token().id();
      assertThatThrownBy(() -> lib.tokens().revoke(bob, id))
          .isInstanceOf(LibraryException.class)
          .hasMessageContaining("no token");
      assertThat(lib.tokens().revoke(ann, id).revoked()).isTrue();
      assertThat(lib.tokens().authenticate(secret)).isEmpty();

      // An expired token signs nobody in.
      var other =
          lib.tokens()
              .create(
                  bob,
                  "read script",
                  org.flowbook.repository.users.TokenScope.READ,
                  java.util.Optional.empty());
      assertThat(other.token().expiresAt()).isNull();
      assertThat(lib.tokens().authenticate(other.secret())).isPresent();
      lib.database()
          .inTransaction(
              c ->
                  org.flowbook.repository.db.Rows.update(
                      c,
                      "UPDATE api_tokens SET expires_at = ? WHERE id = ?",
                      H2LibraryTest.CLOCK.instant(),
                      other.token().id()));
      assertThat(lib.tokens().authenticate(other.secret())).isEmpty();

      assertThat(lib.audit().latest(10, 0))
          .extracting(e -> e.action() + " " + e.actor() + " " + e.target())
          .contains(
              "token-create ann token:" + id,
              "token-revoke ann token:" + id,
              "token-create bob token:" + other.token().id());
      assertThat(lib.audit().latest(10, 0)).noneMatch(e -> e.detail().contains("fbk_"));
    }
  }

  @Test
  default void newPasswordsAreCheckedAgainstTheListAndTheName() {
    try (Library lib = freshLibrary()) {
      for (String[] bad :
          new String[][] {
            {"aaaaaaaaaa", "password-pattern"},
            {"1234567890", "password-pattern"},
            {"qwertyuiop", "password-common"},
            {"Password2025!", "password-common"},
            {"FlowBook2026", "password-name"},
            {"margareta.svensson", "password-name"},
            {"short", "password-too-short"}
          }) {
        assertThatThrownBy(
                () ->
                    lib.users()
                        .create("system", "margareta.svensson", "", AccessRole.READER, bad[0]))
            .as(bad[0])
            .isInstanceOfSatisfying(
                AccountException.class, e -> assertThat(e.code()).isEqualTo(bad[1]));
      }
      assertThat(lib.users().isEmpty()).isTrue();
      User m =
          lib.users()
              .create("system", "margareta.svensson", "", AccessRole.READER, "tre gröna tallrikar");
      assertThat(m.mustChangePassword()).isFalse();
    }
  }

  @Test
  default void aOneTimePasswordMustBeChangedAndTheChangeIsAudited() {
    try (Library lib = freshLibrary()) {
      Users.OneTime admin =
          lib.users().createWithOneTimePassword("system", "admin", "Admin", AccessRole.ADMIN);
      assertThat(admin.user().mustChangePassword()).isTrue();
      User signedIn = lib.users().authenticate("admin", admin.password()).orElseThrow();
      assertThatThrownBy(
              () -> lib.users().changePassword(signedIn, "not the password", "tre gröna tallrikar"))
          .isInstanceOfSatisfying(
              AccountException.class, e -> assertThat(e.code()).isEqualTo("wrong-password"));
      assertThatThrownBy(
              () -> lib.users().changePassword(signedIn, admin.password(), admin.password()))
          .isInstanceOfSatisfying(
              AccountException.class, e -> assertThat(e.code()).isEqualTo("password-same"));
      assertThatThrownBy(() -> lib.users().changePassword(signedIn, admin.password(), "letmein123"))
          .isInstanceOfSatisfying(
              AccountException.class, e -> assertThat(e.code()).isEqualTo("password-common"));
      lib.users().changePassword(signedIn, admin.password(), "tre gröna tallrikar");
      assertThat(lib.users().authenticate("admin", admin.password())).isEmpty();
      User after = lib.users().authenticate("admin", "tre gröna tallrikar").orElseThrow();
      assertThat(after.mustChangePassword()).isFalse();
      assertThat(lib.audit().latest(1, 0).get(0).action()).isEqualTo("password-change");
    }
  }

  @Test
  default void aResetGivesANewOneTimePasswordAndEndsTheSessions() {
    try (Library lib = freshLibrary()) {
      user(lib, "anna", AccessRole.ADMIN);
      User eva = user(lib, "eva", AccessRole.READER);
      var session = lib.sessions().start(eva);
      lib.users().setActive("anna", "eva", false);
      Users.OneTime reset = lib.users().resetPassword("cli", "eva", true);
      assertThat(reset.password()).hasSize(20);
      assertThat(reset.user().mustChangePassword()).isTrue();
      assertThat(reset.user().active()).isTrue();
      assertThat(reset.user().access()).isEqualTo(AccessRole.ADMIN);
      assertThat(lib.sessions().find(session.token())).isEmpty();
      assertThat(lib.users().authenticate("eva", "secret-password-eva")).isEmpty();
      assertThat(lib.users().authenticate("eva", reset.password())).isPresent();
      var entry = lib.audit().latest(1, 0).get(0);
      assertThat(entry.actor() + " " + entry.action() + " " + entry.target() + " " + entry.detail())
          .isEqualTo("cli password-reset user:eva reactivated, access admin");
      assertThatThrownBy(() -> lib.users().resetPassword("cli", "nobody", false))
          .isInstanceOf(LibraryException.class);
    }
  }

  @Test
  default void aReaderViewsOnlyPublishedVersions() {
    try (Library lib = loaded()) {
      User ann = user(lib, "ann", AccessRole.AUTHOR);
      User rut = user(lib, "rut", AccessRole.READER);
      String text = source(lib, "purchase-approval").replace("10 min", "12 min");
      var saved = (SaveResult.Saved) lib.processes().save(ann, "purchase-approval", 1, text, "");
      lib.processes()
          .create(
              ann,
              "process: Hemlig\nid: hidden\nspråk: sv\n\n1. Gör det   [Chef]   arbete 1 min\n",
              "");
      LibraryView reader = lib.viewFor(rut);
      assertThat(reader.processes())
          .extracting(s -> s.id() + "@" + s.latestVersion() + " " + s.latestStatus())
          .containsExactlyInAnyOrder(
              "purchase-approval@1 PUBLISHED", "supplier-invoices@1 PUBLISHED");
      assertThat(reader.find("hidden")).isEmpty();
      assertThatThrownBy(() -> reader.version("purchase-approval", saved.version().version()))
          .isInstanceOf(LibraryException.class)
          .hasMessageContaining("no version");
      assertThat(reader.history("purchase-approval"))
          .extracting(VersionInfo::version)
          .containsExactly(1);
      assertThat(reader.workspace().processes()).extracting(p -> p.id()).doesNotContain("hidden");
      LibraryView author = lib.viewFor(ann);
      assertThat(author.find("hidden")).isPresent();
      assertThat(author.defaultVersion(author.process("purchase-approval"))).isEqualTo(2);
    }
  }

  private static String sha256Hex(String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // people2 (#13): people and absences.

  String PEOPLE =
      """
      språk: sv

      person: Anna Berg
        e-post: anna.berg@testbolaget.se
        roller: Inköpare
        ersätts av: Olle Ek

      person: Olle Ek
        roller: Inköpare, Ekonomichef
        ersätts av: Anna Berg
      """;

  @Test
  default void peopleJoinTheOrganizationAndEachSeesOnlyTheirOwnAbsences() {
    try (Library lib = loaded()) {
      assertThat(lib.people().setSource(Library.SYSTEM, PEOPLE)).isEmpty();
      assertThat(lib.organization().people())
          .extracting("name")
          .containsExactly("Anna Berg", "Olle Ek");
      assertThat(lib.organization().holders("Inköpare")).hasSize(2);
      User anna = user(lib, "anna.berg", AccessRole.READER);
      User olle =
          lib.users()
              .create("system", "olle", "Olle Ek", AccessRole.READER, "secret-password-olle");
      User chef = user(lib, "chef", AccessRole.APPROVER);
      User stranger = user(lib, "stranger", AccessRole.READER);
      assertThat(lib.people().personOf(anna).orElseThrow().name()).isEqualTo("Anna Berg");
      assertThat(lib.people().personOf(olle).orElseThrow().name()).isEqualTo("Olle Ek");
      assertThat(lib.people().personOf(stranger)).isEmpty();

      var own =
          lib.people()
              .addAbsence(anna, "anna berg", LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 9));
      assertThat(own.person()).isEqualTo("Anna Berg");
      assertThat(own.createdBy()).isEqualTo("anna.berg");
      assertThatThrownBy(
              () ->
                  lib.people()
                      .addAbsence(
                          anna, "Olle Ek", LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 9)))
          .isInstanceOf(LibraryException.class)
          .hasMessageContaining("only your own");
      lib.people().addAbsence(chef, "Olle Ek", LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 6));
      assertThat(lib.people().absencesVisibleTo(anna))
          .extracting("person")
          .containsExactly("Anna Berg");
      assertThat(lib.people().absencesVisibleTo(olle))
          .extracting("person")
          .containsExactly("Olle Ek");
      assertThat(lib.people().absencesVisibleTo(stranger)).isEmpty();
      assertThat(lib.people().absencesVisibleTo(chef)).hasSize(2);

      // Anna cannot remove Olle's, and it looks as if it did not exist.
      long olles = lib.people().absencesVisibleTo(olle).get(0).id();
      assertThatThrownBy(() -> lib.people().removeAbsence(anna, olles))
          .isInstanceOf(LibraryException.class)
          .hasMessageContaining("no absence");
      lib.people().removeAbsence(olle, olles);
      assertThat(lib.people().all()).hasSize(1);

      // Periods: backwards, too long, outside the century, an unknown person.
      assertThatThrownBy(
              () ->
                  lib.people()
                      .addAbsence(
                          anna, "Anna Berg", LocalDate.of(2027, 7, 9), LocalDate.of(2027, 7, 5)))
          .hasMessageContaining("before the first day");
      assertThatThrownBy(
              () ->
                  lib.people()
                      .addAbsence(
                          anna, "Anna Berg", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 2)))
          .hasMessageContaining("at most 366 days");
      assertThatThrownBy(
              () ->
                  lib.people()
                      .addAbsence(
                          anna, "Anna Berg", LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 2)))
          .hasMessageContaining("between 2000-01-01");
      assertThatThrownBy(
              () ->
                  lib.people()
                      .addAbsence(
                          chef, "Nobody", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2)))
          .hasMessageContaining("no person");
      // Only an administrator changes the people file.
      assertThatThrownBy(() -> lib.people().setSource(chef, PEOPLE))
          .hasMessageContaining("administrator");
    }
  }

  @Test
  default void erasingAPersonRemovesTheirDataAndTheLogKeepsOnlyAHash() {
    try (Library lib = loaded()) {
      lib.people().setSource(Library.SYSTEM, PEOPLE);
      User admin = user(lib, "admin2", AccessRole.ADMIN);
      user(lib, "anna.berg", AccessRole.READER);
      lib.people()
          .addAbsence(admin, "Anna Berg", LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 9));
      lib.people().addAbsence(admin, "Olle Ek", LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 9));

      var export = lib.people().export(admin, "Anna Berg");
      assertThat(export.person().email()).isEqualTo("anna.berg@testbolaget.se");
      assertThat(export.absences()).hasSize(1);
      assertThat(export.account().orElseThrow().username()).isEqualTo("anna.berg");
      assertThat(export.declaredIn()).isEqualTo("personer.flow");
      assertThatThrownBy(
              () -> lib.people().export(user(lib, "chef", AccessRole.APPROVER), "Anna Berg"))
          .hasMessageContaining("administrator");

      lib.people().erase(admin, "Anna Berg");
      assertThat(lib.organization().person("Anna Berg")).isEmpty();
      assertThat(lib.organization().person("Olle Ek").orElseThrow().coveredBy()).isEmpty();
      assertThat(lib.people().all()).extracting("person").containsExactly("Olle Ek");
      assertThat(lib.people().source()).doesNotContain("Anna", "anna.berg@");
      var log = lib.audit().latest(20, 0);
      assertThat(log).extracting("action").contains("person-export", "person-erase", "absence-add");
      assertThat(log.toString()).doesNotContain("Anna Berg");
      assertThat(log.get(0).target())
          .isEqualTo("person " + org.flowbook.repository.people.PeopleStore.pseudonym("Anna Berg"));
    }
  }
}
