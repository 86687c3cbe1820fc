package org.flowbook.server.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.model.Status;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * What every page template needs besides its own data: who is signed in, the CSRF token for its
 * forms, the UI language and its words, and the current path (for the language switch).
 */
public record Page(
    Optional<User> user,
    String csrf,
    Language lang,
    Messages messages,
    String path,
    String organizationName) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  public String t(String key) {
    return messages.get(lang, key);
  }

  /**
   * An audit log action ({@code save}, {@code user-create}) in words of the user's language; an
   * action without words (one added later) is shown as it is stored (AuditActionsTest fails first).
   */
  public String auditAction(String action) {
    String key = "audit.action." + action;
    return messages.has(key) ? messages.get(lang, key) : action;
  }

  public String status(Status s) {
    return s.word(lang);
  }

  public boolean can(String role) {
    return user.map(u -> u.can(AccessRole.parse(role).orElseThrow())).orElse(false);
  }

  /** Whether the signed-in account is an auditor's (evidence4, #19): reads, changes nothing. */
  public boolean auditor() {
    return user.map(u -> u.access() == AccessRole.AUDITOR).orElse(false);
  }

  public String userName() {
    return user.map(User::displayName).orElse("");
  }

  public String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  public String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  public String other() {
    return lang == Language.SV ? "en" : "sv";
  }

  public String switchLink() {
    return "/lang/" + other() + "?back=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  public static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
