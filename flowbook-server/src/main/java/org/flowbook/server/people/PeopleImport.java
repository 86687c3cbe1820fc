package org.flowbook.server.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.model.Role;
import org.flowbook.model.RoleShare;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;
import org.flowbook.notation.OrganizationDocument;
import org.flowbook.notation.OrganizationFormatter;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.notation.PeopleCsv;
import org.flowbook.notation.SourceText;
import org.flowbook.repository.Library;
import org.flowbook.repository.people.PeopleStore;
import org.flowbook.repository.users.User;

/**
 * People exported from an HR system (CSV: name, e-mail, roles, optionally working time; Swedish or
 * English headers) merged into the library's people file. A person already in the file keeps who
 * covers for them, and their working time when the file has no such column; their e-mail and roles
 * come from the file. A person declared in {@code organization.flow} is left alone (that text is
 * the administrator's). People not in the file are kept: an HR export of one department must not
 * erase the others (erasing someone is its own, audited act). The preview shows exactly what would
 * change; applying stores it in one transaction, only if nobody changed the people in between.
 */
public final class PeopleImport {
  /** The name the problems give the uploaded file. */
  public static final String FILE = "personer.csv";

  private PeopleImport() {}

  /** What happens to one person of the file. */
  public enum Kind {
    ADDED,
    CHANGED,
    UNCHANGED,
    /** Declared in organization.flow: not touched. */
    SKIPPED
  }

  /** One person of the file and what the import does with them. */
  public record Change(Kind kind, Person person, List<String> what) {
    public Change {
      what = List.copyOf(what);
    }
  }

  /**
   * The outcome of reading a file against the stored people.
   *
   * @param text the people file after the import (empty when there are errors)
   * @param base the fingerprint of the people file the preview was made against
   * @param kept people in the library that the file does not name (they stay)
   */
  public record Preview(
      List<Problem> problems, List<Change> changes, int kept, String text, String base) {
    public Preview {
      problems = List.copyOf(problems);
      changes = List.copyOf(changes);
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }

    public long count(Kind kind) {
      return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Something to store: no errors and someone added or changed. */
    public boolean applicable() {
      return !hasErrors() && (count(Kind.ADDED) + count(Kind.CHANGED)) > 0;
    }

    /** For the audit log, which never names people: "3 added, 2 changed". */
    public String summary() {
      return count(Kind.ADDED) + " added, " + count(Kind.CHANGED) + " changed";
    }
  }

  /** Reads the bytes (any encoding is checked: non-UTF-8 is a located error) and compares. */
  public static Preview preview(Library library, byte[] csv) {
    return preview(library, SourceText.decode(FILE, csv));
  }

  static Preview preview(Library library, SourceText src) {
    String stored = library.people().source();
    String base = PeopleStore.baseOf(stored);
    PeopleCsv.Result read = PeopleCsv.parse(src);
    List<Problem> problems = new ArrayList<>(read.problems());
    if (read.problems().stream().anyMatch(Problem::isError)) {
      return new Preview(problems, List.of(), 0, "", base);
    }
    OrganizationDocument file = OrganizationParser.parse("personer.flow", stored);
    Organization org = library.organization();
    Map<String, Person> inFile = new LinkedHashMap<>();
    file.organization().people().forEach(p -> inFile.put(p.key(), p));
    boolean workingTimeColumn = hasWorkingTimeColumn(src);
    Map<String, Person> seen = new HashMap<>();
    List<Change> changes = new ArrayList<>();
    Map<String, Person> result = new LinkedHashMap<>(inFile);
    List<String> roleNames = org.roles().stream().map(Role::name).toList();
    for (Person p : read.people()) {
      Person first = seen.putIfAbsent(p.key(), p);
      if (first != null) {
        problems.add(
            Problem.error(
                "duplicate-person",
                "'" + p.name() + "' is listed twice (first at " + first.at() + ")",
                "keep one entry; two people with the same name need something to tell them apart,"
                    + " e.g. 'Anna Berg (Västerås)'",
                p.at()));
        continue;
      }
      for (RoleShare r : p.roles()) {
        if (org.role(r.role()).isEmpty()) {
          problems.add(
              Problem.error(
                  "unknown-role",
                  "'" + p.name() + "' holds role '" + r.role() + "', which is not declared",
                  Suggestions.hint(r.role(), roleNames, "organization.flow"),
                  p.at()));
        }
      }
      Person old = inFile.get(p.key());
      if (old == null && org.person(p.name()).isPresent()) {
        changes.add(new Change(Kind.SKIPPED, org.person(p.name()).get(), List.of()));
        continue;
      }
      if (old == null) {
        result.put(p.key(), p);
        changes.add(new Change(Kind.ADDED, p, List.of()));
        continue;
      }
      Person merged =
          new Person(
              old.name(),
              p.email().isEmpty() ? old.email() : p.email(),
              p.roles(),
              workingTimeColumn ? p.workingTime() : old.workingTime(),
              old.coveredBy(),
              old.at());
      List<String> what = differences(old, merged);
      result.put(p.key(), merged);
      changes.add(new Change(what.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, merged, what));
    }
    int kept = (int) inFile.keySet().stream().filter(k -> !seen.containsKey(k)).count();
    if (problems.stream().anyMatch(Problem::isError)) {
      return new Preview(problems, changes, kept, "", base);
    }
    String text =
        OrganizationFormatter.format(
            new Organization(
                "",
                file.organization().language(),
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                SourceLocation.UNKNOWN,
                List.copyOf(result.values())));
    return new Preview(problems, changes, kept, text, base);
  }

  /**
   * Stores what {@link #preview} computed for the same bytes, if the people are still those it was
   * computed against ({@code base}); recorded in the audit log.
   *
   * @return the preview, whose problems say why nothing was stored when it has errors
   */
  public static Preview apply(Library library, User admin, byte[] csv, String base) {
    Preview p = preview(library, csv);
    if (!p.applicable()) {
      return p;
    }
    List<Problem> stored = library.people().importSource(admin, p.text(), base, p.summary());
    if (stored.stream().anyMatch(Problem::isError)) {
      return new Preview(stored, p.changes(), p.kept(), "", p.base());
    }
    return p;
  }

  private static List<String> differences(Person a, Person b) {
    List<String> out = new ArrayList<>();
    if (!a.email().equals(b.email())) {
      out.add("email");
    }
    if (!a.roles().equals(b.roles())) {
      out.add("roles");
    }
    if (a.workingTime() != b.workingTime()) {
      out.add("workingTime");
    }
    return out;
  }

  /** Whether the header names a working-time column (else the stored working time is kept). */
  private static boolean hasWorkingTimeColumn(SourceText src) {
    Optional<String> header = src.lines().stream().filter(l -> !l.isBlank()).findFirst();
    if (header.isEmpty()) {
      return false;
    }
    for (String cell : header.get().split("[;,\t]")) {
      String c = cell.strip().replace("\"", "").toLowerCase(Locale.ROOT);
      if (List.of("working time", "employment", "omfattning", "tjänstgöringsgrad").contains(c)) {
        return true;
      }
    }
    return false;
  }
}
