package org.flowbook.training.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.analysis.diff.DiffAnalyzer;
import org.flowbook.analysis.diff.FieldChange;
import org.flowbook.analysis.diff.StepChange;
import org.flowbook.analysis.diff.StepMatcher;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Step;

/**
 * The steps that differ between two versions of a process, decided by the analysis module's diff
 * ({@code flowbook diff}) — the one definition of "changed" in Flowbook. A step that only got a new
 * number (because a step was inserted before it) is not a change for the people who do it.
 */
public final class ChangeSet {
  private final Process before;
  private final Process after;
  private final List<StepDelta> steps;
  private final Map<String, String> follow;

  private ChangeSet(
      Process before, Process after, List<StepDelta> steps, Map<String, String> follow) {
    this.before = before;
    this.after = after;
    this.steps = List.copyOf(steps);
    this.follow = follow;
  }

  /**
   * Compares two versions by their steps ({@link DiffAnalyzer#stepChanges}: the same matching and
   * fields as {@code flowbook diff}, without its figures).
   */
  public static ChangeSet between(Process before, Process after) {
    ProcessIndex oldIndex = ProcessIndex.of(before);
    ProcessIndex newIndex = ProcessIndex.of(after);
    Map<String, String> follow = new HashMap<>(StepMatcher.match(before, after));
    List<StepDelta> steps = new ArrayList<>();
    for (StepChange c : DiffAnalyzer.stepChanges(before, after)) {
      Optional<Step> o = c.oldId().isEmpty() ? Optional.empty() : oldIndex.step(c.oldId());
      Optional<Step> n = c.newId().isEmpty() ? Optional.empty() : newIndex.step(c.newId());
      List<FieldChange> fields =
          c.fields().stream()
              .filter(f -> !f.field().equals("number"))
              .filter(
                  f ->
                      !(f.field().equals("branches")
                          && o.isPresent()
                          && n.isPresent()
                          && sameBranches(oldIndex, o.get(), newIndex, n.get(), follow)))
              .toList();
      if (c.kind() == StepChange.Kind.CHANGED && fields.isEmpty()) {
        continue;
      }
      steps.add(new StepDelta(c.kind(), o, n, fields));
    }
    return new ChangeSet(before, after, steps, follow);
  }

  /**
   * The first publication of a process: every work step is new to everyone, so every step is an
   * added one and nothing has an earlier place to follow from.
   */
  public static ChangeSet firstVersion(Process after) {
    List<StepDelta> steps = new ArrayList<>();
    for (Step s : after.workSteps()) {
      steps.add(new StepDelta(StepChange.Kind.ADDED, Optional.empty(), Optional.of(s), List.of()));
    }
    return new ChangeSet(after.withFlow(List.of(), List.of()), after, steps, new HashMap<>());
  }

  /** The version compared from (for a first version: the process without steps). */
  /**
   * Whether a step branches the same way in both versions once each old target is followed to its
   * new step. The diff names branch targets by title, so renaming the step a decision leads to
   * shows as a change of the decision's step too; for the people in the deciding step nothing
   * changed (a typo fixed in the director's step must not concern the manager who decides to send
   * it there).
   */
  private static boolean sameBranches(
      ProcessIndex before, Step o, ProcessIndex after, Step n, Map<String, String> follow) {
    List<org.flowbook.model.Flow> was = before.outgoing(o.id());
    List<org.flowbook.model.Flow> is = after.outgoing(n.id());
    if (was.size() != is.size()) {
      return false;
    }
    for (int i = 0; i < was.size(); i++) {
      org.flowbook.model.Flow a = was.get(i);
      org.flowbook.model.Flow b = is.get(i);
      // A work step is followed to its new id (none when it was removed); events keep theirs.
      String target =
          follow.containsKey(a.to())
              ? follow.get(a.to())
              : before.step(a.to()).map(Step::isWork).orElse(false) ? "" : a.to();
      if (!a.label().equals(b.label())
          || !java.util.Objects.equals(a.probability(), b.probability())
          || !target.equals(b.to())) {
        return false;
      }
    }
    return true;
  }

  public Process before() {
    return before;
  }

  public Process after() {
    return after;
  }

  /** The changed, added and removed steps, in the diff's order. */
  public List<StepDelta> steps() {
    return steps;
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** Whether a step the role performs (before or after) changed: its people must re-train. */
  public boolean changesWorkOf(String role) {
    return steps.stream().anyMatch(s -> s.performedBy(role));
  }

  /** The changes to steps the role has any RACI part in: what it must acknowledge. */
  public List<StepDelta> involving(String role) {
    return steps.stream().filter(s -> s.involves(role)).toList();
  }

  /**
   * The id a step of the old version has in the new one (matched by number and title as the diff
   * matches them: renumbered and reworded steps follow), or empty when it was removed.
   */
  public Optional<String> follow(String oldStepId) {
    return Optional.ofNullable(follow.get(oldStepId));
  }

  /** The change to the step with this old id, if it changed or was removed. */
  public Optional<StepDelta> changeOf(String oldStepId) {
    return steps.stream().filter(s -> s.oldId().equals(oldStepId)).findFirst();
  }
}
