package org.flowbook.model;

import java.util.Optional;

/**
 * A document, form or record that steps take as input or produce as output.
 *
 * @param personal the personal data it holds, or null when it declares none
 */
public record Document(String name, String description, SourceLocation at, PersonalData personal) {
  public Document {
    name = Checks.text(name, "document name");
    description = Checks.optional(description);
    at = Checks.at(at);
  }

  /** A document that declares no personal data. */
  public Document(String name, String description, SourceLocation at) {
    this(name, description, at, null);
  }

  /** The personal data it holds, when declared ({@code personuppgifter:}). */
  public Optional<PersonalData> personalData() {
    return Optional.ofNullable(personal);
  }
}
