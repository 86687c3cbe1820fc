package org.flowbook.repository.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.refusal.LibraryException;

/**
 * Personal access tokens for the API: created by a signed-in person, shown to them once, stored as
 * a SHA-256 only, scoped (read or write), optionally expiring, revocable, with their last use.
 *
 * <p>A token is {@value #PREFIX} and 256 random bits in base64url. Passwords need a slow hash
 * (Argon2) because people choose guessable ones; nobody can guess 256 random bits, whatever the
 * hash speed, so one SHA-256 suffices and a request costs a hash and an index lookup instead of
 * Argon2's deliberate tens of milliseconds. The prefix lets secret scanners recognize a leaked
 * token.
 */
public final class ApiTokens {
  public static final String PREFIX = "fbk_";
  private static final int RANDOM_BYTES = 32;
  private static final int HINT_LENGTH = PREFIX.length() + 6;
  private static final Pattern FORMAT = Pattern.compile("fbk_[A-Za-z0-9_-]{43}");
  private static final int MAX_NAME = 100;
  private static final int MAX_ACTIVE_PER_USER = 50;

  /** Last use is written at most this often per token, so reads do not turn into writes. */
  private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  private final Database db;
  private final AuditLog audit;
  private final Users users;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ApiTokens(Database db, AuditLog audit, Users users, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.users = users;
    this.clock = clock;
  }

  /** A new token and its secret, which exists only in this answer. */
  public record Issued(ApiToken token, String secret) {}

  /** Who a valid token signs in, and the token. */
  public record Bearer(User user, ApiToken token) {}

  /**
   * Creates a token for {@code owner}. {@code validFor} empty means it does not expire. The audit
   * log records the name, scope and expiry, never the secret.
   */
  public Issued create(User owner, String name, TokenScope scope, Optional<Duration> validFor) {
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > MAX_NAME) {
      throw LibraryException.invalid(
          "a token needs a name of 1–" + MAX_NAME + " characters that says what uses it");
    }
    if (validFor.isPresent() && (validFor.get().isNegative() || validFor.get().isZero())) {
      throw LibraryException.invalid("a token's lifetime must be positive");
    }
    String secret = PREFIX + randomPart();
    Instant now = clock.instant();
    Instant expires = validFor.map(now::plus).orElse(null);
    return db.inTransaction(
        c -> {
          long active =
              Rows.one(
                      c,
                      "SELECT COUNT(*) FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL",
                      rs -> rs.getLong(1),
                      owner.id())
                  .orElse(0L);
          if (active >= MAX_ACTIVE_PER_USER) {
            throw LibraryException.conflict(
                "you have "
                    + MAX_ACTIVE_PER_USER
                    + " tokens already: revoke the ones you no longer use first");
          }
          String columns = "user_id, name, token_hash, hint, scope, created_at";
          Object[] values = {owner.id(), label, sha256(secret), hint(secret), scope.code(), now};
          if (expires == null) {
            Rows.update(
                c, "INSERT INTO api_tokens (" + columns + ") VALUES (?, ?, ?, ?, ?, ?)", values);
          } else {
            Object[] withExpiry = java.util.Arrays.copyOf(values, values.length + 1);
            withExpiry[values.length] = expires;
            Rows.update(
                c,
                "INSERT INTO api_tokens (" + columns + ", expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                withExpiry);
          }
          ApiToken token =
              Rows.one(
                      c,
                      "SELECT * FROM api_tokens WHERE token_hash = ?",
                      ApiTokens::map,
                      sha256(secret))
                  .orElseThrow();
          audit.append(
              c,
              owner.username(),
              "token-create",
              "token:" + token.id(),
              "name "
                  + label
                  + ", scope "
                  + scope.code()
                  + ", expires "
                  + (expires == null ? "never" : expires.toString()));
          return new Issued(token, secret);
        });
  }

  /** The tokens of one person, newest first, revoked ones included. */
  public List<ApiToken> of(User owner) {
    return db.read(
        c ->
            Rows.list(
                c,
                "SELECT * FROM api_tokens WHERE user_id = ? ORDER BY id DESC",
                ApiTokens::map,
                owner.id()));
  }

  /**
   * Revokes a token of {@code actor}'s own (an administrator may revoke anyone's). A token that is
   * someone else's is "not found", so ids reveal nothing.
   */
  public ApiToken revoke(User actor, long id) {
    return db.inTransaction(
        c -> {
          ApiToken t =
              Rows.one(c, "SELECT * FROM api_tokens WHERE id = ?", ApiTokens::map, id)
                  .filter(x -> x.userId() == actor.id() || actor.can(AccessRole.ADMIN))
                  .orElseThrow(() -> LibraryException.notFound("no token " + id));
          if (t.revoked()) {
            return t;
          }
          Rows.update(
              c,
              "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
              clock.instant(),
              id);
          audit.append(c, actor.username(), "token-revoke", "token:" + id, "name " + t.name());
          return Rows.one(c, "SELECT * FROM api_tokens WHERE id = ?", ApiTokens::map, id)
              .orElseThrow();
        });
  }

  /**
   * The person a token signs in: empty when the text is no token of this library, or the token is
   * revoked or expired, or its owner's account is deactivated.
   */
  public Optional<Bearer> authenticate(String secret) {
    if (secret == null || !FORMAT.matcher(secret).matches()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> found =
        db.read(
            c ->
                Rows.one(
                    c,
                    "SELECT t.* FROM api_tokens t JOIN users u ON u.id = t.user_id"
                        + " WHERE t.token_hash = ? AND u.active",
                    ApiTokens::map,
                    sha256(secret)));
    if (found.isEmpty() || !found.get().usable(now)) {
      return Optional.empty();
    }
    ApiToken token = found.get();
    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
      db.inTransaction(
          c ->
              Rows.update(
                  c, "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", now, token.id()));
    }
    return users.byId(token.userId()).map(u -> new Bearer(u, token));
  }

  private String randomPart() {
    byte[] b = new byte[RANDOM_BYTES];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String hint(String secret) {
    return secret.substring(0, HINT_LENGTH);
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static ApiToken map(ResultSet rs) throws SQLException {
    return new ApiToken(
        rs.getLong("id"),
        rs.getLong("user_id"),
        rs.getString("name"),
        rs.getString("hint"),
        TokenScope.parse(rs.getString("scope")).orElse(TokenScope.READ),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "expires_at"),
        Rows.instant(rs, "last_used_at"),
        Rows.instant(rs, "revoked_at"));
  }
}
