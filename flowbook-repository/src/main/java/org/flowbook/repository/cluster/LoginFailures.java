package org.flowbook.repository.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/**
 * Failed sign-ins per bucket, in the database so that every instance counts the same failures (an
 * attacker spreading guesses over instances behind a load balancer meets one count). A bucket is
 * stored under a SHA-256 of its key: the table holds no user name or address. The back-off rule
 * itself is the server's (LoginLimiter); this class only counts, atomically.
 */
public final class LoginFailures {
  private final Database db;

  public LoginFailures(Database db) {
    this.db = db;
  }

  /** Until when the buckets block, the latest of them; {@link Instant#EPOCH} when none does. */
  public Instant blockedUntil(List<String> keys) {
    if (keys.isEmpty()) {
      return Instant.EPOCH;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
    Object[] hashes = keys.stream().map(LoginFailures::hash).toArray();
    return db.read(
        c ->
            Rows.one(
                    c,
                    "SELECT MAX(blocked_until) AS latest FROM login_failures WHERE bucket IN ("
                        + marks
                        + ")",
                    rs -> java.util.Optional.ofNullable(Rows.instant(rs, "latest")),
                    hashes)
                .flatMap(t -> t)
                .orElse(Instant.EPOCH));
  }

  /**
   * Counts one failure in the bucket {@code key} at {@code now}; a count whose last failure is
   * before {@code forgetBefore} starts again at one. {@code blockFor} turns the new count into the
   * instant the bucket blocks until (EPOCH: not blocked). Returns the new count.
   */
  public int fail(String key, Instant now, Instant forgetBefore, IntFunction<Instant> blockFor) {
    String bucket = hash(key);
    for (int attempt = 0; ; attempt++) {
      try {
        return db.inTransaction(
            c -> {
              Integer before =
                  Rows.one(
                          c,
                          "SELECT failures, last_failure FROM login_failures WHERE bucket = ?"
                              + " FOR UPDATE",
                          rs ->
                              Rows.instant(rs, "last_failure").isBefore(forgetBefore)
                                  ? 0
                                  : rs.getInt("failures"),
                          bucket)
                      .orElse(null);
              int count = (before == null ? 0 : before) + 1;
              Instant until = blockFor.apply(count);
              if (before == null) {
                Rows.update(
                    c,
                    "INSERT INTO login_failures (bucket, failures, last_failure, blocked_until)"
                        + " VALUES (?, ?, ?, ?)",
                    bucket,
                    count,
                    now,
                    until);
              } else {
                Rows.update(
                    c,
                    "UPDATE login_failures SET failures = ?, last_failure = ?, blocked_until = ?"
                        + " WHERE bucket = ?",
                    count,
                    now,
                    until,
                    bucket);
              }
              return count;
            });
      } catch (RuntimeException e) {
        // Two instances made the bucket's first row at once: count again on the row that won.
        if (attempt > 2
            || !(e.getCause() instanceof SQLException s)
            || !JobLeases.isDuplicateKey(s)) {
          throw e;
        }
      }
    }
  }

  /** Forgets the buckets (a correct password clears the name's counts). */
  public void forget(List<String> keys) {
    db.inTransaction(
        c -> {
          for (String k : keys) {
            Rows.update(c, "DELETE FROM login_failures WHERE bucket = ?", hash(k));
          }
          return null;
        });
  }

  /** Deletes buckets with no failure since {@code before}; returns how many. */
  public int forgetIdle(Instant before) {
    return db.inTransaction(
        c -> Rows.update(c, "DELETE FROM login_failures WHERE last_failure < ?", before));
  }

  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
