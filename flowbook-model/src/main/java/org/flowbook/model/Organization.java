package org.flowbook.model;

import java.util.List;
import java.util.Optional;

/**
 * What {@code organization.flow} declares: the roles, systems, documents, regulations and landscape
 * groups that processes refer to by name.
 *
 * @param currency the currency word printed after amounts ("kr", "SEK", "EUR")
 * @param people the named people, when listed (then they, not a role's head count, are the truth)
 * @param controls the controls declared once ({@code kontroll:}) that steps and risks name
 * @param riskThreshold a risk whose effective value (likelihood × consequence) is above this is a
 *     finding; {@value #DEFAULT_RISK_THRESHOLD} when not stated ({@code riskgräns:})
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
    List<Person> people,
    List<Control> controls,
    int riskThreshold) {

  /**
   * The threshold when none is stated: 8 of 16, so 3 × 3 and worse are findings, the "high" band of
   * the usual four-step matrix.
   */
  public static final int DEFAULT_RISK_THRESHOLD = 8;

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
    controls = Checks.list(controls);
    if (riskThreshold == 0) {
      riskThreshold = DEFAULT_RISK_THRESHOLD;
    }
    if (riskThreshold < 1 || riskThreshold > RiskScore.SCALE_MAX * RiskScore.SCALE_MAX) {
      throw new IllegalArgumentException("risk threshold must be 1 to 16, not " + riskThreshold);
    }
  }

  /** An organization without declared controls, with the default risk threshold. */
  public Organization(
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
    this(
        name,
        language,
        currency,
        roles,
        systems,
        documents,
        regulations,
        groups,
        at,
        people,
        List.of(),
        DEFAULT_RISK_THRESHOLD);
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
        name,
        language,
        currency,
        roles,
        systems,
        documents,
        regulations,
        groups,
        at,
        newPeople,
        controls,
        riskThreshold);
  }

  public Organization withRoles(List<Role> newRoles) {
    return new Organization(
        name,
        language,
        currency,
        newRoles,
        systems,
        documents,
        regulations,
        groups,
        at,
        people,
        controls,
        riskThreshold);
  }

  /** A copy in another language, everything else (people, controls, threshold) the same. */
  public Organization withLanguage(Language newLanguage) {
    return new Organization(
        name,
        newLanguage,
        currency,
        roles,
        systems,
        documents,
        regulations,
        groups,
        at,
        people,
        controls,
        riskThreshold);
  }

  public Organization withControls(List<Control> newControls, int newRiskThreshold) {
    return new Organization(
        name,
        language,
        currency,
        roles,
        systems,
        documents,
        regulations,
        groups,
        at,
        people,
        newControls,
        newRiskThreshold);
  }

  /** The declared control of that name (case does not matter). */
  public Optional<Control> control(String name) {
    return controls.stream().filter(c -> c.isNamed(name)).findFirst();
  }

  /**
   * The requirements a control in a step satisfies: those cited in the step, then those of the
   * declared control of the same name, without repeats.
   */
  public List<String> requirementsOf(ControlRef ref) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(ref.requirements());
    control(ref.name()).ifPresent(c -> all.addAll(c.requirements()));
    return List.copyOf(all);
  }

  /** True when the risk's effective value is above this organization's threshold. */
  public boolean aboveThreshold(Risk risk) {
    return risk.above(riskThreshold);
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
