package org.flowbook.model;

import java.util.Objects;

/** A step that runs another process of the workspace (a BPMN call activity). */
public record Call(String id, String title, String processId, Task task, SourceLocation at)
    implements Step {
  public Call {
    id = Checks.text(id, "step id");
    title = Checks.text(title, "title of step " + id);
    processId = Checks.text(processId, "called process of step " + id);
    task = Objects.requireNonNullElse(task, Task.NONE);
    at = Checks.at(at);
  }

  @Override
  public boolean isWork() {
    return true;
  }
}
