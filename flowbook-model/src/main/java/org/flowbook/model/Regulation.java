package org.flowbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A law, standard or policy the organization must follow, with the requirements that controls in
 * the processes satisfy. Controls cite a requirement as {@code "<short> <number>"}, for example
 * {@code "BFL 5:6"}.
 *
 * @param shortName the abbreviation used in citations ("BFL", "GDPR"); the name when none
 * @param source where the requirements come from (an official address or a citation such as "SFS
 *     1999:1078"), empty when not stated; auditors ask for it, and the regulation libraries that
 *     ship with Flowbook always state it
 */
public record Regulation(
    String name,
    String shortName,
    String description,
    List<Requirement> requirements,
    SourceLocation at,
    String source) {

  /** A regulation without a stated source. */
  public Regulation(
      String name,
      String shortName,
      String description,
      List<Requirement> requirements,
      SourceLocation at) {
    this(name, shortName, description, requirements, at, "");
  }

  public Regulation {
    name = Checks.text(name, "regulation name");
    shortName = shortName == null || shortName.isBlank() ? name : shortName.strip();
    description = Checks.optional(description);
    requirements = Checks.list(requirements);
    at = Checks.at(at);
    source = Checks.optional(source);
  }

  /** The citation of one requirement of this regulation, e.g. "BFL 5:6". */
  public String cite(Requirement requirement) {
    return shortName + " " + requirement.number();
  }

  public Optional<Requirement> requirement(String number) {
    return requirements.stream().filter(r -> r.number().equals(number)).findFirst();
  }
}
