package org.flowbook.training.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flowbook.training.change.ChangeSet;
import org.flowbook.training.change.StepDelta;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.version.ProcessHistory;
import org.flowbook.training.version.Versions;

/**
 * The staleness rule: a record goes stale only when a newer version changes a step that the
 * person's role performs (R), before or after the change. A change to another role's step — a typo
 * fixed in the approver's step, say — leaves it current. A record for one step goes stale when that
 * step (followed through renumbering and rewording) changes or is removed. Each pair of consecutive
 * versions is compared once, however many people were trained on it.
 */
public final class Staleness {
  private final Versions versions;

  /** Per process, the change from version i to i + 1 at index i, filled in when first needed. */
  private final Map<String, ChangeSet[]> changes = new ConcurrentHashMap<>();

  public Staleness(Versions versions) {
    this.versions = versions;
  }

  /** What made a record stale: nothing (current), changed steps, or an unknown version. */
  /**
   * @param currentStepId for a step record, the step's id in the current version (empty when it was
   *     removed, or for a process record)
   */
  public record Verdict(
      boolean stale, List<String> changedSteps, boolean unknownVersion, String currentStepId) {}

  private static final Verdict UP_TO_DATE = new Verdict(false, List.of(), false, "");

  /**
   * Judges a record for a person holding {@code roles} (their current roles).
   *
   * @return stale when a later version changed their work, current otherwise; a record of an
   *     unknown process or version is stale (nobody can say what it covered)
   */
  public Verdict judge(TrainingRecord r, Collection<String> roles) {
    Optional<ProcessHistory> h = versions.of(r.processId());
    if (h.isEmpty()) {
      return new Verdict(true, List.of(), true, "");
    }
    int from = versions.indexOf(r.processId(), r.version());
    if (from < 0) {
      return new Verdict(true, List.of(), true, "");
    }
    int last = h.get().versions().size() - 1;
    if (from == last) {
      return r.isForStep() ? new Verdict(false, List.of(), false, r.stepId()) : UP_TO_DATE;
    }
    Set<String> changed = new LinkedHashSet<>();
    String step = r.stepId();
    for (int i = from; i < last; i++) {
      ChangeSet c = between(h.get(), i);
      if (r.isForStep()) {
        Optional<StepDelta> d = c.changeOf(step);
        if (d.isPresent()) {
          changed.add(d.get().title());
        }
        Optional<String> next = c.follow(step);
        if (next.isEmpty()) {
          step = "";
          break;
        }
        step = next.get();
      } else {
        for (StepDelta d : c.steps()) {
          for (String role : roles) {
            if (d.performedBy(role)) {
              changed.add(d.title());
              break;
            }
          }
        }
      }
    }
    return new Verdict(!changed.isEmpty(), new ArrayList<>(changed), false, step);
  }

  /** The change from version {@code i} to {@code i + 1} of a history, computed once. */
  public ChangeSet between(ProcessHistory h, int i) {
    ChangeSet[] known =
        changes.computeIfAbsent(h.processId(), k -> new ChangeSet[h.versions().size() - 1]);
    ChangeSet c = known[i];
    if (c == null) {
      c = ChangeSet.between(h.versions().get(i).process(), h.versions().get(i + 1).process());
      known[i] = c;
    }
    return c;
  }
}
