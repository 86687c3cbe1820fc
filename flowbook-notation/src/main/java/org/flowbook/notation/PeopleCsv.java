package org.flowbook.notation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Reads people exported from an HR system: columns name, e-mail and roles, with Swedish or English
 * headers ({@code namn;e-post;roller}), optionally a working time ({@code omfattning}). Several
 * roles in one field are separated by {@code |} or by the other separator ({@code ,} in a {@code ;}
 * file). A file with any error yields no people at all: nothing is half-imported.
 */
public final class PeopleCsv {
  static final List<String> NAME = List.of("name", "namn", "full name", "fullständigt namn");
  static final List<String> EMAIL = List.of("e-mail", "email", "e-post", "epost", "mail");
  static final List<String> ROLES = List.of("roles", "role", "roller", "roll", "befattning");
  static final List<String> WORKING_TIME =
      List.of("working time", "employment", "omfattning", "tjänstgöringsgrad");

  private PeopleCsv() {}

  /** The people of the file and the problems; the list is empty when there is any error. */
  public record Result(List<Person> people, List<Problem> problems) {
    public Result {
      people = List.copyOf(people);
      problems = List.copyOf(problems);
    }
  }

  public static Result parse(SourceText src) {
    CsvTable table = CsvTable.parse(src);
    List<Problem> problems = new ArrayList<>(table.problems());
    Map<String, List<String>> required = new LinkedHashMap<>();
    required.put("the name (name/namn)", NAME);
    required.put("the roles (roles/roller)", ROLES);
    Optional<int[]> cols =
        table.columns().isEmpty() ? Optional.empty() : table.require(required, problems);
    if (cols.isEmpty() || table.hasErrors()) {
      return new Result(List.of(), problems);
    }
    int name = cols.get()[0];
    int roles = cols.get()[1];
    int email = table.column(EMAIL);
    int working = table.column(WORKING_TIME);
    char inner = table.separator() == ';' ? ',' : '|';
    List<Person> people = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      SourceLocation at = row.at(src.file());
      String n = row.get(name);
      if (n.isBlank()) {
        problems.add(
            Problem.error(
                "csv-empty-name", "the row has no name", "fill in the name or remove the row", at));
        continue;
      }
      Map<Keyword, String> fields = new LinkedHashMap<>();
      Map<Keyword, SourceLocation> fieldAt = new LinkedHashMap<>();
      fields.put(Keyword.ROLES, row.get(roles).replace(inner, ',').replace('|', ','));
      fieldAt.put(Keyword.ROLES, at);
      if (email >= 0 && !row.get(email).isBlank()) {
        fields.put(Keyword.EMAIL, row.get(email));
        fieldAt.put(Keyword.EMAIL, at);
      }
      if (working >= 0 && !row.get(working).isBlank()) {
        String w = row.get(working);
        fields.put(Keyword.WORKING_TIME, w.contains("%") ? w : w + " %");
        fieldAt.put(Keyword.WORKING_TIME, at);
      }
      people.add(PersonFields.person(n, at, fields, fieldAt, problems));
    }
    boolean failed = problems.stream().anyMatch(Problem::isError);
    return new Result(failed ? List.of() : people, problems);
  }
}
