package org.flowbook.notation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.flowbook.model.Language;
import org.flowbook.model.Locator;
import org.flowbook.model.MessageChecks;
import org.flowbook.model.ModelValidator;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Workspace;

/**
 * Reads workspaces from disk. A workspace is a folder with {@code organization.flow} and the
 * process files directly in it (sub-folders and other files are not part of it). A lone process
 * file uses the {@code organization.flow} of its own folder or the nearest parent folder, so a
 * changed copy can live in e.g. {@code examples/changes/} without joining the workspace.
 */
public final class WorkspaceLoader {
  public static final String ORGANIZATION_FILE = "organization.flow";
  public static final String EXTENSION = ".flow";

  /** The people file beside {@code organization.flow}: {@code person:} entries only. */
  public static final List<String> PEOPLE_FILES = List.of("personer.flow", "people.flow");

  /** People exported from an HR system (name, e-mail, roles). */
  public static final List<String> PEOPLE_CSV = List.of("personer.csv", "people.csv");

  /** Absences, read by the people module; not processes. */
  public static final List<String> ABSENCE_FILES = List.of("frånvaro.flow", "absences.flow");

  private WorkspaceLoader() {}

  /** Loads a workspace folder and validates every process in it. */
  public static LoadedWorkspace loadFolder(Path dir) {
    Path org = dir.resolve(ORGANIZATION_FILE);
    List<Problem> problems = new ArrayList<>();
    Map<String, SourceText> sources = new HashMap<>();
    OrganizationDocument orgDoc;
    if (Files.isRegularFile(org)) {
      orgDoc = OrganizationParser.parse(read(org, sources));
    } else {
      orgDoc = missingOrganization(dir, problems);
    }
    problems.addAll(orgDoc.problems());
    Organization model = withPeople(dir, orgDoc, problems, sources);
    List<ProcessDocument> docs = new ArrayList<>();
    for (Path f : processFiles(dir)) {
      docs.add(ProcessParser.parse(read(f, sources), orgDoc.organization().language()));
    }
    return assemble(dir, orgDoc, model, docs, docs, problems, sources);
  }

  /**
   * Loads one process file with the organization found beside or above it (or {@code orgOverride}),
   * and the processes of that organization's folder so calls can be checked.
   */
  public static LoadedWorkspace loadFile(Path file, Path orgOverride) {
    List<Problem> problems = new ArrayList<>();
    Map<String, SourceText> sources = new HashMap<>();
    Path org = orgOverride != null ? orgOverride : findOrganization(file).orElse(null);
    OrganizationDocument orgDoc;
    Organization model;
    Path root;
    if (org != null && Files.isRegularFile(org)) {
      orgDoc = OrganizationParser.parse(read(org, sources));
      problems.addAll(orgDoc.problems());
      root = org.toAbsolutePath().getParent();
      model =
          withPeople(
              org.getParent() == null ? Path.of(".") : org.getParent(), orgDoc, problems, sources);
    } else {
      root = file.toAbsolutePath().getParent();
      orgDoc =
          missingOrganization(file.getParent() == null ? Path.of(".") : file.getParent(), problems);
      model = orgDoc.organization();
    }
    ProcessDocument doc =
        ProcessParser.parse(read(file, sources), orgDoc.organization().language());
    List<ProcessDocument> all = new ArrayList<>();
    all.add(doc);
    if (org != null
        && !sameFile(org.toAbsolutePath().getParent(), file.toAbsolutePath().getParent())) {
      Map<String, SourceText> siblingSources = new HashMap<>();
      for (Path f : processFiles(org.toAbsolutePath().getParent())) {
        ProcessDocument sibling =
            ProcessParser.parse(read(f, siblingSources), orgDoc.organization().language());
        if (sibling.hasProcess()
            && doc.hasProcess()
            && !sibling.process().id().equals(doc.process().id())) {
          all.add(sibling);
        }
      }
    } else if (org != null) {
      for (Path f : processFiles(root)) {
        if (!sameFile(f, file)) {
          ProcessDocument sibling =
              ProcessParser.parse(read(f, new HashMap<>()), orgDoc.organization().language());
          all.add(sibling);
        }
      }
    }
    return assemble(root, orgDoc, model, List.of(doc), all, problems, sources);
  }

  /** Loads a path given on the command line: a workspace folder or a single process file. */
  public static LoadedWorkspace load(Path path, Path orgOverride) {
    if (Files.isDirectory(path)) {
      return loadFolder(path);
    }
    return loadFile(path, orgOverride);
  }

