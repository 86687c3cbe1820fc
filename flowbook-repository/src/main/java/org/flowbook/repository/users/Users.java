package org.flowbook.repository.users;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.refusal.LibraryException;

/**
 * The people who sign in: accounts, access roles, passwords and their checks. There is always at
 * least one active administrator: a change that would leave none is refused.
 */
public final class Users {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final String ONE_TIME_ALPHABET =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;
  private final PasswordHasher hasher = new PasswordHasher();
  private final SecureRandom random = new SecureRandom();
  // Verifying an unknown user costs as much as a known one, so timing does not reveal accounts.
  private final String dummyHash;

  public Users(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
    this.dummyHash = hasher.hash("not a password of anyone");
  }

  /** A new account or a reset one, with the one-time password to hand over (shown only once). */
  public record OneTime(User user, String password) {}

  public boolean isEmpty() {
    return db.read(c -> Rows.one(c, "SELECT COUNT(*) FROM users", rs -> rs.getLong(1)).orElse(0L))
        == 0;
  }

  /** Creates an account; the actor is recorded in the audit log. */
  public User create(
      String actor, String username, String displayName, AccessRole access, String password) {
    return create(actor, username, displayName, access, password, false);
  }

  /**
   * Creates an account with a random one-time password that must be changed at the first sign-in
   * (the administrator of a first start).
   */
  public OneTime createWithOneTimePassword(
      String actor, String username, String displayName, AccessRole access) {
    String password = oneTimePassword();
    return new OneTime(create(actor, username, displayName, access, password, true), password);
  }

  private User create(
      String actor,
      String username,
      String displayName,
      AccessRole access,
      String password,
      boolean mustChange) {
    String name = normalize(username);
    if (!USERNAME.matcher(name).matches()) {
      throw LibraryException.invalid(
          "a user name is 2–64 lower-case letters, digits, dots, dashes or underscores");
    }
    PasswordPolicy.require(name, password);
    String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
    String hash = hasher.hash(password);
    return db.inTransaction(
        c -> {
          if (Rows.one(c, "SELECT id FROM users WHERE username = ?", rs -> 1, name).isPresent()) {
            throw LibraryException.conflict("the user name '" + name + "' is taken");
          }
          Rows.update(
              c,
              "INSERT INTO users (username, display_name, password_hash, access, created_at,"
                  + " must_change_password) VALUES (?, ?, ?, ?, ?, ?)",
              name,
              display,
              hash,
              access.code(),
              clock.instant(),
              mustChange);
          audit.append(c, actor, "user-create", "user:" + name, "access " + access.code());
          return Rows.one(c, "SELECT * FROM users WHERE username = ?", Users::map, name)
              .orElseThrow();
        });
  }

