package org.flowbook.model;

import java.util.List;

/**
 * A control performed in a step (a check, an approval, a log entry) and the requirements it
 * satisfies, cited as {@code "BFL 5:6"}.
 */
public record ControlRef(String name, List<String> requirements) {
  public ControlRef {
    name = Checks.text(name, "control name");
    requirements = Checks.list(requirements).stream().map(String::strip).toList();
  }
}
