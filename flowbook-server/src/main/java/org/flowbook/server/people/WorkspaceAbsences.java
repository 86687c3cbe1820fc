package org.flowbook.server.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.AbsenceSources;
import org.flowbook.repository.Library;
import org.flowbook.repository.people.PeopleStore;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.User;

/**
 * Loads the absence files of a workspace folder ({@code frånvaro.flow}, CSV, {@code .ics}) into the
 * library, read as {@code flowbook cover} reads them; a file with an error contributes nothing. The
 * library is the truth about absences from then on (decision 0609): an absence already stored is
 * skipped, so importing the same folder again — or a workspace export, whose {@code frånvaro.csv}
 * holds the library's absences — adds nothing twice, and nothing stored is ever removed.
 */
public final class WorkspaceAbsences {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(WorkspaceAbsences.class);

  /** How far recurring calendar events are expanded. */
  private static final int YEARS_AHEAD = 3;

  private WorkspaceAbsences() {}

  /** The problems of the files; the absences without errors are stored. */
  public static List<Problem> importFolder(Library library, User actor, Path dir) {
    if (!Files.isDirectory(dir)) {
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
    List<PeopleStore.AbsenceRow> rows = new ArrayList<>();
    for (Absence a : loaded.absences().all()) {
      rows.add(new PeopleStore.AbsenceRow(a.person(), a.from(), a.to()));
    }
    try {
      library.people().importAbsences(actor, rows);
    } catch (LibraryException e) {
      // All or nothing: one bad period stores none of them; the server still starts.
      LOG.warn("no absences imported from {}: {}", dir, e.getMessage());
    }
    return loaded.problems();
  }
}
