package org.flowbook.server.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.acknowledge.PersonLink;
import org.flowbook.repository.comments.StepComment;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * "Mitt arbete" / "My work" beyond drafts and reviews: acknowledgements due, open comments on my
 * processes, and my processes whose review date has passed. The web page and the e-mail digest show
 * the same items; both read the library through the one visibility rule ({@link LibraryView}) of
 * the account (or, for a person without one, of a reader).
 *
 * <p>"My processes" are those whose owner role one of my people holds, and — for an account — those
 * it wrote a version of.
 */
public final class Inbox {
  private final Library library;

  public Inbox(Library library) {
    this.library = library;
  }

  /** An acknowledgement to give. */
  public record AckItem(Acknowledgement task, String title, boolean overdue) {}

  /** An open comment on one of my processes. */
  public record CommentItem(StepComment comment, String title) {}

  /** Everything at once. */
  public record Items(
      List<AckItem> acknowledgements, List<CommentItem> comments, List<ProcessSummary> overdue) {
    public boolean isEmpty() {
      return acknowledgements.isEmpty() && comments.isEmpty() && overdue.isEmpty();
    }

    public int size() {
      return acknowledgements.size() + comments.size() + overdue.size();
    }
  }

  public Items forUser(User user, LocalDate today) {
    return items(Optional.of(user), PersonLink.people(user, library.organization()), today);
  }

  /** The items of a person of the organization (the e-mail digest), as their account sees them. */
  public Items forPerson(Person person, Optional<User> account, LocalDate today) {
    return items(account, List.of(person), today);
  }

  private Items items(Optional<User> account, List<Person> people, LocalDate today) {
    User viewer =
        account.orElseGet(
            () ->
                new User(
                    -1,
                    "",
                    people.isEmpty() ? "" : people.get(0).name(),
                    AccessRole.READER,
                    Instant.EPOCH));
    LibraryView view = library.viewFor(viewer);
    List<AckItem> acks = new ArrayList<>();
    for (Person p : people) {
      for (Acknowledgement a : library.acknowledgements().ofPerson(PersonLink.key(p))) {
        Optional<ProcessSummary> s = view.find(a.processId());
        if (!a.isDone() && s.isPresent() && view.sees(s.get(), a.version())) {
          acks.add(new AckItem(a, s.get().title(), a.overdue(today)));
        }
      }
    }
    List<CommentItem> comments = new ArrayList<>();
    List<ProcessSummary> overdue = new ArrayList<>();
    for (ProcessSummary s : view.processes()) {
      if (!mine(s, account, people)) {
        continue;
      }
      for (StepComment c : view.comments(s.id())) {
        if (c.isOpen() && !account.map(u -> u.username().equals(c.author())).orElse(false)) {
          comments.add(new CommentItem(c, s.title()));
        }
      }
      if (s.overdue(today)) {
        overdue.add(s);
      }
    }
    return new Items(acks, comments, overdue);
  }

  private boolean mine(ProcessSummary s, Optional<User> account, List<Person> people) {
    if (!s.owner().isEmpty() && people.stream().anyMatch(p -> p.holds(s.owner()))) {
      return true;
    }
    return account.isPresent()
        && library.processes().history(s.id()).stream()
            .anyMatch(v -> v.author().equals(account.get().username()));
  }
}
