package org.flowbook.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.flowbook.repository.Library;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The landscape's badge is computed once per change of the library, not per page, and two servers
 * on one database (two {@link Library} objects here) never show a stale one: a change made through
 * either moves the change mark both read from the database.
 */
class CoverageBadgeCacheTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2027-06-01T08:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  @TempDir Path dir;

  @Test
  void theBadgeIsCachedUntilAnyServerChangesPeopleAbsencesOrProcesses() {
    String url = Database.h2Url(dir.resolve("shared"));
    try (Library setup = Library.open(url, CLOCK)) {
      WorkspaceImporter.importPath(setup, Library.SYSTEM, ProjectPaths.inRepo("examples"));
    }
    // (Both open after the import: each library keeps the organization it read at opening.)
    try (Library one = Library.open(url, CLOCK);
        Library two = Library.open(url, CLOCK)) {
      User reader =
          one.users().create("system", "rut", "Rut", AccessRole.READER, "secret-password-rut");
      Coverage first = new Coverage(one);
      Coverage second = new Coverage(two);

      // Next Monday is 2027-06-07: eight weeks to 2027-08-01. No absence yet: nothing uncovered.
      Set<String> before = first.uncoveredSoon(one.viewFor(reader), TODAY);
      assertThat(before).isEmpty();
      assertThat(first.uncoveredSoon(one.viewFor(reader), TODAY))
          .as("unchanged library: the cached answer")
          .isSameAs(before);
      Set<String> secondBefore = second.uncoveredSoon(two.viewFor(reader), TODAY);
      assertThat(secondBefore).isEmpty();

      // Server two registers that the only HR-specialist is away; server one must see it.
      two.people()
          .addAbsence(
              Library.SYSTEM, "Eva Nordin", LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 9));
      Set<String> after = first.uncoveredSoon(one.viewFor(reader), TODAY);
      assertThat(after).contains("employee-offboarding", "employee-onboarding");
      assertThat(second.uncoveredSoon(two.viewFor(reader), TODAY)).isEqualTo(after);
      assertThat(first.uncoveredSoon(one.viewFor(reader), TODAY)).isSameAs(after);

      // Removing it through server one clears server two's badge.
      long id = one.people().all().get(0).id();
      one.people().removeAbsence(Library.SYSTEM, id);
      assertThat(second.uncoveredSoon(two.viewFor(reader), TODAY)).isEmpty();
      // Another day is another question.
      assertThat(first.uncoveredSoon(one.viewFor(reader), TODAY.plusDays(1))).isEmpty();
    }
  }
}
