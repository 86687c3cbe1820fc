package org.flowbook.people.absence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Problem;
import org.flowbook.notation.CsvTable;
import org.flowbook.notation.SourceText;

/**
 * Absences exported as CSV: columns person, from and to with Swedish or English headers ({@code
 * person;från;till}). Any other column (a reason, say) is ignored and never stored. A file with any
 * error gives no absences.
 */
public final class AbsenceCsv {
  private AbsenceCsv() {}

  public static AbsenceImport parse(SourceText src) {
    CsvTable table = CsvTable.parse(src);
    List<Problem> problems = new ArrayList<>(table.problems());
    Map<String, List<String>> required = new LinkedHashMap<>();
    required.put("the person (person/namn)", List.of("person", "namn", "name", "medarbetare"));
    required.put(
        "the first day (från/from)", List.of("från", "from", "start", "fr.o.m.", "from date"));
    required.put(
        "the last day (till/to)", List.of("till", "to", "slut", "end", "t.o.m.", "to date"));
    Optional<int[]> cols =
        table.columns().isEmpty() ? Optional.empty() : table.require(required, problems);
    if (cols.isEmpty()) {
      return new AbsenceImport(List.of(), problems);
    }
    int[] c = cols.get();
    List<Absence> absences = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String person = row.get(c[0]);
      Optional<LocalDate> from = Dates.date(row.get(c[1]));
      Optional<LocalDate> to = row.get(c[2]).isBlank() ? from : Dates.date(row.get(c[2]));
      if (person.isBlank() || from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
        problems.add(
            Problem.error(
                "bad-absence",
                person.isBlank()
                    ? "the row names no person"
                    : "'"
                        + AbsenceFile.abbreviate(row.get(c[1]) + " – " + row.get(c[2]))
                        + "' is not a period",
                "write the dates as 2027-07-05; the last day on or after the first",
                row.at(src.file())));
        continue;
      }
      absences.add(new Absence(person, from.get(), to.get(), row.at(src.file())));
    }
    return AbsenceImport.allOrNothing(absences, problems);
  }
}
