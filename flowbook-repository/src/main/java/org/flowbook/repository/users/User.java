package org.flowbook.repository.users;

import java.time.Instant;

/**
 * A person who signs in. The password hash never leaves the {@link Users} store.
 *
 * @param active false once an administrator has deactivated the account: it cannot sign in
 * @param mustChangePassword true while the password is one someone else set (the first start's, a
 *     reset): the person must choose their own before doing anything else
 */
public record User(
    long id,
    String username,
    String displayName,
    AccessRole access,
    Instant createdAt,
    boolean active,
    boolean mustChangePassword) {

  /** An active account with a password of its own. */
  public User(long id, String username, String displayName, AccessRole access, Instant createdAt) {
    this(id, username, displayName, access, createdAt, true, false);
  }

  public boolean can(AccessRole needed) {
    return access.atLeast(needed);
  }
}
