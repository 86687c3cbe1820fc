package org.flowbook.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.model.Problem;
import org.flowbook.model.Workspace;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;

/** A small held workspace in the notation, small enough to check every report by hand. */
final class Fixtures {
  private Fixtures() {}

  static final String ORG =
      """
      organisation: Test kommun
      språk: sv

      roll: Handläggare
      roll: Ekonom
      roll: Ekonomichef

      system: Raindance
      dokument: Faktura
      dokument: Ansökan

      regelverk: Bokföringslagen
        förkortning: BFL
        - 5:6: Det ska finnas en verifikation för varje affärshändelse.
        - 7:2: Räkenskapsinformation ska bevaras i sju år.
      regelverk: Dataskyddsförordningen
        förkortning: GDPR
        - Art. 30: Register över behandling.
        - Art. 32: Säkerhet i samband med behandlingen.
      """;

  /** Pays invoices: two controls cover BFL 5:6. */
  static final String INVOICES =
      """
      process: Leverantörsfakturor
      id: fakturor
      språk: sv

      1. Registrera fakturan   [Ekonom]
         - Skanna in fakturan.
         system: Raindance
         indata: Faktura
         kontroll: Kontering granskas (BFL 5:6)

      2. Attestera   [Ekonomichef]
         - Attestera enligt attestordningen.
         system: Raindance
         kontroll: Attest (BFL 5:6)
      """;

  /** Decides applications: access control covers GDPR Art. 32; nothing covers BFL 7:2. */
  static final String APPLICATIONS =
      """
      process: Ansökningar
      id: ansokan
      språk: sv

      1. Ta emot ansökan   [Handläggare]
         - Diarieför ansökan.
         indata: Ansökan
         kontroll: Behörighetskontroll (GDPR Art. 32)

      2. Besluta   [Handläggare]
         - Fatta beslut.
         kontroll: Attest (BFL 5:6)
      """;

  static Workspace workspace(Path dir) {
    return workspace(dir, ORG, INVOICES, APPLICATIONS);
  }

  static Workspace workspace(Path dir, String org, String... processes) {
    LoadedWorkspace ws = load(dir, org, processes);
    if (ws.hasErrors()) {
      throw new AssertionError(ws.problems().stream().filter(Problem::isError).toList());
    }
    return ws.workspace();
  }

  /** The workspace with whatever problems it has (a report is still written for it). */
  static LoadedWorkspace load(Path dir, String org, String... processes) {
    try {
      Files.writeString(dir.resolve("organization.flow"), org, StandardCharsets.UTF_8);
      for (int i = 0; i < processes.length; i++) {
        Files.writeString(dir.resolve("p" + i + ".flow"), processes[i], StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return WorkspaceLoader.loadFolder(dir);
  }
}
