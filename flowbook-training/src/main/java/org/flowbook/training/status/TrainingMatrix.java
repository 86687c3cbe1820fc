package org.flowbook.training.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;

/**
 * People × processes: where each person stands with each process their roles must know.
 *
 * @param people the rows, in the order listed in the organization
 * @param processes the columns: every process some person must know, in landscape order
 * @param cells {@code cells.get(row).get(column)}
 * @param asOf the day validity is judged on
 * @param problems what was wrong with the records (unknown people, processes, versions)
 */
public record TrainingMatrix(
    List<Person> people,
    List<Column> processes,
    List<List<Cell>> cells,
    LocalDate asOf,
    List<Problem> problems) {

  /** A process column and the version that is current. */
  public record Column(String processId, String title, String currentVersion) {}

  public TrainingMatrix {
    people = List.copyOf(people);
    processes = List.copyOf(processes);
    cells = List.copyOf(cells);
    problems = List.copyOf(problems);
  }

  public Cell cell(int person, int process) {
    return cells.get(person).get(process);
  }

  /** How many cells have each status (NOT_REQUIRED included). */
  public Map<TrainingStatus, Integer> counts() {
    Map<TrainingStatus, Integer> m = new EnumMap<>(TrainingStatus.class);
    for (TrainingStatus s : TrainingStatus.values()) {
      m.put(s, 0);
    }
    for (List<Cell> row : cells) {
      for (Cell c : row) {
        m.merge(c.status(), 1, Integer::sum);
      }
    }
    return m;
  }

  /** The counts of one column. */
  public Map<TrainingStatus, Integer> counts(int process) {
    Map<TrainingStatus, Integer> m = new EnumMap<>(TrainingStatus.class);
    for (TrainingStatus s : TrainingStatus.values()) {
      m.put(s, 0);
    }
    for (List<Cell> row : cells) {
      m.merge(row.get(process).status(), 1, Integer::sum);
    }
    return m;
  }

  /** The status of a person (by name, case-insensitive) in a process, if both are in the matrix. */
  public java.util.Optional<Cell> find(String person, String processId) {
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).name().equalsIgnoreCase(person.strip())) {
        for (int j = 0; j < processes.size(); j++) {
          if (processes.get(j).processId().equals(processId)) {
            return java.util.Optional.of(cell(i, j));
          }
        }
      }
    }
    return java.util.Optional.empty();
  }
}
