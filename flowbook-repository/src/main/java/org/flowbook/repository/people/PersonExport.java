package org.flowbook.repository.people;

import java.util.List;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.repository.users.User;

/**
 * Everything the library stores about one person (GDPR Art. 15): the entry in the people file (or
 * organization), their absences, and the account whose name or e-mail is theirs, if any.
 */
public record PersonExport(
    Person person, List<StoredAbsence> absences, Optional<User> account, String declaredIn) {
  public PersonExport {
    absences = List.copyOf(absences);
  }
}
