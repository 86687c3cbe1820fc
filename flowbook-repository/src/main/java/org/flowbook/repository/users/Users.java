package org.flowbook.repository.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flowbook.repository.LibraryException;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/** The people who sign in: accounts, access roles and password checks. */
public final class Users {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final int MIN_PASSWORD = 10;

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;
  private final PasswordHasher hasher = new PasswordHasher();
  // Verifying an unknown user costs as much as a known one, so timing does not reveal accounts.
  private final String dummyHash;

  public Users(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
    this.dummyHash = hasher.hash("not a password of anyone");
  }

  public boolean isEmpty() {
    return db.read(c -> Rows.one(c, "SELECT COUNT(*) FROM users", rs -> rs.getLong(1)).orElse(0L))
        == 0;
  }

  /** Creates an account; the actor is recorded in the audit log. */
  public User create(
      String actor, String username, String displayName, AccessRole access, String password) {
    String name = normalize(username);
    if (!USERNAME.matcher(name).matches()) {
      throw LibraryException.invalid(
          "a user name is 2–64 lower-case letters, digits, dots, dashes or underscores");
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      throw LibraryException.invalid("a password needs at least " + MIN_PASSWORD + " characters");
    }
    String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
    String hash = hasher.hash(password);
    return db.inTransaction(
        c -> {
          if (Rows.one(c, "SELECT id FROM users WHERE username = ?", rs -> 1, name).isPresent()) {
            throw LibraryException.conflict("the user name '" + name + "' is taken");
          }
          Rows.update(
              c,
              "INSERT INTO users (username, display_name, password_hash, access, created_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              name,
              display,
              hash,
              access.code(),
              clock.instant());
          audit.append(c, actor, "user-create", "user:" + name, "access " + access.code());
          return Rows.one(c, "SELECT * FROM users WHERE username = ?", Users::map, name)
              .orElseThrow();
        });
  }

  /** The user whose name and password match, or empty. */
  public Optional<User> authenticate(String username, String password) {
    String name = normalize(username);
    Optional<String[]> row =
        db.read(
            c ->
                Rows.one(
                    c,
                    "SELECT id, password_hash FROM users WHERE username = ? AND active",
                    rs -> new String[] {rs.getString(1), rs.getString(2)},
                    name));
    String hash = row.map(r -> r[1]).orElse(dummyHash);
    boolean ok = hasher.verify(password == null ? "" : password, hash);
    if (!ok || row.isEmpty()) {
      return Optional.empty();
    }
    return byId(Long.parseLong(row.get()[0]));
  }

  /**
   * A user name as the library compares it: trimmed and in lower case. Everything that keys on a
   * typed name (sign-in, the sign-in limiter) goes through this, so {@code RUT} is {@code rut}.
   */
  public static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public Optional<User> byId(long id) {
    return db.read(c -> Rows.one(c, "SELECT * FROM users WHERE id = ?", Users::map, id));
  }

  public Optional<User> byName(String username) {
    return db.read(
        c -> Rows.one(c, "SELECT * FROM users WHERE username = ?", Users::map, username));
  }

  public List<User> all() {
    return db.read(c -> Rows.list(c, "SELECT * FROM users ORDER BY username", Users::map));
  }

  /** Changes a user's access role. */
  public void setAccess(String actor, String username, AccessRole access) {
    db.inTransaction(
        c -> {
          if (Rows.update(
                  c, "UPDATE users SET access = ? WHERE username = ?", access.code(), username)
              != 1) {
            throw LibraryException.notFound("no user '" + username + "'");
          }
          audit.append(c, actor, "user-access", "user:" + username, "access " + access.code());
          return null;
        });
  }

  /** Sets a new password. */
  public void setPassword(String actor, String username, String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw LibraryException.invalid("a password needs at least " + MIN_PASSWORD + " characters");
    }
    String hash = hasher.hash(password);
    db.inTransaction(
        c -> {
          if (Rows.update(
                  c, "UPDATE users SET password_hash = ? WHERE username = ?", hash, username)
              != 1) {
            throw LibraryException.notFound("no user '" + username + "'");
          }
          audit.append(c, actor, "user-password", "user:" + username, "");
          return null;
        });
  }

  private static User map(ResultSet rs) throws SQLException {
    return new User(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        AccessRole.parse(rs.getString("access")).orElse(AccessRole.READER),
        Rows.instant(rs, "created_at"));
  }
}
