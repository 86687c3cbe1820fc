package org.flowbook.model;

/**
 * A group of the process landscape (e.g. "Kärnprocesser"); processes name it in {@code part of:}.
 * Groups are drawn in the order they are declared.
 */
public record LandscapeGroup(
    String id, String name, GroupKind kind, String description, SourceLocation at) {
  public LandscapeGroup {
    id = Checks.text(id, "group id");
    name = Checks.text(name, "group name");
    kind = kind == null ? GroupKind.CORE : kind;
    description = Checks.optional(description);
    at = Checks.at(at);
  }
}
