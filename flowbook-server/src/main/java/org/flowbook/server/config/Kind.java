package org.flowbook.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.mail.MailSettings;

/**
 * What a setting's value may be. {@link #problem} says why a value is not allowed, as the key of
 * the words that say what is ({@code config.allowed.*} in the message bundle), or empty when the
 * value is fine.
 */
public enum Kind {
  /** 0–65535. */
  PORT,
  /** Any text. */
  TEXT,
  /** Text that never appears in logs or errors (passwords, client secrets). */
  SECRET,
  /** A folder or file. */
  PATH,
  /** true or false (also yes/no, ja/nej, on/off). */
  BOOLEAN,
  /** An http:// or https:// address. */
  HTTP_URL,
  /** A JDBC URL of PostgreSQL (or H2). */
  JDBC_URL,
  /** An smtp:// or smtps:// address, as {@link MailSettings#parse} reads it. */
  SMTP_URL,
  /** An access role (reader, auditor, author, approver, admin) or none. */
  ROLE_OR_NONE,
  /** A whole number of seconds, 0–3600. */
  SECONDS,
  /** Items separated by commas (scopes: by commas or spaces). */
  LIST;

  /** The key of the words that say what is allowed ({@code config.allowed.port}, …). */
  public String allowedKey() {
    return "config.allowed." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Empty when the value is allowed; else {@link #allowedKey()}. */
  public Optional<String> problem(String value) {
    String v = value.strip();
    boolean ok =
        switch (this) {
          case PORT -> isInt(v, 0, 65535);
          case SECONDS -> isInt(v, 0, 3600);
          case TEXT, SECRET, LIST, PATH -> true;
          case BOOLEAN -> bool(v).isPresent();
          case HTTP_URL -> isHttpUrl(v);
          case JDBC_URL -> v.startsWith("jdbc:postgresql:") || v.startsWith("jdbc:h2:");
          case SMTP_URL -> isSmtp(v);
          case ROLE_OR_NONE -> v.equalsIgnoreCase("none") || AccessRole.parse(v).isPresent();
        };
    return ok ? Optional.empty() : Optional.of(allowedKey());
  }

  /** A yes-or-no value in English or Swedish, empty when it is neither. */
  public static Optional<Boolean> bool(String v) {
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "ja", "1" -> Optional.of(true);
      case "false", "no", "off", "nej", "0" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static boolean isInt(String v, int min, int max) {
    try {
      int n = Integer.parseInt(v);
      return n >= min && n <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isHttpUrl(String v) {
    try {
      URI u = new URI(v);
      return u.getHost() != null
          && ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isSmtp(String v) {
    try {
      return MailSettings.parse(v, null, null).isPresent();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
