package org.flowbook.model;

/** How bad a {@link Problem} is: errors make a command fail, warnings and notes do not. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in diagnostics and JSON ("error", "warning", "info"). */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
