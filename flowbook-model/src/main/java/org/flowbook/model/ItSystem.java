package org.flowbook.model;

import java.util.Optional;

/**
 * An IT system or tool used in steps (named so to stay clear of {@link java.lang.System}).
 *
 * @param personal the personal data it holds, or null when it declares none
 */
public record ItSystem(String name, String description, SourceLocation at, PersonalData personal) {
  public ItSystem {
    name = Checks.text(name, "system name");
    description = Checks.optional(description);
    at = Checks.at(at);
  }

  /** A system that declares no personal data. */
  public ItSystem(String name, String description, SourceLocation at) {
    this(name, description, at, null);
  }

  /** The personal data it holds, when declared ({@code personuppgifter:}). */
  public Optional<PersonalData> personalData() {
    return Optional.ofNullable(personal);
  }
}
