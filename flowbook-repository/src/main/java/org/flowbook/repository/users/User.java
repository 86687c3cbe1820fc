package org.flowbook.repository.users;

import java.time.Instant;

/** A person who signs in. The password hash never leaves the {@link Users} store. */
public record User(
    long id, String username, String displayName, AccessRole access, Instant createdAt) {

  public boolean can(AccessRole needed) {
    return access.atLeast(needed);
  }
}
