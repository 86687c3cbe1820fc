package org.flowbook.repository.comments;

import org.flowbook.model.Organization;
import org.flowbook.repository.acknowledge.PersonLink;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * Who may resolve a comment: the people responsible for the process — its authors (the author role
 * and up, who edit it) and its owner (an account linked, see {@link PersonLink}, to a person
 * holding the process's owner role). Anyone who can see a version may comment on it.
 */
public final class CommentRules {
  private CommentRules() {}

  public static boolean mayResolve(User user, ProcessSummary process, Organization organization) {
    return user.can(AccessRole.AUTHOR) || isOwner(user, process, organization);
  }

  /** True when the account is a person who holds the process's owner role. */
  public static boolean isOwner(User user, ProcessSummary process, Organization organization) {
    return !process.owner().isEmpty()
        && PersonLink.people(user, organization).stream().anyMatch(p -> p.holds(process.owner()));
  }
}
