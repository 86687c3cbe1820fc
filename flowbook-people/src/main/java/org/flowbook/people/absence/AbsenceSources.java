package org.flowbook.people.absence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;
import org.flowbook.notation.SourceText;
import org.flowbook.notation.WorkspaceLoader;

/**
 * Finds and reads the absences of a workspace: {@code frånvaro.flow}/{@code absences.flow}, {@code
 * frånvaro.csv}/{@code absences.csv} and every {@code .ics} file in the workspace folder, plus any
 * files given explicitly. Every absence must name a listed person.
 */
public final class AbsenceSources {
  public static final List<String> CSV_FILES = List.of("frånvaro.csv", "absences.csv");

  private AbsenceSources() {}

  /** The absences and all problems; a source with an error contributes nothing. */
  public record Loaded(Absences absences, List<Problem> problems, List<Path> files) {
    public Loaded {
      problems = List.copyOf(problems);
      files = List.copyOf(files);
    }
  }

  /** The absence files of a workspace folder, in a stable order. */
  public static List<Path> inWorkspace(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    for (String n : WorkspaceLoader.ABSENCE_FILES) {
      if (Files.isRegularFile(dir.resolve(n))) {
        found.add(dir.resolve(n));
      }
    }
    for (String n : CSV_FILES) {
      if (Files.isRegularFile(dir.resolve(n))) {
        found.add(dir.resolve(n));
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics"))
          .sorted()
          .forEach(found::add);
    }
    return found;
  }

  /**
   * Reads the files.
   *
   * @param horizon the last day of interest, bounding recurring calendar events
   */
  public static Loaded read(List<Path> files, Organization org, LocalDate horizon) {
    List<Absence> all = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> known =
        org.people().stream().map(p -> Absences.key(p.name())).collect(Collectors.toSet());
    for (Path f : files) {
      String name = f.toString();
      AbsenceImport imported;
      try {
        if (name.toLowerCase(Locale.ROOT).endsWith(".ics")) {
          imported = IcsReader.read(name, readBounded(f, IcsReader.MAX_BYTES), known, horizon);
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          imported = AbsenceCsv.parse(SourceText.read(f, name));
        } else {
          imported = AbsenceFile.parse(SourceText.read(f, name)).result();
        }
      } catch (IOException e) {
        problems.add(
            Problem.error(
                "unreadable-file",
                "cannot read " + name + ": " + e.getMessage(),
                "check the path and the file's permissions",
                SourceLocation.file(name)));
        continue;
      }
      problems.addAll(imported.problems());
      List<Absence> checked = new ArrayList<>();
      List<Problem> unknown = new ArrayList<>();
      for (Absence a : imported.absences()) {
        if (org.person(a.person()).isEmpty()) {
          unknown.add(
              Problem.error(
                  "unknown-person",
                  "'" + a.person() + "' is not a listed person",
                  Suggestions.hint(
                      a.person(), org.people().stream().map(Person::name).toList(), "people.flow"),
                  a.at()));
        } else {
          checked.add(a);
        }
      }
      problems.addAll(unknown);
      if (unknown.isEmpty()) {
        all.addAll(checked);
      }
    }
    return new Loaded(Absences.of(all), problems, files);
  }

  /** Reads at most {@code limit + 1} bytes, so that a huge file is refused without loading it. */
  static byte[] readBounded(Path f, int limit) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return in.readNBytes(limit + 1);
    }
  }
}
