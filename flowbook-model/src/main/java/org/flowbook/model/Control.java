package org.flowbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A control declared once in {@code organization.flow}, with the substance an internal-control plan
 * and an auditor ask for. Steps and risks refer to it by name ({@link ControlRef}); an inline
 * {@code kontroll:} in a step with the same name is this control.
 *
 * @param owner the role that answers for the control, or null when not stated
 * @param kind preventive or detective, or null when not stated
 * @param mode manual or automatic, or null when not stated
 * @param frequency how often it is performed, or null when not stated
 * @param evidence what it leaves behind to show it was done (a document, a system record), or empty
 * @param requirements the requirements it satisfies, cited as {@code "BFL 5:6"}
 */
public record Control(
    String name,
    String description,
    String owner,
    ControlKind kind,
    ControlMode mode,
    ControlFrequency frequency,
    String evidence,
    List<String> requirements,
    SourceLocation at) {

  public Control {
    name = Checks.text(name, "control name");
    description = Checks.optional(description);
    owner = owner == null || owner.isBlank() ? null : owner.strip();
    evidence = Checks.optional(evidence);
    requirements = Checks.list(requirements).stream().map(String::strip).toList();
    at = Checks.at(at);
  }

  public Optional<String> ownerRole() {
    return Optional.ofNullable(owner);
  }

  public Optional<ControlKind> kindStated() {
    return Optional.ofNullable(kind);
  }

  public Optional<ControlMode> modeStated() {
    return Optional.ofNullable(mode);
  }

  public Optional<ControlFrequency> frequencyStated() {
    return Optional.ofNullable(frequency);
  }

  public boolean hasEvidence() {
    return !evidence.isEmpty();
  }

  /** True when it names the given control (names compare without case). */
  public boolean isNamed(String other) {
    return other != null && name.equalsIgnoreCase(other.strip());
  }
}
