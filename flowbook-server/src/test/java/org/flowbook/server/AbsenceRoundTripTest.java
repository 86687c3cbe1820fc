package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flowbook.repository.Library;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.transfer.LibraryExporter;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.server.people.WorkspaceAbsences;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0609: the library is the truth about absences. The demo folder's absence files come in
 * once; an absence registered in the web app goes out in the export's {@code frånvaro.csv}; the
 * export imported into a new library gives the same absences, read by the same readers as {@code
 * flowbook cover}; importing it again adds nothing.
 */
class AbsenceRoundTripTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private static List<String> absences(Library lib) {
    return lib.people().all().stream()
        .map(a -> a.person() + " " + a.from() + " " + a.to())
        .sorted()
        .toList();
  }

  @Test
  void exportThenImportGivesTheSameAbsencesAndImportingAgainAddsNothing() throws Exception {
    Path examples = ProjectPaths.inRepo("examples");
    Path export = dir.resolve("export");
    List<String> original;
    try (Library lib = Library.open(Database.h2Url(dir.resolve("a")), CLOCK)) {
      WorkspaceImporter.importPath(lib, Library.SYSTEM, examples);
      assertThat(WorkspaceAbsences.importFolder(lib, Library.SYSTEM, examples)).isEmpty();
      int fromFiles = lib.people().all().size();
      assertThat(fromFiles).isGreaterThan(20);
      // The demo folder again (a restart that imports again): nothing twice.
      WorkspaceAbsences.importFolder(lib, Library.SYSTEM, examples);
      assertThat(lib.people().all()).hasSize(fromFiles);
      // Registered in the web app only.
      lib.people()
          .addAbsence(
              Library.SYSTEM, "Eva Nordin", LocalDate.of(2027, 9, 13), LocalDate.of(2027, 9, 17));
      original = absences(lib);
      for (Map.Entry<String, String> f : LibraryExporter.files(lib).entrySet()) {
        Path p = export.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertThat(export.resolve("frånvaro.csv")).exists();
    assertThat(original).contains("Eva Nordin 2027-09-13 2027-09-17");
    try (Library copy = Library.open(Database.h2Url(dir.resolve("b")), CLOCK)) {
      WorkspaceImporter.importPath(copy, Library.SYSTEM, export);
      assertThat(WorkspaceAbsences.importFolder(copy, Library.SYSTEM, export)).isEmpty();
      assertThat(absences(copy)).isEqualTo(original);
      var mark = copy.audit().changeMark();
      WorkspaceImporter.importPath(copy, Library.SYSTEM, export);
      WorkspaceAbsences.importFolder(copy, Library.SYSTEM, export);
      assertThat(absences(copy)).isEqualTo(original);
      assertThat(copy.audit().changeMark()).as("a second import changes nothing").isEqualTo(mark);
    }
  }
}
