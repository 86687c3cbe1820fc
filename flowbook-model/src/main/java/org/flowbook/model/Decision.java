package org.flowbook.model;

import java.util.Objects;

/**
 * A point where the flow takes one of several ways. In {@code .flow} a decision is usually also
 * work ("Review the request — amount?"), so it may carry a task; an imported BPMN gateway has
 * {@link Task#NONE}. The outgoing flows carry the conditions and probabilities.
 *
 * @param question the question the branches answer ("Belopp?"), or empty
 */
public record Decision(
    String id, String title, String question, Task task, DecisionKind kind, SourceLocation at)
    implements Step {
  public Decision {
    id = Checks.text(id, "step id");
    question = Checks.optional(question);
    title = title == null || title.isBlank() ? question : title.strip();
    if (title.isEmpty()) {
      title = "?";
    }
    task = Objects.requireNonNullElse(task, Task.NONE);
    kind = Objects.requireNonNullElse(kind, DecisionKind.EXCLUSIVE);
    at = Checks.at(at);
  }

  @Override
  public boolean isWork() {
    return task.hasPerformer() || !task.workTime().isZero();
  }
}
