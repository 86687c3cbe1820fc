package org.flowbook.server.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Where the e-mail digest goes out: an SMTP server given as one URL, {@code
 * smtp://user:password@host:587} (STARTTLS when the server offers it) or {@code smtps://…:465} (TLS
 * from the start), and the sender address. From {@code flowbook serve --smtp URL --mail-from
 * ADDRESS} or the environment variables {@code FLOWBOOK_SMTP} and {@code FLOWBOOK_MAIL_FROM}.
 * Without a URL no e-mail is sent at all.
 *
 * @param baseUrl the address of the web app for links in the e-mail ({@code FLOWBOOK_BASE_URL},
 *     {@code --base-url}), or empty
 */
public record MailSettings(
    String host,
    int port,
    String username,
    String password,
    boolean tls,
    String from,
    String baseUrl) {

  public static final String SMTP_ENV = "FLOWBOOK_SMTP";
  public static final String FROM_ENV = "FLOWBOOK_MAIL_FROM";
  public static final String BASE_URL_ENV = "FLOWBOOK_BASE_URL";

  @Override
  public String toString() {
    // Never print the password (settings end up in logs).
    return "smtp"
        + (tls ? "s" : "")
        + "://"
        + (username.isEmpty() ? "" : username + "@")
        + host
        + ":"
        + port;
  }

  /** The settings from the environment, or empty when {@code FLOWBOOK_SMTP} is not set. */
  public static Optional<MailSettings> fromEnvironment(Map<String, String> env) {
    return parse(env.get(SMTP_ENV), env.get(FROM_ENV), env.get(BASE_URL_ENV));
  }

  /**
   * @throws IllegalArgumentException with what to write instead, for a URL that is not one
   */
  public static Optional<MailSettings> parse(String smtpUrl, String from, String baseUrl) {
    if (smtpUrl == null || smtpUrl.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(smtpUrl.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "the SMTP address '" + smtpUrl + "' is not a URL: write smtp://user:password@host:587");
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
      throw new IllegalArgumentException(
          "the SMTP address must start with smtp:// or smtps://, not '" + smtpUrl + "'");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(
          "the SMTP address '" + smtpUrl + "' names no host: write smtp://host:587");
    }
    boolean tls = scheme.equals("smtps");
    int port = uri.getPort() > 0 ? uri.getPort() : (tls ? 465 : 587);
    String user = "";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
    }
    String sender = from == null || from.isBlank() ? "flowbook@" + uri.getHost() : from.strip();
    return Optional.of(
        new MailSettings(
            uri.getHost(),
            port,
            user,
            password,
            tls,
            sender,
            baseUrl == null ? "" : baseUrl.strip()));
  }
}
