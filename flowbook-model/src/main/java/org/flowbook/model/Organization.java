package org.flowbook.model;

import java.util.List;
import java.util.Optional;

/**
 * What {@code organization.flow} declares: the roles, systems, documents, regulations and landscape
 * groups that processes refer to by name.
 *
 * @param currency the currency word printed after amounts ("kr", "SEK", "EUR")
 * @param people the named people, when listed (then they, not a role's head count, are the truth)
 */
public record Organization(
    String name,
    Language language,
    String currency,
    List<Role> roles,
    List<ItSystem> systems,
    List<Document> documents,
    List<Regulation> regulations,
    List<LandscapeGroup> groups,
    SourceLocation at,
    List<Person> people) {

  public Organization {
    name = Checks.optional(name);
    language = language == null ? Language.EN : language;
    currency = currency == null || currency.isBlank() ? "kr" : currency.strip();
    roles = Checks.list(roles);
    systems = Checks.list(systems);
    documents = Checks.list(documents);
    regulations = Checks.list(regulations);
    groups = Checks.list(groups);
    at = Checks.at(at);
    people = Checks.list(people);
  }

  /** An organization without named people. */
  public Organization(
      String name,
      Language language,
      String currency,
      List<Role> roles,
      List<ItSystem> systems,
      List<Document> documents,
      List<Regulation> regulations,
      List<LandscapeGroup> groups,
      SourceLocation at) {
    this(name, language, currency, roles, systems, documents, regulations, groups, at, List.of());
  }

  public Organization withPeople(List<Person> newPeople) {
    return new Organization(
        name, language, currency, roles, systems, documents, regulations, groups, at, newPeople);
  }

  public Organization withRoles(List<Role> newRoles) {
    return new Organization(
        name, language, currency, newRoles, systems, documents, regulations, groups, at, people);
  }

  public Optional<Person> person(String name) {
    return people.stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The people who hold a role, in the order they are listed. */
  public List<Person> holders(String role) {
    return people.stream().filter(p -> p.holds(role)).toList();
  }

  /** An organization that declares nothing, for a lone process file. */
  public static Organization empty() {
    return new Organization(
        "",
        Language.EN,
        "kr",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        SourceLocation.UNKNOWN);
  }

  public Optional<Role> role(String name) {
    return roles.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
  }

  public Optional<ItSystem> system(String name) {
    return systems.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }

  public Optional<Document> document(String name) {
    return documents.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
  }

  public Optional<LandscapeGroup> group(String idOrName) {
    return groups.stream()
        .filter(g -> g.id().equalsIgnoreCase(idOrName) || g.name().equalsIgnoreCase(idOrName))
        .findFirst();
  }

  /** Finds the regulation and requirement a citation such as "BFL 5:6" names. */
  public Optional<Citation> resolve(String citation) {
    String c = citation.strip();
    for (Regulation reg : regulations) {
      for (String prefix : List.of(reg.shortName(), reg.name())) {
        if (c.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1)) {
          String number = c.substring(prefix.length() + 1).strip();
          Optional<Requirement> req = reg.requirement(number);
          if (req.isPresent()) {
            return Optional.of(new Citation(reg, req.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A requirement together with its regulation. */
  public record Citation(Regulation regulation, Requirement requirement) {
    public String text() {
      return regulation.cite(requirement);
    }
  }
}
