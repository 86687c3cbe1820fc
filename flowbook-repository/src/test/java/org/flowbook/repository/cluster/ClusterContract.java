package org.flowbook.repository.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * Two libraries on one database, as two server instances behind a load balancer: what one changes
 * the other's search and organization follow, background jobs run once, sign-in failures and keys
 * are shared. Each database's test class gives a URL of a fresh, empty database.
 */
interface ClusterContract {
  /** A JDBC URL of an empty database that two libraries can open at once. */
  String freshUrl();

  /** A clock the test moves by hand, shared by both libraries. */
  final class ManualClock extends Clock {
    volatile Instant now = Instant.parse("2026-12-03T08:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static Path workspace() {
    return ProjectPaths.root().resolve("flowbook-repository/src/test/resources/workspace");
  }

  @Test
  default void anEditOnOneInstanceIsFoundBySearchOnTheOtherAfterItCatchesUp() {
    ManualClock clock = new ManualClock();
    String url = freshUrl();
    try (Library a = Library.open(url, clock);
        Library b = Library.open(url, clock)) {
      WorkspaceImporter.importPath(a, Library.SYSTEM, workspace());
      assertThat(b.search().search("fakturan", 5, true)).isEmpty();
      assertThat(b.cluster().catchUp()).isPositive();
      assertThat(b.search().search("fakturan", 5, true)).isNotEmpty();
      assertThat(b.organization().name()).isEqualTo("Testbolaget AB");

      String source = a.processes().version("purchase-approval", 1).orElseThrow().source();
      String id = "kvant";
      String created =
          source
              .replace("id: purchase-approval", "id: " + id)
              .replace("Bifoga offerten", "Bifoga kvantfluktuationen");
      assertThat(created).contains("id: kvant").contains("kvantfluktuationen");
      SaveResult saved = a.processes().create(Library.SYSTEM, created, "made on A");
      assertThat(saved).isInstanceOf(SaveResult.Saved.class);
      assertThat(a.search().search("kvantfluktuationen", 5, true)).isNotEmpty();
      assertThat(b.search().search("kvantfluktuationen", 5, true)).isEmpty();
      b.cluster().catchUp();
      assertThat(b.search().search("kvantfluktuationen", 5, true))
          .extracting(h -> h.processId())
          .contains(id);
      // Applying the feed again changes nothing: the index follows the database.
      assertThat(b.cluster().catchUp()).isZero();
    }
  }

  @Test
  default void anEntryCommittedLateUnderALowerIdIsStillSeen() throws Exception {
    ManualClock clock = new ManualClock();
    String url = freshUrl();
    try (Library a = Library.open(url, clock)) {
      ChangeFeed feed = new ChangeFeed(a.database(), Duration.ofMinutes(1));
      try (Connection slow = a.database().dataSource().getConnection()) {
        slow.setAutoCommit(false);
        insertAudit(slow, "process:slow@1");
        a.audit().append("system", "save", "process:fast@1", "");
        List<ChangeFeed.Change> first = feed.poll();
        assertThat(first).extracting(ChangeFeed.Change::target).containsExactly("process:fast@1");
        assertThat(feed.waiting()).isEqualTo(1);
        slow.commit();
      }
      assertThat(feed.poll())
          .extracting(ChangeFeed.Change::target)
          .containsExactly("process:slow@1");
      assertThat(feed.waiting()).isZero();
      assertThat(feed.poll()).isEmpty();
    }
  }

  @Test
  default void anIdThatNeverCommitsIsGivenUpAfterTheGrace() throws Exception {
    ManualClock clock = new ManualClock();
    String url = freshUrl();
    try (Library a = Library.open(url, clock)) {
      ChangeFeed feed = new ChangeFeed(a.database(), Duration.ofMillis(1));
      try (Connection rolledBack = a.database().dataSource().getConnection()) {
        rolledBack.setAutoCommit(false);
        insertAudit(rolledBack, "process:never@1");
        a.audit().append("system", "save", "process:after@1", "");
        rolledBack.rollback();
      }
      assertThat(feed.poll()).hasSize(1);
      Thread.sleep(5);
      assertThat(feed.poll()).isEmpty();
      assertThat(feed.waiting()).isZero();
      a.audit().append("system", "save", "process:later@1", "");
      assertThat(feed.poll())
          .extracting(ChangeFeed.Change::target)
          .containsExactly("process:later@1");
    }
  }

