package org.flowbook.server.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.AbsenceSources;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.User;

/**
 * Loads the absence files of a workspace folder ({@code frånvaro.flow}, CSV, {@code .ics}) into the
 * library, read as {@code flowbook cover} reads them; a file with an error contributes nothing.
 * Done once, into a library without absences, so that restarting does not register them twice.
 */
public final class WorkspaceAbsences {
  /** How far recurring calendar events are expanded. */
  private static final int YEARS_AHEAD = 3;

  private WorkspaceAbsences() {}

  /** The problems of the files; the absences without errors are stored. */
  public static List<Problem> importFolder(Library library, User actor, Path dir) {
    if (!Files.isDirectory(dir) || !library.people().all().isEmpty()) {
      return List.of();
    }
    List<Path> files;
    try {
      files = AbsenceSources.inWorkspace(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    LocalDate today = LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault());
    AbsenceSources.Loaded loaded =
        AbsenceSources.read(files, library.organization(), today.plusYears(YEARS_AHEAD));
    for (Absence a : loaded.absences().all()) {
      library.people().addAbsence(actor, a.person(), a.from(), a.to());
    }
    return loaded.problems();
  }
}
