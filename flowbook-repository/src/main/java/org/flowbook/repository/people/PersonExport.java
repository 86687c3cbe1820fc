package org.flowbook.repository.people;

import java.util.List;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.training.SignOff;
import org.flowbook.repository.users.User;

/**
 * Everything the library stores about one person (GDPR Art. 15): the entry in the people file (or
 * organization), their absences, the account whose name or e-mail is theirs, if any, their training
 * sign-offs and their read-and-acknowledge tasks — the same stores an erasure empties.
 */
public record PersonExport(
    Person person,
    List<StoredAbsence> absences,
    Optional<User> account,
    String declaredIn,
    List<SignOff> trainingSignOffs,
    List<Acknowledgement> acknowledgements) {
  public PersonExport {
    absences = List.copyOf(absences);
    trainingSignOffs = List.copyOf(trainingSignOffs);
    acknowledgements = List.copyOf(acknowledgements);
  }

  /** What the people store itself holds; {@link #with} adds the other stores' records. */
  public PersonExport(
      Person person, List<StoredAbsence> absences, Optional<User> account, String declaredIn) {
    this(person, absences, account, declaredIn, List.of(), List.of());
  }

  public PersonExport with(List<SignOff> signOffs, List<Acknowledgement> tasks) {
    return new PersonExport(person, absences, account, declaredIn, signOffs, tasks);
  }
}
