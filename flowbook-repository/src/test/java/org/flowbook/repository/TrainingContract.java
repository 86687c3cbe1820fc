package org.flowbook.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.acknowledge.Acknowledgements;
import org.flowbook.repository.acknowledge.AffectedPerson;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.training.SignOff;
import org.flowbook.repository.training.TrainingSignOffs;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;

/**
 * Training sign-offs on every database the library runs on (H2 and PostgreSQL): what is stored
 * comes back with its audit entry, and the one rule refuses a sign-off for oneself, by someone who
 * is no trainer, on a version never published, and with bad values — storing nothing.
 */
interface TrainingContract {
  Library freshLibrary();

  /** The clock of the contract tests: 2025-06-01. */
  LocalDate TODAY = LocalDate.of(2025, 6, 1);

  private Library loadedWithPeople() {
    Library lib = freshLibrary();
    WorkspaceImporter.importPath(lib, Library.SYSTEM, LibraryContract.workspace());
    lib.setOrganization(
        Library.SYSTEM,
        lib.organizationSource()
            + "\nperson: Ines Inköpare\n  e-post: ines@x.se\n  roller: Inköpare\n"
            + "person: Erik Ek\n  e-post: erik@x.se\n  roller: Ekonomichef\n");
    return lib;
  }

  private static User user(Library lib, String name, AccessRole role) {
    return lib.users()
        .create(Library.SYSTEM.username(), name, name, role, "secret-password-" + name);
  }

  private static TrainingSignOffs.Request ines(int version, LocalDate day) {
    return new TrainingSignOffs.Request("ines inköpare", "purchase-approval", "", version, day, 12);
  }

