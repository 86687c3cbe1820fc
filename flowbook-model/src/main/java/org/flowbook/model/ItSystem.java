package org.flowbook.model;

/** An IT system or tool used in steps (named so to stay clear of {@link java.lang.System}). */
public record ItSystem(String name, String description, SourceLocation at) {
  public ItSystem {
    name = Checks.text(name, "system name");
    description = Checks.optional(description);
    at = Checks.at(at);
  }
}
