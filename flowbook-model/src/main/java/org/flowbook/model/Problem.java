package org.flowbook.model;

import java.util.Objects;

/**
 * One finding about a model or a source file: shared by the notation parser, the BPMN importer and
 * the analysis, so that every tool reports the same way.
 *
 * @param severity how bad it is
 * @param code a stable kebab-case code such as {@code unknown-role}; documented in docs/notation.md
 * @param message what is wrong, in one sentence
 * @param hint what to do about it, or empty
 * @param location where it was written
 * @param step the id of the step it belongs to, or null
 */
public record Problem(
    Severity severity,
    String code,
    String message,
    String hint,
    SourceLocation location,
    String step) {

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public static Problem error(String code, String message, String hint, SourceLocation at) {
    return new Problem(Severity.ERROR, code, message, hint, at, null);
  }

  public static Problem warning(String code, String message, String hint, SourceLocation at) {
    return new Problem(Severity.WARNING, code, message, hint, at, null);
  }

  public Problem withStep(String stepId) {
    return new Problem(severity, code, message, hint, location, stepId);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: error[code]: message} — the first line of a diagnostic. */
  public String headline() {
    return location + ": " + severity.word() + "[" + code + "]: " + message;
  }
}