  /** The organization file of the folder or the nearest parent folder that has one. */
  public static Optional<Path> findOrganization(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    while (dir != null) {
      Path candidate = dir.resolve(ORGANIZATION_FILE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(file.isAbsolute() ? candidate : relativize(candidate));
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** The process files of a workspace folder, sorted by name. */
  public static List<Path> processFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(EXTENSION))
          .filter(f -> !isReserved(f.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a file name in a workspace folder is something other than a process. */
  public static boolean isReserved(String fileName) {
    return fileName.equals(ORGANIZATION_FILE)
        || PEOPLE_FILES.contains(fileName)
        || ABSENCE_FILES.contains(fileName);
  }

  /** The people files of a workspace folder that exist ({@code .flow} first, then CSV). */
  public static List<Path> peopleFiles(Path dir) {
    List<Path> found = new ArrayList<>();
    for (String name : PEOPLE_FILES) {
      if (Files.isRegularFile(dir.resolve(name))) {
        found.add(dir.resolve(name));
      }
    }
    for (String name : PEOPLE_CSV) {
      if (Files.isRegularFile(dir.resolve(name))) {
        found.add(dir.resolve(name));
      }
    }
    return found;
  }

  /**
   * The organization document with the people of the folder's people files joined in. The parsed
   * organization.flow stays as written for formatting; only the model gains the people.
   */
  private static Organization withPeople(
      Path dir,
      OrganizationDocument orgDoc,
      List<Problem> problems,
      Map<String, SourceText> sources) {
    List<org.flowbook.model.Person> extra = new ArrayList<>();
    for (Path f : peopleFiles(dir)) {
      SourceText src = read(f, sources);
      if (f.getFileName().toString().endsWith(".csv")) {
        PeopleCsv.Result r = PeopleCsv.parse(src);
        problems.addAll(r.problems());
        extra.addAll(r.people());
      } else {
        OrganizationDocument people = OrganizationParser.parse(src);
        problems.addAll(people.problems());
        problems.addAll(onlyPeople(people));
        extra.addAll(people.organization().people());
      }
    }
    if (extra.isEmpty() && orgDoc.organization().people().isEmpty()) {
      return orgDoc.organization();
    }
    return PeopleMerge.merge(orgDoc.organization(), extra, problems, orgDoc.statedHeadCounts());
  }

  /**
   * The organization with the people of a stored people file joined in, checked as a workspace's
   * are (the library keeps the two texts apart, as a workspace folder does).
   */
  public static Organization joinPeople(
      Organization org, OrganizationDocument people, List<Problem> problems) {
    problems.addAll(onlyPeople(people));
    List<org.flowbook.model.Person> extra = people.organization().people();
    if (extra.isEmpty() && org.people().isEmpty()) {
      return org;
    }
    return PeopleMerge.merge(org, extra, problems);
  }

  /** A people file lists people; roles, systems and the like belong in organization.flow. */
  private static List<Problem> onlyPeople(OrganizationDocument people) {
    Organization o = people.organization();
    if (o.roles().isEmpty()
        && o.systems().isEmpty()
        && o.documents().isEmpty()
        && o.regulations().isEmpty()
        && o.groups().isEmpty()) {
      return List.of();
    }
    return List.of(
        Problem.warning(
            "not-a-person",
            "the people file declares roles, systems, documents, regulations or groups; they are"
                + " ignored here",
            "move them to organization.flow; a people file holds only 'person:' entries",
            SourceLocation.file(people.source().file())));
  }

  private static LoadedWorkspace assemble(
      Path root,
      OrganizationDocument orgDoc,
      Organization org,
      List<ProcessDocument> requested,
      List<ProcessDocument> all,
      List<Problem> problems,
      Map<String, SourceText> sources) {
    Map<String, ProcessDocument> byId = new LinkedHashMap<>();
    for (ProcessDocument d : all) {
      if (!d.hasProcess()) {
        continue;
      }
      ProcessDocument first = byId.putIfAbsent(d.process().id(), d);
      if (first != null && requested.contains(d)) {
        problems.add(
            Problem.error(
                "duplicate-process",
                "process id '" + d.process().id() + "' is also used by " + first.source().file(),
                "give each process its own 'id:'",
                d.locator().locate("id", Locator.Part.HEADER, 0)));
      }
    }
    ModelValidator validator = new ModelValidator(org, byId.keySet());
    Map<String, Process> processesById = new LinkedHashMap<>();
    byId.forEach((id, d) -> processesById.put(id, d.process()));
    for (ProcessDocument d : requested) {
      problems.addAll(d.problems());
      if (d.hasProcess()) {
        problems.addAll(validator.validate(d.process(), d.locator()));
        problems.addAll(MessageChecks.check(d.process(), processesById));
      }
    }
    List<Process> processes = byId.values().stream().map(ProcessDocument::process).toList();
    Workspace ws = new Workspace(org, processes);
    return new LoadedWorkspace(root, orgDoc, requested, ws, problems, sources);
  }

  private static OrganizationDocument missingOrganization(Path dir, List<Problem> problems) {
    problems.add(
        Problem.error(
            "no-organization",
            "no " + ORGANIZATION_FILE + " in " + dir + " or a folder above it",
            "create one that declares the roles, systems and regulations, or pass --org FILE",
            SourceLocation.file(dir.resolve(ORGANIZATION_FILE).toString())));
    return new OrganizationDocument(
        Organization.empty(), Comments.none(), List.of(), SourceText.of("", ""));
  }

  private static SourceText read(Path path, Map<String, SourceText> sources) {
    String name = path.toString();
    try {
      SourceText text = SourceText.read(path, name);
      sources.put(name, text);
      return text;
    } catch (IOException e) {
      SourceText text = SourceText.decode(name, new byte[0]);
      sources.put(name, text);
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static Path relativize(Path absolute) {
    Path cwd = Path.of("").toAbsolutePath();
    try {
      return cwd.relativize(absolute);
    } catch (IllegalArgumentException e) {
      return absolute;
    }
  }

  static Language languageOf(OrganizationDocument doc) {
    return doc.organization().language();
  }
}