  private static void insertAudit(Connection c, String target) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (occurred_at, actor, action, target, detail)"
                + " VALUES (?, 'system', 'save', ?, '')")) {
      ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setString(2, target);
      ps.executeUpdate();
    }
  }

  @Test
  default void aJobRunsOnOneInstanceAndADeadInstancesLeaseIsTakenOver() {
    ManualClock clock = new ManualClock();
    String url = freshUrl();
    try (Library a = Library.open(url, clock);
        Library b = Library.open(url, clock)) {
      JobLeases onA = a.cluster().leases();
      JobLeases onB = b.cluster().leases();
      Duration lease = Duration.ofMinutes(5);
      assertThat(onA.tryStart("digest", "A", lease)).isTrue();
      assertThat(onB.tryStart("digest", "B", lease)).isFalse();
      assertThat(onA.finished("digest", "A", Duration.ofMinutes(10))).isTrue();
      // Not due again for ten minutes, on any instance.
      assertThat(onB.tryStart("digest", "B", lease)).isFalse();
      clock.advance(Duration.ofMinutes(10));
      assertThat(onB.tryStart("digest", "B", lease)).isTrue();
      assertThat(onA.tryStart("digest", "A", lease)).isFalse();
      // B dies mid-run: its lease blocks the job until it expires, then A takes over.
      clock.advance(Duration.ofMinutes(4));
      assertThat(onA.tryStart("digest", "A", lease)).isFalse();
      clock.advance(Duration.ofMinutes(2));
      assertThat(onA.tryStart("digest", "A", lease)).isTrue();
      assertThat(onB.finished("digest", "B", Duration.ofMinutes(10)))
          .as("the dead instance's late finish is refused")
          .isFalse();
      assertThat(onA.finished("digest", "A", Duration.ofMinutes(10))).isTrue();
      JobLeases.JobState state = onB.state("digest").orElseThrow();
      assertThat(state.runs()).isEqualTo(2);
      assertThat(state.lastRunBy()).contains("A");
      assertThat(state.holder()).isEmpty();
      // A failed run frees the lease at once and leaves the job due.
      clock.advance(Duration.ofMinutes(10));
      assertThat(onB.tryStart("digest", "B", lease)).isTrue();
      onB.abandon("digest", "B");
      assertThat(onA.tryStart("digest", "A", lease)).isTrue();
    }
  }

  @Test
  default void signInFailuresAndTheDeviceKeyAreShared() {
    ManualClock clock = new ManualClock();
    String url = freshUrl();
    try (Library a = Library.open(url, clock);
        Library b = Library.open(url, clock)) {
      Instant now = clock.instant();
      Instant forget = now.minus(Duration.ofHours(1));
      for (int i = 1; i <= 3; i++) {
        Library on = i % 2 == 0 ? b : a;
        int count =
            on.cluster()
                .loginFailures()
                .fail(
                    "pair:eva@10.0.0.1",
                    now,
                    forget,
                    n -> n >= 3 ? now.plusSeconds(60) : Instant.EPOCH);
        assertThat(count).isEqualTo(i);
      }
      assertThat(b.cluster().loginFailures().blockedUntil(List.of("name:x", "pair:eva@10.0.0.1")))
          .isEqualTo(now.plusSeconds(60));
      // An hour later the count starts again.
      clock.advance(Duration.ofHours(2));
      Instant later = clock.instant();
      assertThat(
              a.cluster()
                  .loginFailures()
                  .fail(
                      "pair:eva@10.0.0.1",
                      later,
                      later.minus(Duration.ofHours(1)),
                      n -> Instant.EPOCH))
          .isEqualTo(1);
      a.cluster().loginFailures().forget(List.of("pair:eva@10.0.0.1"));
      assertThat(b.cluster().loginFailures().blockedUntil(List.of("pair:eva@10.0.0.1")))
          .isEqualTo(Instant.EPOCH);
      // No user name or address is stored, only hashes.
      List<String> stored =
          a.database()
              .read(
                  c ->
                      org.flowbook.repository.db.Rows.list(
                          c, "SELECT bucket FROM login_failures", rs -> rs.getString(1)));
      assertThat(String.join(" ", stored)).doesNotContain("eva").doesNotContain("10.0.0.1");
      assertThat(b.cluster().loginFailures().forgetIdle(later.plusSeconds(1))).isZero();

      assertThat(a.cluster().secrets().key("device-cookie"))
          .hasSize(32)
          .isEqualTo(b.cluster().secrets().key("device-cookie"));
    }
  }
}
