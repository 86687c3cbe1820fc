package org.flowbook.model;

/**
 * One numbered requirement of a regulation, e.g. number "5:6" of Bokföringslagen.
 *
 * @param number the requirement's number within its regulation ("5:6", "Art. 15", "8.5.1")
 */
public record Requirement(String number, String text, SourceLocation at) {
  public Requirement {
    number = Checks.text(number, "requirement number");
    text = Checks.optional(text);
    at = Checks.at(at);
  }
}
