package org.flowbook.repository.users;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.repository.audit.AuditLog;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.refusal.LibraryException;

/**
 * Accounts of people who sign in through an identity provider (OpenID Connect). The provider's
 * issuer and the subject it gives the person are the key: a name is only a suggestion for a new
 * account, so nobody takes over a local account by choosing its name at the provider. The access
 * role comes from the provider's groups at every sign-in, so a person whose groups lose a role
 * loses it at the next sign-in.
 *
 * <p>The provider is the truth for these accounts: the rule that keeps one active administrator
 * guards the administrators' own changes in the web app, not the provider's groups (the local
 * {@code admin} account of the first start stays, and {@code flowbook admin} can reset it).
 */
public final class ExternalAccounts {
  /** The password hash of an account that signs in only through its provider: matches nothing. */
  static final String NO_PASSWORD = "!external";

  private static final int MAX_NAME = 64;
  private final Database db;
  private final AuditLog audit;
  private final Clock clock;

  public ExternalAccounts(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Who signed in at the provider.
   *
   * @param issuer the provider's issuer URL, as the ID token names it
   * @param subject the provider's stable identifier of the person ({@code sub})
   * @param nameHint a user name to start from for a new account ({@code preferred_username},
   *     e-mail), possibly empty
   * @param displayName the person's name, possibly empty
   * @param access the role the provider's groups map to
   */
  public record SignIn(
      String issuer, String subject, String nameHint, String displayName, AccessRole access) {
    public SignIn {
      if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
        throw LibraryException.invalid("an external sign-in needs the issuer and the subject");
      }
      nameHint = nameHint == null ? "" : nameHint;
      displayName = displayName == null ? "" : displayName.strip();
    }
  }

  /**
   * What the sign-in did to the account.
   *
   * @param previousAccess the role before this sign-in; empty for a new account
   */
  public record Outcome(User user, boolean created, Optional<AccessRole> previousAccess) {
    /** True when the provider's groups changed the account's role. */
    public boolean accessChanged() {
      return previousAccess.isPresent() && previousAccess.get() != user.access();
    }
  }

  /**
   * Finds the account of the provider's person, or creates it, and gives it the mapped role. A
   * deactivated account stays deactivated: the sign-in is refused.
   *
   * @throws LibraryException forbidden when an administrator deactivated the account
   */
  public Outcome signIn(SignIn s) {
    return db.inTransaction(
        c -> {
          Optional<User> found =
              Rows.one(
                  c,
                  "SELECT * FROM users WHERE external_issuer = ? AND external_subject = ?"
                      + " FOR UPDATE",
                  Users::map,
                  s.issuer(),
                  s.subject());
          if (found.isEmpty()) {
            return new Outcome(create(c, s), true, Optional.empty());
          }
          User user = found.get();
          if (!user.active()) {
            throw LibraryException.forbidden(
                "the account '" + user.username() + "' is deactivated; ask an administrator");
          }
          String display = s.displayName().isEmpty() ? user.displayName() : s.displayName();
          Rows.update(
              c,
              "UPDATE users SET access = ?, display_name = ? WHERE id = ?",
              s.access().code(),
              display,
              user.id());
          if (user.access() != s.access()) {
            audit.append(
                c,
                user.username(),
                "user-access",
                "user:" + user.username(),
                "access " + s.access().code() + " (single sign-on groups)");
          }
          User now =
              Rows.one(c, "SELECT * FROM users WHERE id = ?", Users::map, user.id()).orElseThrow();
          return new Outcome(now, false, Optional.of(user.access()));
        });
  }

  /** The issuer and subject an account signs in with, empty for a local account. */
  public Optional<String[]> identityOf(long userId) {
    return db.read(
        c ->
            Rows.one(
                c,
                "SELECT external_issuer, external_subject FROM users WHERE id = ?"
                    + " AND external_subject IS NOT NULL",
                rs -> new String[] {rs.getString(1), rs.getString(2)},
                userId));
  }

  private User create(Connection c, SignIn s) throws SQLException {
    String name = freeName(c, baseName(s));
    String display = s.displayName().isEmpty() ? name : s.displayName();
    Rows.update(
        c,
        "INSERT INTO users (username, display_name, password_hash, access, created_at,"
            + " must_change_password, external_issuer, external_subject)"
            + " VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)",
        name,
        display,
        NO_PASSWORD,
        s.access().code(),
        clock.instant(),
        s.issuer(),
        s.subject());
    audit.append(
        c, name, "user-create", "user:" + name, "access " + s.access().code() + ", single sign-on");
    return Rows.one(c, "SELECT * FROM users WHERE username = ?", Users::map, name).orElseThrow();
  }

  /**
   * A user name from the hint: the part before an {@code @}, lower case, other characters than
   * letters, digits, dots, dashes and underscores as dashes; "user" when nothing is left.
   */
  static String baseName(SignIn s) {
    String hint = s.nameHint().strip();
    int at = hint.indexOf('@');
    if (at > 0) {
      hint = hint.substring(0, at);
    }
    // Åsa Öberg's name becomes asa.oberg: the marks go, the letters stay.
    String plain = Normalizer.normalize(hint, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String name =
        plain
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]+", "-")
            .replaceAll("^[^a-z0-9]+", "")
            .replaceAll("-+$", "");
    if (name.length() > MAX_NAME - 4) {
      name = name.substring(0, MAX_NAME - 4);
    }
    return name.length() < 2 ? "user" : name;
  }

  /** The name itself when free, else the name with the lowest free number: anna, anna-2, … */
  private static String freeName(Connection c, String base) throws SQLException {
    String name = base;
    for (int n = 2; taken(c, name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  private static boolean taken(Connection c, String name) throws SQLException {
    return Rows.one(c, "SELECT id FROM users WHERE username = ?", rs -> 1, name).isPresent();
  }
}
