package org.flowbook.repository.acknowledge;

import java.util.List;
import java.util.Locale;
import org.flowbook.model.Organization;
import org.flowbook.model.Person;
import org.flowbook.repository.users.User;

/**
 * Which person of the organization's people an account is. People are names with roles (from {@code
 * organization.flow}, {@code personer.flow} or an HR export); accounts are sign-ins. An account is
 * a person when its user name equals the person's e-mail address ({@code anna.berg@nordljus.se}) or
 * the part of it before the {@code @} ({@code anna.berg}), ignoring case. A person without an
 * e-mail address has no account, and an account matching nobody has nothing to acknowledge.
 */
public final class PersonLink {
  private PersonLink() {}

  public static boolean links(User user, Person person) {
    String email = person.email().toLowerCase(Locale.ROOT);
    if (email.isEmpty()) {
      return false;
    }
    String name = user.username().toLowerCase(Locale.ROOT);
    int at = email.indexOf('@');
    return name.equals(email) || (at > 0 && name.equals(email.substring(0, at)));
  }

  /** The people an account is (normally one). */
  public static List<Person> people(User user, Organization organization) {
    return organization.people().stream().filter(p -> links(user, p)).toList();
  }

  /** The key a person's tasks are stored under: the folded name. */
  public static String key(Person person) {
    return person.key();
  }
}
