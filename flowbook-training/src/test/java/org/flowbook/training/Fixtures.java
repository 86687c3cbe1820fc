package org.flowbook.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.WorkspaceLoader;

/** Small hand-made workspaces and versions written in the notation. */
final class Fixtures {
  private Fixtures() {}

  static final String ORG =
      """
      organisation: Test AB
      språk: sv

      roll: Beställare
      roll: Inköpare
        utbildning: Attestordningen; LOU, grundkurs
        giltig: 12 mån
      roll: Ekonomichef

      regelverk: Bokföringslagen
        förkortning: BFL
        - 5:6: Det ska finnas en verifikation för varje affärshändelse.

      person: Bo Ek
        roller: Beställare
      person: Emma Strand
        roller: Inköpare
      person: Oskar Nyberg
        roller: Inköpare, Beställare
      person: Maria Sandberg
        roller: Ekonomichef
      """;

  /** Version 1 of the purchasing process. */
  static final String V1 =
      """
      process: Inköp
      id: inkop
      version: 1
      språk: sv

      1. Fyll i anmodan   [Beställare]
         - Ange belopp och konto.

      2. Granska anmodan   [Inköpare]
         - Kontrollera budgeten.
         ansvarig: Ekonomichef
         kontroll: Attest enligt attestordningen (BFL 5:6)

      3. Godkänn inköpet   [Ekonomichef]
         - Pröva mot likviditetsplanen.
         informeras: Inköpare
      """;

  static Workspace workspace(Path dir, String... processes) {
    try {
      Files.writeString(dir.resolve("organization.flow"), ORG, StandardCharsets.UTF_8);
      for (int i = 0; i < processes.length; i++) {
        Files.writeString(dir.resolve("p" + i + ".flow"), processes[i], StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    if (ws.hasErrors()) {
      throw new AssertionError(ws.problems().stream().filter(Problem::isError).toList());
    }
    return ws.workspace();
  }

  static Process process(String text) {
    ProcessDocument doc = ProcessParser.parse("p.flow", text);
    if (doc.hasErrors()) {
      throw new AssertionError(doc.problems());
    }
    return doc.process();
  }

  /** V1 with one line replaced, as a new version labelled {@code version}. */
  static Process edit(String version, String from, String to) {
    if (!V1.contains(from)) {
      throw new AssertionError("V1 has no '" + from + "'");
    }
    return process(V1.replace("version: 1", "version: " + version).replace(from, to));
  }
}
