package org.flowbook.repository.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/**
 * Sign-in sessions kept in the database, so any server instance can serve any request and a restart
 * keeps people signed in. Only a SHA-256 of the token is stored.
 */
public final class Sessions {
  private static final Duration LIFETIME = Duration.ofHours(12);
  private final Database db;
  private final Users users;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Sessions(Database db, Users users, Clock clock) {
    this.db = db;
    this.users = users;
    this.clock = clock;
  }

  /** A signed-in session: the token for the cookie and the CSRF token for forms. */
  public record Session(String token, String csrf, User user) {}

  public Session start(User user) {
    String token = randomToken();
    String csrf = randomToken();
    Instant now = clock.instant();
    db.inTransaction(
        c -> {
          Rows.update(c, "DELETE FROM sessions WHERE expires_at < ?", now);
          return Rows.update(
              c,
              "INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              sha256(token),
              user.id(),
              csrf,
              now,
              now.plus(LIFETIME));
        });
    return new Session(token, csrf, user);
  }

  /** The live session of a cookie token, or empty when unknown or expired. */
  public Optional<Session> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Optional<Object[]> row =
        db.read(
            c ->
                Rows.one(
                    c,
                    "SELECT user_id, csrf FROM sessions WHERE token_hash = ? AND expires_at > ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)},
                    sha256(token),
                    clock.instant()));
    return row.flatMap(
        r ->
            users
                .byId((Long) r[0])
                .filter(User::active)
                .map(u -> new Session(token, (String) r[1], u)));
  }

  public void end(String token) {
    db.inTransaction(
        c -> Rows.update(c, "DELETE FROM sessions WHERE token_hash = ?", sha256(token)));
  }

  private String randomToken() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String sha256(String token) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
