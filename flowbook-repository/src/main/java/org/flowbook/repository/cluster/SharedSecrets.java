package org.flowbook.repository.cluster;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/**
 * Random keys every instance on one database must agree on, such as the key that signs the sign-in
 * device cookie (a cookie one instance issued must be trusted by the others). The first instance to
 * ask makes the key; the others read it.
 */
public final class SharedSecrets {
  private final Database db;
  private final Clock clock;

  public SharedSecrets(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The 256-bit key called {@code name}, made now if no instance made it before. */
  public byte[] key(String name) {
    for (int attempt = 0; ; attempt++) {
      byte[] stored = stored(name);
      if (stored != null) {
        return stored;
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try {
        db.inTransaction(
            c ->
                Rows.update(
                    c,
                    "INSERT INTO shared_secrets (name, secret, created_at) VALUES (?, ?, ?)",
                    name,
                    Base64.getEncoder().encodeToString(fresh),
                    clock.instant()));
        return fresh;
      } catch (RuntimeException e) {
        // Another instance stored its key first: read that one.
        if (attempt > 0
            || !(e.getCause() instanceof SQLException s)
            || !JobLeases.isDuplicateKey(s)) {
          throw e;
        }
      }
    }
  }

  private byte[] stored(String name) {
    return db.read(
        c ->
            Rows.one(
                    c,
                    "SELECT secret FROM shared_secrets WHERE name = ?",
                    rs -> Base64.getDecoder().decode(rs.getString(1)),
                    name)
                .orElse(null));
  }
}
