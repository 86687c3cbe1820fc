package org.flowbook.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Workspace;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.Absences;

/** Small workspaces written in the notation, for hand-computed coverage cases. */
final class Fixtures {
  private Fixtures() {}

  static Workspace workspace(Path dir, String organization, String... processes) {
    try {
      Files.writeString(dir.resolve("organization.flow"), organization, StandardCharsets.UTF_8);
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

  /** Absences written "Anna Berg 2027-08-16 2027-08-18". */
  static Absences away(String... lines) {
    List<Absence> list = new ArrayList<>();
    for (String l : lines) {
      String[] parts = l.split(" ");
      int n = parts.length;
      String name = String.join(" ", List.of(parts).subList(0, n - 2));
      list.add(
          new Absence(
              name,
              LocalDate.parse(parts[n - 2]),
              LocalDate.parse(parts[n - 1]),
              SourceLocation.UNKNOWN));
    }
    return Absences.of(list);
  }
}
