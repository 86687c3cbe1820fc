package org.flowbook.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.evidence.EvidenceFile;
import org.flowbook.repository.evidence.EvidenceRecord;
import org.flowbook.repository.evidence.EvidenceStore;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;

/**
 * Evidence on every database the library runs on (H2 and PostgreSQL): a file and a record come back
 * byte for byte with their audit entries; an auditor, someone else's file, a control no step names
 * and bad values are refused, storing nothing.
 */
interface EvidenceContract {
  Library freshLibrary();

  private Library loaded() {
    Library lib = freshLibrary();
    WorkspaceImporter.importPath(lib, Library.SYSTEM, LibraryContract.workspace());
    return lib;
  }

  private static User user(Library lib, String name, AccessRole role) {
    return lib.users()
        .create(Library.SYSTEM.username(), name, name, role, "secret-password-" + name);
  }

  private static EvidenceStore.Request request(String period, String note, Long file) {
    return new EvidenceStore.Request("Löpnummer", "supplier-invoices", period, note, file);
  }

  @Test
  default void aFileAndItsRecordComeBackWithTheirAuditEntries() {
    try (Library lib = loaded()) {
      User rut = user(lib, "rut", AccessRole.READER);
      byte[] pdf =
          "%PDF-1.7\n% every byte kept: \u00e5\u00e4\u00f6\n".getBytes(StandardCharsets.UTF_8);
      EvidenceFile f = lib.evidence().upload(rut, "löpnummer-nov.pdf", "application/pdf", pdf);
      assertThat(f.size()).isEqualTo(pdf.length);
      assertThat(f.uploadedBy()).isEqualTo("rut");
      assertThat(f.sha256()).hasSize(64);
      assertThat(lib.evidence().content(f.id())).hasValue(pdf);

      EvidenceRecord r =
          lib.evidence().record(rut, request(" 2025-05 ", "Serien obruten 1041–1187.", f.id()));
      assertThat(r.period()).isEqualTo("2025-05");
      assertThat(r.control()).isEqualTo("Löpnummer");
      assertThat(r.file()).hasValue(f);
      assertThat(r.recordedName()).isEqualTo("rut");
      assertThat(r.recordedAt()).isEqualTo(Instant.parse("2025-06-01T08:00:00Z"));
      EvidenceRecord noteOnly =
          lib.evidence().record(rut, request("2025-04", "Kontrollerad.", null));
      assertThat(noteOnly.file()).isEmpty();
      assertThat(lib.evidence().all()).containsExactly(noteOnly, r);
      assertThat(lib.evidence().find(r.id())).hasValue(r);

      List<AuditEntry> audit = lib.audit().latest(3, 0);
      assertThat(audit)
          .extracting(AuditEntry::action)
          .containsExactly("evidence-record", "evidence-record", "evidence-upload");
      assertThat(audit.get(1).target()).isEqualTo("process:supplier-invoices");
      assertThat(audit.get(1).detail())
          .isEqualTo("record " + r.id() + ", control Löpnummer, period 2025-05, file " + f.id());
      assertThat(audit.get(2).target()).isEqualTo("evidence-file:" + f.id());
      assertThat(
              lib.audit()
                  .between(
                      Instant.parse("2025-06-01T00:00:00Z"),
                      Instant.parse("2025-06-02T00:00:00Z"),
                      100))
          .extracting(AuditEntry::action)
          .endsWith("evidence-upload", "evidence-record", "evidence-record");
      assertThat(
              lib.audit()
                  .between(
                      Instant.parse("2025-06-02T00:00:00Z"),
                      Instant.parse("2025-07-01T00:00:00Z"),
                      100))
          .isEmpty();
    }
  }

  @Test
  default void theControlsAreThoseOnThePublishedSteps() {
    try (Library lib = loaded()) {
      assertThat(
              lib.evidence().controls(lib.processes().summary("supplier-invoices").orElseThrow()))
          .containsExactly("Löpnummer");
      assertThat(
              lib.evidence().controls(lib.processes().summary("purchase-approval").orElseThrow()))
          .containsExactly("Budgetkontroll");
    }
  }

  @Test
  default void refusedEvidenceStoresNothing() {
    try (Library lib = loaded()) {
      User rut = user(lib, "rut", AccessRole.READER);
      User eva = user(lib, "eva", AccessRole.AUTHOR);
      User aud = user(lib, "aud", AccessRole.AUDITOR);
      byte[] text = "kontrollerat".getBytes(StandardCharsets.UTF_8);
      EvidenceFile evas = lib.evidence().upload(eva, "eva.txt", "text/plain", text);
      long before = lib.audit().changeMark().entries();
      record Case(User who, EvidenceStore.Request request, LibraryException.Reason reason) {}
      List<Case> cases =
          List.of(
              new Case(
                  aud, request("2025-05", "granskat", null), LibraryException.Reason.FORBIDDEN),
              new Case(rut, request("2025-05", "", evas.id()), LibraryException.Reason.FORBIDDEN),
              new Case(rut, request("2025-05", "", 999_999L), LibraryException.Reason.NOT_FOUND),
              new Case(rut, request("2025-05", "", null), LibraryException.Reason.INVALID),
              new Case(rut, request("", "x", null), LibraryException.Reason.INVALID),
              new Case(rut, request("2025\n05", "x", null), LibraryException.Reason.INVALID),
              new Case(rut, request("x".repeat(101), "x", null), LibraryException.Reason.INVALID),
              new Case(
                  rut, request("2025-05", "x".repeat(2001), null), LibraryException.Reason.INVALID),
              new Case(
                  rut,
                  new EvidenceStore.Request("Attest", "supplier-invoices", "2025-05", "x", null),
                  LibraryException.Reason.INVALID),
              new Case(
                  rut,
                  new EvidenceStore.Request("Löpnummer", "no-such", "2025-05", "x", null),
                  LibraryException.Reason.NOT_FOUND));
      for (Case c : cases) {
        assertThatThrownBy(() -> lib.evidence().record(c.who(), c.request()))
            .as(c.toString())
            .isInstanceOf(LibraryException.class)
            .extracting(e -> ((LibraryException) e).reason())
            .isEqualTo(c.reason());
      }
      assertThatThrownBy(() -> lib.evidence().upload(aud, "a.txt", "text/plain", text))
          .extracting(e -> ((LibraryException) e).reason())
          .isEqualTo(LibraryException.Reason.FORBIDDEN);
      for (String bad : new String[] {"../../etc/passwd", "a\\b.txt", "..", ""}) {
        assertThatThrownBy(() -> lib.evidence().upload(rut, bad, "text/plain", text))
            .as(bad)
            .extracting(e -> ((LibraryException) e).reason())
            .isEqualTo(LibraryException.Reason.INVALID);
      }
      assertThatThrownBy(() -> lib.evidence().upload(rut, "empty.txt", "text/plain", new byte[0]))
          .extracting(e -> ((LibraryException) e).reason())
          .isEqualTo(LibraryException.Reason.INVALID);
      assertThat(lib.evidence().all()).isEmpty();
      assertThat(lib.audit().changeMark().entries()).isEqualTo(before);

      // A file is attached once.
      lib.evidence().record(eva, request("2025-05", "", evas.id()));
      assertThatThrownBy(() -> lib.evidence().record(eva, request("2025-06", "", evas.id())))
          .extracting(e -> ((LibraryException) e).reason())
          .isEqualTo(LibraryException.Reason.CONFLICT);
      assertThat(lib.evidence().all()).hasSize(1);
    }
  }
}
