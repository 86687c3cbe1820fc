package org.flowbook.model;

import java.util.Objects;

/** A piece of work done by one role. */
public record Activity(String id, String title, Task task, ActivityType type, SourceLocation at)
    implements Step {
  public Activity {
    id = Checks.text(id, "step id");
    title = Checks.text(title, "title of step " + id);
    task = Objects.requireNonNullElse(task, Task.NONE);
    type = Objects.requireNonNullElse(type, ActivityType.TASK);
    at = Checks.at(at);
  }

  public Activity(String id, String title, Task task) {
    this(id, title, task, ActivityType.TASK, SourceLocation.UNKNOWN);
  }

  @Override
  public boolean isWork() {
    return true;
  }
}
