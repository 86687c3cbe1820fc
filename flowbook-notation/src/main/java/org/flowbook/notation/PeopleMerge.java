package org.flowbook.notation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.model.Problem;
import org.flowbook.model.Role;
import org.flowbook.model.RoleShare;
import org.flowbook.model.Suggestions;

/**
 * Joins the people of {@code organization.flow}, {@code people.flow} and {@code people.csv} into
 * the organization and checks every name they use. When a role has named people they are the truth:
 * the role's head count becomes their number, and a different {@code antal:} is a warning.
 */
final class PeopleMerge {
  private PeopleMerge() {}

  static Organization merge(Organization org, List<Person> extra, List<Problem> problems) {
    return merge(org, extra, problems, java.util.Set.of());
  }

  /**
   * @param statedHeadCounts the roles (folded names) whose {@code antal:} is written: only then
   *     does a count of 1 disagree with the listed people (the default 1 means "not said")
   */
  static Organization merge(
      Organization org,
      List<Person> extra,
      List<Problem> problems,
      java.util.Set<String> statedHeadCounts) {
    List<Person> people = new ArrayList<>();
    Map<String, Person> byKey = new HashMap<>();
    List<Person> all = new ArrayList<>(org.people());
    all.addAll(extra);
    for (Person p : all) {
      Person first = byKey.putIfAbsent(p.key(), p);
      if (first != null) {
        problems.add(
            Problem.error(
                "duplicate-person",
                "'" + p.name() + "' is listed twice (first at " + where(first) + ")",
                "keep one entry; two people with the same name need something to tell them apart,"
                    + " e.g. 'Anna Berg (Västerås)'",
                p.at()));
        continue;
      }
      people.add(p);
    }
    if (people.isEmpty()) {
      return org;
    }
    List<String> roleNames = org.roles().stream().map(Role::name).toList();
    List<String> personNames = people.stream().map(Person::name).toList();
    for (Person p : people) {
      for (RoleShare r : p.roles()) {
        if (org.role(r.role()).isEmpty()) {
          problems.add(
              Problem.error(
                  "unknown-role",
                  "'" + p.name() + "' holds role '" + r.role() + "', which is not declared",
                  Suggestions.hint(r.role(), roleNames, "organization.flow"),
                  p.at()));
        }
      }
      for (String c : p.coveredBy()) {
        if (!byKey.containsKey(c.toLowerCase(java.util.Locale.ROOT))) {
          problems.add(
              Problem.error(
                  "unknown-person",
                  "'" + p.name() + "' is covered by '" + c + "', who is not listed",
                  Suggestions.hint(c, personNames, "people.flow"),
                  p.at()));
        } else if (c.equalsIgnoreCase(p.name())) {
          problems.add(
              Problem.warning(
                  "self-deputy",
                  "'" + p.name() + "' is named as their own deputy",
                  "name someone else after 'ersätts av:'",
                  p.at()));
        }
      }
    }
    Organization withPeople = org.withPeople(people);
    List<Role> roles = new ArrayList<>();
    for (Role r : org.roles()) {
      for (String d : r.deputies()) {
        if (org.role(d).isEmpty() && withPeople.person(d).isEmpty()) {
          List<String> known = new ArrayList<>(roleNames);
          known.addAll(personNames);
          problems.add(
              Problem.error(
                  "unknown-deputy",
                  "deputy '" + d + "' of role '" + r.name() + "' is neither a role nor a person",
                  Suggestions.hint(d, known, "organization.flow or people.flow"),
                  r.at()));
        }
      }
      int holders = withPeople.holders(r.name()).size();
      if (holders == 0) {
        roles.add(r);
        continue;
      }
      boolean stated =
          r.capacity() > 1
              || statedHeadCounts.contains(r.name().toLowerCase(java.util.Locale.ROOT));
      if (r.capacity() != holders && stated) {
        problems.add(
            Problem.warning(
                "head-count-mismatch",
                "role '"
                    + r.name()
                    + "' says 'antal: "
                    + r.capacity()
                    + "' but "
                    + holders
                    + " listed "
                    + (holders == 1 ? "person holds" : "people hold")
                    + " it; the listed people count",
                "correct 'antal:' or list the missing people",
                r.at()));
      }
      roles.add(r.withCapacity(holders));
    }
    return withPeople.withRoles(roles);
  }

  private static String where(Person p) {
    return p.at().known() ? p.at().file() + ":" + p.at().line() : "above";
  }
}
