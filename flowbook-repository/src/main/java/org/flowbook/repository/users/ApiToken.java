package org.flowbook.repository.users;

import java.time.Instant;
import java.util.Optional;

/**
 * A personal access token as its owner's list shows it. The token itself is never stored; {@code
 * hint} is its first characters, so a person can tell their tokens apart.
 *
 * @param expiresAt null when the token does not expire
 * @param lastUsedAt null when never used; updated at most once a minute
 * @param revokedAt null while not revoked
 */
public record ApiToken(
    long id,
    long userId,
    String name,
    String hint,
    TokenScope scope,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public Optional<Instant> expires() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> lastUsed() {
    return Optional.ofNullable(lastUsedAt);
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** True when the token signs requests in at {@code now}. */
  public boolean usable(Instant now) {
    return !revoked() && !expired(now);
  }
}