  @Test
  default void erasingAPersonErasesTheirSignOffs() {
    try (Library lib = freshLibrary()) {
      WorkspaceImporter.importPath(lib, Library.SYSTEM, LibraryContract.workspace());
      lib.people()
          .setSource(
              Library.SYSTEM,
              "person: Ines Inköpare\n  e-post: ines@x.se\n  roller: Inköpare\n"
                  + "person: Olle Ek\n  e-post: olle@x.se\n  roller: Inköpare\n");
      User karl = user(lib, "karl", AccessRole.APPROVER);
      lib.training().record(karl, ines(1, TODAY));
      SignOff olle =
          lib.training()
              .record(
                  karl,
                  new TrainingSignOffs.Request("Olle Ek", "purchase-approval", "", 1, TODAY, 12));
      assertThat(lib.training().ofPerson("ines inköpare")).hasSize(1);
      User root = user(lib, "root2", AccessRole.ADMIN);
      // A read-and-acknowledge task for Ines from a new publication.
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      String source = lib.current("purchase-approval").orElseThrow().source();
      int base = lib.processes().summary("purchase-approval").orElseThrow().latestVersion();
      int v =
          ((SaveResult.Saved)
                  lib.processes()
                      .save(
                          eva,
                          "purchase-approval",
                          base,
                          source.replace("Lägg beställning", "Lägg beställningen"),
                          "ändrat"))
              .version()
              .version();
      lib.processes().submit(eva, "purchase-approval", v);
      lib.acknowledgements()
          .publish(
              karl,
              "purchase-approval",
              v,
              new Acknowledgements.Request(true, null),
              List.of(
                  new AffectedPerson(
                      "ines inköpare",
                      "Ines Inköpare",
                      "ines@x.se",
                      List.of("Inköpare"),
                      List.of("4"))));
      // Art. 15 before Art. 17: the export holds exactly the sign-offs the erasure removes.
      var export = lib.exportPerson(root, "Ines Inköpare");
      assertThat(export.trainingSignOffs())
          .extracting(SignOff::personKey, SignOff::version, SignOff::trainer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("ines inköpare", 1, "karl"));
      assertThat(export.acknowledgements())
          .extracting(Acknowledgement::processId, Acknowledgement::version, Acknowledgement::email)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("purchase-approval", v, "ines@x.se"));
      assertThatThrownBy(() -> lib.exportPerson(karl, "Ines Inköpare"))
          .hasMessageContaining("administrator");

      lib.people().erase(root, "Ines Inköpare");
      assertThat(lib.training().ofPerson("ines inköpare")).isEmpty();
      assertThat(lib.training().all()).containsExactly(olle);
      assertThat(lib.acknowledgements().ofPerson("ines inköpare")).isEmpty();
    }
  }

  @Test
  default void aSignOffIsStoredWithItsAuditEntry() {
    try (Library lib = loadedWithPeople()) {
      User karl = user(lib, "karl", AccessRole.APPROVER);
      SignOff s = lib.training().record(karl, ines(1, TODAY.minusDays(3)));
      assertThat(s.personName()).isEqualTo("Ines Inköpare");
      assertThat(s.personKey()).isEqualTo("ines inköpare");
      assertThat(s.version()).isEqualTo(1);
      assertThat(s.trainedOn()).isEqualTo(LocalDate.of(2025, 5, 29));
      assertThat(s.validMonths()).isEqualTo(12);
      assertThat(s.trainer()).isEqualTo("karl");
      assertThat(s.recordedAt()).isEqualTo(Instant.parse("2025-06-01T08:00:00Z"));
      SignOff step =
          lib.training()
              .record(
                  karl,
                  new TrainingSignOffs.Request(
                      "Ines Inköpare", "purchase-approval", "4", 1, TODAY, 0));
      assertThat(lib.training().all()).containsExactly(s, step);
      assertThat(lib.training().ofPerson("ines inköpare")).containsExactly(step, s);
      assertThat(lib.training().ofPerson("erik ek")).isEmpty();
      List<AuditEntry> audit = lib.audit().latest(2, 0);
      assertThat(audit)
          .extracting(AuditEntry::action)
          .containsExactly("training-sign-off", "training-sign-off");
      assertThat(audit.get(0).target()).isEqualTo("process:purchase-approval@1");
      assertThat(audit.get(0).detail()).isEqualTo("record " + step.id() + ", step 4");
      assertThat(audit.get(1).detail()).isEqualTo("record " + s.id()).doesNotContain("Ines");
    }
  }

  @Test
  default void theOwnersPeopleTrainOthersButNobodyTrainsThemselves() {
    try (Library lib = loadedWithPeople()) {
      User erik = user(lib, "erik", AccessRole.READER);
      User ines = user(lib, "ines", AccessRole.APPROVER);
      User rut = user(lib, "rut", AccessRole.AUTHOR);
      // Erik holds the owner role (Ekonomichef): a trainer of this process, though a reader.
      assertThat(lib.training().record(erik, ines(1, TODAY)).trainer()).isEqualTo("erik");
      // Ines is an approver, but not for her own training.
      assertThatThrownBy(() -> lib.training().record(ines, ines(1, TODAY)))
          .isInstanceOf(LibraryException.class)
          .hasMessageContaining("nobody signs off their own training")
          .extracting(e -> ((LibraryException) e).reason())
          .isEqualTo(LibraryException.Reason.FORBIDDEN);
      // Rut is an author without the owner role: no trainer.
      assertThatThrownBy(() -> lib.training().record(rut, ines(1, TODAY)))
          .extracting(e -> ((LibraryException) e).reason())
          .isEqualTo(LibraryException.Reason.FORBIDDEN);
      assertThat(lib.training().all()).hasSize(1);
    }
  }

  @Test
  default void badSignOffsStoreNothing() {
    try (Library lib = loadedWithPeople()) {
      User karl = user(lib, "karl", AccessRole.APPROVER);
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      String source = lib.current("purchase-approval").orElseThrow().source();
      SaveResult r =
          lib.processes()
              .save(eva, "purchase-approval", 1, source.replace("20 min", "25 min"), "utkast");
      int draft = ((SaveResult.Saved) r).version().version();
      record Case(TrainingSignOffs.Request request, LibraryException.Reason reason) {}
      List<Case> cases =
          List.of(
              new Case(ines(draft, TODAY), LibraryException.Reason.NOT_FOUND),
              new Case(ines(9, TODAY), LibraryException.Reason.NOT_FOUND),
              new Case(
                  new TrainingSignOffs.Request("Ines Inköpare", "no-such", "", 1, TODAY, 0),
                  LibraryException.Reason.NOT_FOUND),
              new Case(
                  new TrainingSignOffs.Request(
                      "Okänd Person", "purchase-approval", "", 1, TODAY, 0),
                  LibraryException.Reason.INVALID),
              new Case(
                  new TrainingSignOffs.Request(
                      "Ines Inköpare", "purchase-approval", "99", 1, TODAY, 0),
                  LibraryException.Reason.INVALID),
              new Case(ines(1, TODAY.plusDays(2)), LibraryException.Reason.INVALID),
              new Case(ines(1, LocalDate.of(1999, 12, 31)), LibraryException.Reason.INVALID),
              new Case(
                  new TrainingSignOffs.Request(
                      "Ines Inköpare", "purchase-approval", "", 1, TODAY, 121),
                  LibraryException.Reason.INVALID));
      for (Case c : cases) {
        assertThatThrownBy(() -> lib.training().record(karl, c.request()))
            .as(c.request().toString())
            .isInstanceOf(LibraryException.class)
            .extracting(e -> ((LibraryException) e).reason())
            .isEqualTo(c.reason());
      }
      assertThat(lib.training().all()).isEmpty();
      assertThat(lib.audit().latest(50, 0))
          .extracting(AuditEntry::action)
          .doesNotContain("training-sign-off");
    }
  }
}