  /** The active user whose name and password match, or empty. */
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
        c ->
            Rows.one(c, "SELECT * FROM users WHERE username = ?", Users::map, normalize(username)));
  }

  public List<User> all() {
    return db.read(c -> Rows.list(c, "SELECT * FROM users ORDER BY username", Users::map));
  }

  /** Changes a user's access role; refused when it would take the last active administrator. */
  public void setAccess(String actor, String username, AccessRole access) {
    String name = normalize(username);
    db.inTransaction(
        c -> {
          lockAdministrators(c);
          User target = lockedTarget(c, name);
          if (target.access() == access) {
            return null;
          }
          if (access != AccessRole.ADMIN) {
            keepAnAdministrator(c, target, "lose the administrator role");
          }
          Rows.update(c, "UPDATE users SET access = ? WHERE id = ?", access.code(), target.id());
          audit.append(c, actor, "user-access", "user:" + name, "access " + access.code());
          return null;
        });
  }

  /**
   * Deactivates an account (it can no longer sign in, its sessions end) or reactivates it. Nobody
   * deactivates themselves, and the last active administrator stays.
   */
  public void setActive(String actor, String username, boolean active) {
    String name = normalize(username);
    db.inTransaction(
        c -> {
          lockAdministrators(c);
          User target = lockedTarget(c, name);
          if (target.active() == active) {
            return null;
          }
          if (!active) {
            if (target.username().equals(normalize(actor))) {
              throw new AccountException(
                  AccountException.SELF_DEACTIVATE,
                  "you cannot deactivate your own account; another administrator can");
            }
            keepAnAdministrator(c, target, "be deactivated");
            endSessions(c, target.id());
          }
          Rows.update(c, "UPDATE users SET active = ? WHERE id = ?", active, target.id());
          audit.append(
              c, actor, active ? "user-reactivate" : "user-deactivate", "user:" + name, "");
          return null;
        });
  }

  /**
   * The signed-in user chooses a new password: the current one must match, the new one pass the
   * {@link PasswordPolicy}. Clears the duty to change a one-time password.
   */
  public void changePassword(User user, String current, String next) {
    String hash =
        db.read(
                c ->
                    Rows.one(
                        c,
                        "SELECT password_hash FROM users WHERE id = ? AND active",
                        rs -> rs.getString(1),
                        user.id()))
            .orElseThrow(() -> LibraryException.notFound("no user '" + user.username() + "'"));
    if (!hasher.verify(current == null ? "" : current, hash)) {
      throw new AccountException(
          AccountException.WRONG_PASSWORD, "the current password is not right");
    }
    if (next != null && next.equals(current)) {
      throw AccountException.of(PasswordPolicy.Problem.SAME);
    }
    PasswordPolicy.require(user.username(), next);
    String newHash = hasher.hash(next);
    db.inTransaction(
        c -> {
          Rows.update(
              c,
              "UPDATE users SET password_hash = ?, must_change_password = FALSE WHERE id = ?",
              newHash,
              user.id());
          audit.append(c, user.username(), "password-change", "user:" + user.username(), "");
          return null;
        });
  }

  /**
   * Gives an account a new one-time password (for someone who forgot theirs, or an administrator
   * locked out): reactivates it, ends its sessions and makes the person choose their own password
   * at the next sign-in. With {@code makeAdmin} the account also becomes an administrator.
   */
  public OneTime resetPassword(String actor, String username, boolean makeAdmin) {
    String name = normalize(username);
    String password = oneTimePassword();
    String hash = hasher.hash(password);
    return db.inTransaction(
        c -> {
          User target = lockedTarget(c, name);
          Rows.update(
              c,
              "UPDATE users SET password_hash = ?, must_change_password = TRUE, active = TRUE"
                  + (makeAdmin ? ", access = 'admin'" : "")
                  + " WHERE id = ?",
              hash,
              target.id());
          endSessions(c, target.id());
          List<String> notes = new ArrayList<>();
          if (!target.active()) {
            notes.add("reactivated");
          }
          if (makeAdmin && target.access() != AccessRole.ADMIN) {
            notes.add("access admin");
          }
          audit.append(c, actor, "password-reset", "user:" + name, String.join(", ", notes));
          return new OneTime(
              Rows.one(c, "SELECT * FROM users WHERE id = ?", Users::map, target.id())
                  .orElseThrow(),
              password);
        });
  }

  /** Sets a new password chosen by an administrator (the person must change it at sign-in). */
  public void setPassword(String actor, String username, String password) {
    String name = normalize(username);
    PasswordPolicy.require(name, password);
    String hash = hasher.hash(password);
    db.inTransaction(
        c -> {
          if (Rows.update(
                  c,
                  "UPDATE users SET password_hash = ?, must_change_password = ? WHERE username = ?",
                  hash,
                  !name.equals(normalize(actor)),
                  name)
              != 1) {
            throw LibraryException.notFound("no user '" + name + "'");
          }
          audit.append(c, actor, "user-password", "user:" + name, "");
          return null;
        });
  }

  private static User lockedTarget(Connection c, String name) throws SQLException {
    return Rows.one(c, "SELECT * FROM users WHERE username = ? FOR UPDATE", Users::map, name)
        .orElseThrow(() -> LibraryException.notFound("no user '" + name + "'"));
  }

  /**
   * Locks the administrators' rows, always in the same order and before any other row, so two
   * administrators demoting each other at once wait for each other instead of both succeeding (or
   * deadlocking); {@link #keepAnAdministrator} then counts what the first one committed.
   */
  private static void lockAdministrators(Connection c) throws SQLException {
    Rows.list(
        c,
        "SELECT id FROM users WHERE access = ? ORDER BY id FOR UPDATE",
        rs -> rs.getLong(1),
        AccessRole.ADMIN.code());
  }

  /** Refuses the change when the target is the only active administrator. */
  private static void keepAnAdministrator(Connection c, User target, String what)
      throws SQLException {
    if (target.access() != AccessRole.ADMIN || !target.active()) {
      return;
    }
    long admins =
        Rows.one(
                c,
                "SELECT COUNT(*) FROM users WHERE access = ? AND active",
                rs -> rs.getLong(1),
                AccessRole.ADMIN.code())
            .orElse(0L);
    if (admins <= 1) {
      throw new AccountException(
          AccountException.LAST_ADMIN,
          "'"
              + target.username()
              + "' is the only active administrator and cannot "
              + what
              + ": make someone else an administrator first");
    }
  }

  // Sessions live in their own table; ending them here keeps it in the change's transaction.
  private static void endSessions(Connection c, long userId) throws SQLException {
    Rows.update(c, "DELETE FROM sessions WHERE user_id = ?", userId);
  }

  private String oneTimePassword() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      s.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
    }
    return s.toString();
  }

  static User map(ResultSet rs) throws SQLException {
    return new User(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        AccessRole.parse(rs.getString("access")).orElse(AccessRole.READER),
        Rows.instant(rs, "created_at"),
        rs.getBoolean("active"),
        rs.getBoolean("must_change_password"));
  }
}
