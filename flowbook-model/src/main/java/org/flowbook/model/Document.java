package org.flowbook.model;

/** A document, form or record that steps take as input or produce as output. */
public record Document(String name, String description, SourceLocation at) {
  public Document {
    name = Checks.text(name, "document name");
    description = Checks.optional(description);
    at = Checks.at(at);
  }
}
