package org.flowbook.model;

import java.util.List;
import java.util.Locale;

/**
 * A named person who holds one or more roles. Only what the coverage needs is kept: the name, an
 * optional e-mail, the roles with their share of the person's time, the working time and who covers
 * for them. Absences are kept apart (they change daily and are sensitive).
 *
 * @param email the address, or empty
 * @param roles the roles held, in the order written, each with its share of the person's time
 * @param workingTime the part of full time the person works, 0 &lt; w ≤ 1 ({@code omfattning: 80
 *     %})
 * @param coveredBy the people who step in when this person is away, in order ({@code ersätts av:})
 */
public record Person(
    String name,
    String email,
    List<RoleShare> roles,
    double workingTime,
    List<String> coveredBy,
    SourceLocation at) {

  public Person {
    name = Checks.text(name, "person name");
    email = Checks.optional(email);
    roles = Checks.list(roles);
    if (!(workingTime > 0 && workingTime <= 1)) {
      throw new IllegalArgumentException(
          "working time of '" + name + "' must be above 0 and at most 100 %");
    }
    coveredBy = Checks.list(coveredBy);
    at = Checks.at(at);
  }

  /** A full-time person holding the given roles with equal shares, for code and tests. */
  public static Person holding(String name, String... roles) {
    return new Person(
        name, "", RoleShare.equal(List.of(roles)), 1, List.of(), SourceLocation.UNKNOWN);
  }

  public boolean holds(String role) {
    return share(role) > 0 || roles.stream().anyMatch(r -> r.role().equalsIgnoreCase(role));
  }

  /** The share of this person's time that goes to a role (0 when they do not hold it). */
  public double share(String role) {
    double s = 0;
    for (RoleShare r : roles) {
      if (r.role().equalsIgnoreCase(role)) {
        s += r.share();
      }
    }
    return s;
  }

  /** The folded name used to match references ("anna berg"). */
  public String key() {
    return name.toLowerCase(Locale.ROOT);
  }

  public Person withWorkingTime(double w) {
    return new Person(name, email, roles, w, coveredBy, at);
  }

  public Person withCoveredBy(List<String> people) {
    return new Person(name, email, roles, workingTime, people, at);
  }

  public Person withRoles(List<RoleShare> newRoles) {
    return new Person(name, email, newRoles, workingTime, coveredBy, at);
  }
}
