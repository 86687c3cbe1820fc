package org.flowbook.repository.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flowbook.model.Problem;
import org.flowbook.model.Status;
import org.flowbook.notation.Keyword;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.SourceText;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.CheckedText;
import org.flowbook.repository.process.ProcessVersion;
import org.flowbook.repository.process.TextChecker;
import org.flowbook.repository.users.User;

/**
 * Loads a workspace folder (or a zip of one) into the library: the organization, then each process
 * as a new version with the status its file declares (published when it declares none — a workspace
 * holds the documents in force). A {@code history/ID/N.flow} tree written by {@link
 * LibraryExporter} restores every version in order. Files with errors are left out and reported;
 * files equal to what is stored are skipped, so importing twice changes nothing.
 */
public final class WorkspaceImporter {
  private WorkspaceImporter() {}

  public static ImportReport importPath(Library library, User actor, Path path) {
    if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".zip")) {
      Path tmp = null;
      try {
        tmp = Files.createTempDirectory("flowbook-import");
        try (InputStream in = Files.newInputStream(path)) {
          SafeUnzip.extract(in, tmp);
        }
        return importFolder(library, actor, tmp);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
      } finally {
        SafeUnzip.deleteTree(tmp);
      }
    }
    return importFolder(library, actor, path);
  }

  public static ImportReport importFolder(Library library, User actor, Path dir) {
    List<String> imported = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Path orgFile = dir.resolve(WorkspaceLoader.ORGANIZATION_FILE);
    if (Files.isRegularFile(orgFile)) {
      String text = read(orgFile);
      List<Problem> orgProblems =
          sameOrganization(library, text) ? List.of() : library.setOrganization(actor, text);
      problems.addAll(orgProblems);
      if (orgProblems.stream().anyMatch(Problem::isError)) {
        return new ImportReport(imported, unchanged, problems);
      }
    }
    problems.addAll(importPeople(library, actor, dir));
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    Path history = dir.resolve("history");
    for (ProcessDocument doc : ws.requested()) {
      List<Problem> mine =
          ws.problems().stream()
              .filter(p -> p.location().file().equals(doc.source().file()))
              .filter(p -> !p.code().equals("no-organization"))
              .toList();
      problems.addAll(mine);
      if (!doc.hasProcess() || mine.stream().anyMatch(Problem::isError)) {
        continue;
      }
      if (Files.isDirectory(history.resolve(doc.process().id()))) {
        continue;
      }
      store(library, actor, doc, mine, imported, unchanged);
    }
    if (Files.isDirectory(history)) {
      for (Path processDir : list(history)) {
        for (Path f : versions(processDir)) {
          ProcessDocument doc =
              ProcessParser.parse(
                  SourceText.decode(f.toString(), read(f).getBytes(StandardCharsets.UTF_8)),
                  library.organization().language());
          problems.addAll(doc.problems());
          int number = Integer.parseInt(f.getFileName().toString().replace(".flow", ""));
          if (doc.hasProcess()
              && library.processes().version(doc.process().id(), number).isPresent()) {
            unchanged.add(doc.process().id());
          } else if (doc.hasProcess() && !doc.hasErrors()) {
            store(library, actor, doc, doc.problems(), imported, unchanged);
          }
        }
      }
    }
    return new ImportReport(imported, unchanged, problems);
  }

  private static void store(
      Library library,
      User actor,
      ProcessDocument doc,
      List<Problem> problems,
      List<String> imported,
      List<String> unchanged) {
    String id = doc.process().id();
    Status status =
        doc.declared().contains(Keyword.STATUS) ? doc.process().status() : Status.PUBLISHED;
    String canonical = TextChecker.canonical(doc);
    Optional<ProcessVersion> latest =
        library
            .processes()
            .summary(id)
            .flatMap(s -> library.processes().version(id, s.latestVersion()));
    if (latest.isPresent()
        && latest.get().source().equals(canonical)
        && latest.get().info().status() == status) {
      unchanged.add(id);
      return;
    }
    library.processes().restore(actor, new CheckedText(doc, canonical, problems), status, "import");
    if (!imported.contains(id)) {
      imported.add(id);
    }
  }

  /**
   * The people of {@code personer.flow}/{@code people.flow} and {@code personer.csv} as one stored
   * people file; a file with errors contributes nobody (as in a workspace), an unchanged one is
   * skipped.
   */
  private static List<Problem> importPeople(Library library, User actor, Path dir) {
    List<Problem> problems = new ArrayList<>();
    List<org.flowbook.model.Person> people = new ArrayList<>();
    org.flowbook.model.Language lang = library.organization().language();
    for (Path f : WorkspaceLoader.peopleFiles(dir)) {
      SourceText src = SourceText.decode(f.getFileName().toString(), readBytes(f));
      if (f.getFileName().toString().endsWith(".csv")) {
        org.flowbook.notation.PeopleCsv.Result r = org.flowbook.notation.PeopleCsv.parse(src);
        problems.addAll(r.problems());
        if (r.problems().stream().noneMatch(Problem::isError)) {
          people.addAll(r.people());
        }
      } else {
        var doc = org.flowbook.notation.OrganizationParser.parse(src);
        problems.addAll(doc.problems());
        if (!doc.hasErrors()) {
          people.addAll(doc.organization().people());
          lang = doc.organization().language();
        }
      }
    }
    if (people.isEmpty()) {
      return problems;
    }
    String text =
        org.flowbook.notation.OrganizationFormatter.format(
            new org.flowbook.model.Organization(
                "",
                lang,
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                org.flowbook.model.SourceLocation.UNKNOWN,
                people));
    if (!text.equals(library.people().source())) {
      problems.addAll(library.people().setSource(actor, text));
    }
    return problems;
  }

  private static byte[] readBytes(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  private static boolean sameOrganization(Library library, String text) {
    String stored = library.organizationSource();
    if (stored.isEmpty()) {
      return false;
    }
    return org.flowbook.notation.OrganizationFormatter.format(
            org.flowbook.notation.OrganizationParser.parse("organization.flow", text))
        .equals(stored);
  }

  private static List<Path> versions(Path processDir) {
    return list(processDir).stream()
        .filter(p -> p.getFileName().toString().matches("\\d{1,6}\\.flow"))
        .sorted(
            Comparator.comparingInt(
                p -> Integer.parseInt(p.getFileName().toString().replace(".flow", ""))))
        .toList();
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }
}
