package org.flowbook.repository.comments;

import java.util.List;
import java.util.Optional;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * Finds the step a comment belongs to in another version of its process. The step with the same
 * number and title comes first; then the one step with the same title (renumbered because a step
 * was inserted before it); then the step with the same number (renamed). When none is left the
 * comment is outdated. Title before number, because inserting a step shifts every number after it:
 * matching by number first would move comments onto the wrong steps.
 */
public final class StepAnchor {
  private StepAnchor() {}

  /** The number of the step the comment belongs to in {@code process}, or empty when outdated. */
  public static Optional<String> find(StepComment comment, Process process) {
    if (process == null) {
      return Optional.empty();
    }
    List<Step> steps = process.workSteps();
    for (Step s : steps) {
      if (s.id().equals(comment.stepId()) && s.title().equals(comment.stepTitle())) {
        return Optional.of(s.id());
      }
    }
    List<Step> sameTitle =
        steps.stream().filter(s -> s.title().equalsIgnoreCase(comment.stepTitle())).toList();
    if (sameTitle.size() == 1) {
      return Optional.of(sameTitle.get(0).id());
    }
    return steps.stream().filter(s -> s.id().equals(comment.stepId())).map(Step::id).findFirst();
  }
}
