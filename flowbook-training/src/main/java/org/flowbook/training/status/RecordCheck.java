package org.flowbook.training.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.model.Suggestions;
import org.flowbook.model.Workspace;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.version.ProcessHistory;
import org.flowbook.training.version.Versions;

/**
 * Names in records that the workspace does not know. They are warnings, not errors: an HR export
 * holds people who left and processes since retired; such records simply count for nobody.
 */
public final class RecordCheck {
  /** Problems beyond this many are summarized, so a wrong file does not print 200,000 lines. */
  static final int MAX_REPORTED = 50;

  private RecordCheck() {}

  public static List<Problem> check(Workspace ws, Versions versions, List<TrainingRecord> records) {
    List<Problem> out = new ArrayList<>();
    List<String> names = ws.organization().people().stream().map(Person::name).toList();
    Set<String> known = new HashSet<>();
    ws.organization().people().forEach(p -> known.add(p.key()));
    List<String> ids = versions.all().stream().map(ProcessHistory::processId).toList();
    int more = 0;
    for (TrainingRecord r : records) {
      Optional<Problem> p = check(versions, r, known, names, ids);
      if (p.isPresent()) {
        if (out.size() < MAX_REPORTED) {
          out.add(p.get());
        } else {
          more++;
        }
      }
    }
    if (more > 0) {
      out.add(
          Problem.warning(
              "unknown-in-records",
              more + " more records name unknown people, processes, steps or versions",
              "fix the ones above first; they are usually the same mistake",
              records.get(records.size() - 1).at()));
    }
    return out;
  }

  private static Optional<Problem> check(
      Versions versions,
      TrainingRecord r,
      Set<String> known,
      List<String> names,
      List<String> ids) {
    if (!known.contains(r.personKey())) {
      return Optional.of(
          Problem.warning(
              "unknown-person",
              "'" + r.person() + "' is not a listed person; the record counts for nobody",
              Suggestions.hint(r.person(), names, "people.flow"),
              r.at()));
    }
    Optional<ProcessHistory> h = versions.of(r.processId());
    if (h.isEmpty()) {
      return Optional.of(
          Problem.warning(
              "unknown-process",
              "no process has the id '" + r.processId() + "'",
              Suggestions.hint(r.processId(), ids, "a process file with that id"),
              r.at()));
    }
    int index = versions.indexOf(r.processId(), r.version());
    if (index < 0) {
      return Optional.of(
          Problem.warning(
              "unknown-version",
              "'"
                  + r.version()
                  + "' is no known version of "
                  + r.processId()
                  + "; the record counts as stale",
              "the current version is '" + h.get().current().id() + "'",
              r.at()));
    }
    if (r.isForStep()) {
      boolean hasStep =
          h.get().versions().get(index).process().steps().stream()
              .anyMatch(s -> s.id().equals(r.stepId()));
      if (!hasStep) {
        return Optional.of(
            Problem.warning(
                "unknown-step",
                r.processId() + " has no step '" + r.stepId() + "' in version " + r.version(),
                "steps are named by their number, e.g. '3' or '4b'",
                r.at()));
      }
    }
    return Optional.empty();
  }
}
