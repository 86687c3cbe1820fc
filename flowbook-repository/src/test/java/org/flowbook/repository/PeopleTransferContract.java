package org.flowbook.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flowbook.repository.audit.ChangeMark;
import org.flowbook.repository.people.PeopleStore;
import org.flowbook.repository.people.PeopleStore.AbsenceRow;
import org.flowbook.repository.transfer.LibraryExporter;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;

/**
 * The library as the truth about people and absences (decision 0609), on every database: the export
 * carries them, importing it restores them, importing again changes nothing; an absence import is
 * all or nothing; the change mark moves with every change.
 */
interface PeopleTransferContract {
  Library freshLibrary();

  String TRANSFER_PEOPLE =
      """
      person: Anna Berg
        e-post: anna.berg@testbolaget.se
        roller: Inköpare

      person: Olle Ek; Sven
        roller: Inköpare
        omfattning: 80 %
        ersätts av: Anna Berg
      """;

  private static Library loaded(Library lib) {
    WorkspaceImporter.importPath(lib, Library.SYSTEM, LibraryContract.workspace());
    assertThat(lib.people().setSource(Library.SYSTEM, TRANSFER_PEOPLE)).isEmpty();
    return lib;
  }

  private static List<String> absences(Library lib) {
    return lib.people().all().stream()
        .map(a -> a.person() + " " + a.from() + " " + a.to())
        .sorted()
        .toList();
  }

  @Test
  default void anAbsenceImportSkipsWhatIsStoredAndIsAllOrNothing() {
    try (Library lib = loaded(freshLibrary())) {
      List<AbsenceRow> rows =
          List.of(
              new AbsenceRow("anna berg", LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 30)),
              new AbsenceRow("Olle Ek; Sven", LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 6)));
      ChangeMark before = lib.audit().changeMark();
      assertThat(lib.people().importAbsences(Library.SYSTEM, rows)).isEqualTo(2);
      ChangeMark after = lib.audit().changeMark();
      assertThat(after.entries()).isEqualTo(before.entries() + 1);
      assertThat(absences(lib))
          .containsExactly(
              "Anna Berg 2027-07-05 2027-07-30", "Olle Ek; Sven 2027-08-02 2027-08-06");

      // The same rows again: nothing added, no audit entry, the change mark stays.
      assertThat(lib.people().importAbsences(Library.SYSTEM, rows)).isZero();
      assertThat(lib.audit().changeMark()).isEqualTo(after);

      // One unknown person, or one period backwards: nothing of the batch is stored.
      List<AbsenceRow> bad =
          List.of(
              new AbsenceRow("Anna Berg", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 2)),
              new AbsenceRow("Nobody", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 2)));
      assertThatThrownBy(() -> lib.people().importAbsences(Library.SYSTEM, bad))
          .hasMessageContaining("no person Nobody");
      List<AbsenceRow> backwards =
          List.of(
              new AbsenceRow("Anna Berg", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 2)),
              new AbsenceRow("Anna Berg", LocalDate.of(2027, 9, 9), LocalDate.of(2027, 9, 2)));
      assertThatThrownBy(() -> lib.people().importAbsences(Library.SYSTEM, backwards))
          .hasMessageContaining("before the first day");
      assertThat(lib.people().all()).hasSize(2);

      User reader =
          lib.users().create("system", "rut", "Rut", AccessRole.APPROVER, "secret-password-rut");
      assertThatThrownBy(() -> lib.people().importAbsences(reader, rows))
          .hasMessageContaining("administrator");
    }
  }

  @Test
  default void theExportCarriesPeopleAndAbsencesAndImportingItTwiceRestoresThemOnce(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Map<String, String> files;
    try (Library lib = loaded(freshLibrary())) {
      lib.people()
          .addAbsence(
              Library.SYSTEM, "Anna Berg", LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 30));
      lib.people()
          .addAbsence(
              Library.SYSTEM, "Olle Ek; Sven", LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 2));
      files = LibraryExporter.files(lib);
      assertThat(files.get("frånvaro.csv"))
          .isEqualTo(
              "person;från;till\n"
                  + "Anna Berg;2027-07-05;2027-07-30\n"
                  + "\"Olle Ek; Sven\";2027-08-02;2027-08-02\n");
      assertThat(files.get("personer.flow")).contains("person: Olle Ek; Sven", "omfattning: 80 %");
      for (var f : files.entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
    }
    try (Library copy = freshLibrary()) {
      WorkspaceImporter.importPath(copy, Library.SYSTEM, dir);
      assertThat(copy.organization().people())
          .extracting("name")
          .containsExactly("Anna Berg", "Olle Ek; Sven");
      assertThat(copy.organization().person("Olle Ek; Sven").orElseThrow().workingTime())
          .isEqualTo(0.8);
      // The absences come in through the CSV reader of the people module (see the server's
      // WorkspaceAbsences); here the rows the export wrote are imported as they were written.
      List<AbsenceRow> rows = rowsOf(files.get("frånvaro.csv"));
      assertThat(copy.people().importAbsences(Library.SYSTEM, rows)).isEqualTo(2);
      ChangeMark mark = copy.audit().changeMark();
      WorkspaceImporter.importPath(copy, Library.SYSTEM, dir);
      assertThat(copy.people().importAbsences(Library.SYSTEM, rows)).isZero();
      assertThat(copy.audit().changeMark()).as("a second import changes nothing").isEqualTo(mark);
      assertThat(copy.people().source()).isEqualTo(files.get("personer.flow"));
      assertThat(absences(copy))
          .containsExactly(
              "Anna Berg 2027-07-05 2027-07-30", "Olle Ek; Sven 2027-08-02 2027-08-02");
    }
  }

  @Test
  default void anImportReplacesThePeopleOnlyIfNobodyChangedThemSinceThePreview() {
    try (Library lib = loaded(freshLibrary())) {
      String base = PeopleStore.baseOf(lib.people().source());
      String next = TRANSFER_PEOPLE + "\nperson: Nils Holm\n  roller: Inköpare\n";
      ChangeMark before = lib.audit().changeMark();
      assertThat(lib.people().importSource(Library.SYSTEM, next, base, "1 added")).isEmpty();
      assertThat(lib.organization().people()).extracting("name").contains("Nils Holm");
      assertThat(lib.audit().changeMark()).isNotEqualTo(before);
      assertThat(lib.audit().latest(1, 0).get(0).action()).isEqualTo("people-import");
      // The same preview applied again: the people changed since, so it is refused.
      assertThatThrownBy(() -> lib.people().importSource(Library.SYSTEM, next, base, "again"))
          .hasMessageContaining("changed since the preview");
      // A text with an error stores nothing.
      String now = lib.people().source();
      assertThat(
              lib.people()
                  .importSource(
                      Library.SYSTEM,
                      "person: X\n  omfattning: 300 %\n",
                      PeopleStore.baseOf(now),
                      ""))
          .anyMatch(org.flowbook.model.Problem::isError);
      assertThat(lib.people().source()).isEqualTo(now);
    }
  }

  /** The rows of an exported {@code frånvaro.csv} (a name may be quoted). */
  private static List<AbsenceRow> rowsOf(String csv) {
    return csv.lines()
        .skip(1)
        .map(
            l -> {
              int cut = l.lastIndexOf(';', l.lastIndexOf(';') - 1);
              String name = l.substring(0, cut);
              if (name.startsWith("\"")) {
                name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
              }
              String[] d = l.substring(cut + 1).split(";");
              return new AbsenceRow(name, LocalDate.parse(d[0]), LocalDate.parse(d[1]));
            })
        .toList();
  }
}
