package org.flowbook.server.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of {@code flowbook serve}, in the order {@code --help} and docs/configuration.md
 * list them. This table is the one home of the settings: the file reader, the environment, the
 * validation, the help text and the documentation all come from it, so they cannot drift.
 *
 * <p>Adding a setting is one row here ({@code public static final Setting X = add(…)}) and one line
 * where {@link ServerConfiguration} hands its value to {@code ServerSettings}.
 */
public final class SettingsTable {
  private static final List<Setting> ROWS = new ArrayList<>();

  // --- The web server and its data.
  public static final Setting PORT =
      add("server.port", Kind.PORT, "8080", "9000", "The HTTP port; 0 picks a free one.", "");
  public static final Setting BASE_URL =
      add(
          "server.base-url",
          Kind.HTTP_URL,
          "",
          "https://flowbook.example.se",
          "The web app's address as people reach it: links in e-mail and the address the"
              + " single sign-on provider sends people back to.",
          "FLOWBOOK_BASE_URL");
  public static final Setting DATA_DIR =
      add(
          "data.dir",
          Kind.PATH,
          "flowbook-data",
          "/srv/flowbook",
          "Folder of the embedded H2 database, used when database.url is empty.",
          "");
  public static final Setting DATABASE_URL =
      add(
          "database.url",
          Kind.JDBC_URL,
          "",
          "jdbc:postgresql://db/flowbook?user=fb&password=secret",
          "A PostgreSQL database instead of the embedded one.",
          "FLOWBOOK_DB_URL");
  public static final Setting DEMO =
      add(
          "demo.load",
          Kind.BOOLEAN,
          "true",
          "false",
          "Load the demo organization on the first start (--empty is false).",
          "");

  // --- E-mail digest.
  public static final Setting SMTP =
      add(
          "mail.smtp",
          Kind.SMTP_URL,
          "",
          "smtp://fb:secret@mail.example.se:587",
          "SMTP server of the daily e-mail digest (smtps:// for TLS from the start); empty: no"
              + " e-mail.",
          "FLOWBOOK_SMTP");
  public static final Setting MAIL_FROM =
      add(
          "mail.from",
          Kind.TEXT,
          "",
          "flowbook@example.se",
          "Sender of the e-mail digest; empty: flowbook@ the SMTP host.",
          "");

  // --- Signing in.
  public static final Setting LOCAL_LOGIN =
      add(
          "login.local",
          Kind.BOOLEAN,
          "true",
          "false",
          "Sign in with Flowbook's own user names and passwords (and HTTP Basic on the API);"
              + " false leaves single sign-on and API tokens.",
          "");
  public static final Setting OIDC_ISSUER =
      add(
          "oidc.issuer",
          Kind.HTTP_URL,
          "",
          "https://login.example.se/realms/staff",
          "The OpenID Connect provider's issuer; its discovery document is read from"
              + " ISSUER/.well-known/openid-configuration. Empty: no single sign-on.",
          "");
  public static final Setting OIDC_CLIENT_ID =
      add(
          "oidc.client-id",
          Kind.TEXT,
          "",
          "flowbook",
          "The client ID Flowbook is registered with at the provider.",
          "");
  public static final Setting OIDC_CLIENT_SECRET =
      add(
          "oidc.client-secret",
          Kind.SECRET,
          "",
          "s3cr3t",
          "The client secret; empty for a public client (PKCE alone).",
          "");
  public static final Setting OIDC_PROVIDER_NAME =
      add(
          "oidc.provider-name",
          Kind.TEXT,
          "",
          "Contoso ID",
          "The name on the sign-in button, \"Sign in with NAME\"; empty: the issuer's host.",
          "");
  public static final Setting OIDC_SCOPES =
      add(
          "oidc.scopes",
          Kind.LIST,
          "openid profile email",
          "openid profile email groups",
          "The scopes asked for; openid is always added.",
          "");
  public static final Setting OIDC_ROLE_CLAIM =
      add(
          "oidc.role-claim",
          Kind.TEXT,
          "groups",
          "roles",
          "The ID token claim with the person's groups (a list or a space-separated text).",
          "");
  public static final Setting OIDC_ROLE_READER =
      add("oidc.role.reader", Kind.LIST, "", "flowbook-readers", "Groups that read.", "");
  public static final Setting OIDC_ROLE_AUDITOR =
      add(
          "oidc.role.auditor",
          Kind.LIST,
          "",
          "internal-audit",
          "Groups that read and browse evidence and the audit log.",
          "");
  public static final Setting OIDC_ROLE_AUTHOR =
      add("oidc.role.author", Kind.LIST, "", "process-owners", "Groups that write drafts.", "");
  public static final Setting OIDC_ROLE_APPROVER =
      add(
          "oidc.role.approver",
          Kind.LIST,
          "",
          "quality, management",
          "Groups that review and approve.",
          "");
  public static final Setting OIDC_ROLE_ADMIN =
      add(
          "oidc.role.admin",
          Kind.LIST,
          "",
          "flowbook-admins",
          "Groups that administer; a person in several groups gets the highest role.",
          "");
  public static final Setting OIDC_DEFAULT_ROLE =
      add(
          "oidc.default-role",
          Kind.ROLE_OR_NONE,
          "reader",
          "none",
          "The role of someone in none of the groups above; none refuses them.",
          "");
  public static final Setting OIDC_CLOCK_SKEW =
      add(
          "oidc.clock-skew",
          Kind.SECONDS,
          "60",
          "120",
          "Seconds the provider's clock may differ from this server's when tokens are checked.",
          "");

  private SettingsTable() {}

  private static Setting add(
      String key,
      Kind kind,
      String defaultValue,
      String example,
      String description,
      String legacyEnv) {
    Setting s = new Setting(key, kind, defaultValue, example, description, legacyEnv);
    ROWS.add(s);
    return s;
  }

  /** Every setting, in the table's order. */
  public static List<Setting> all() {
    return Collections.unmodifiableList(ROWS);
  }

  /** The setting of a key, empty when there is none. */
  public static Optional<Setting> byKey(String key) {
    return ROWS.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** Every key. */
  public static List<String> keys() {
    return ROWS.stream().map(Setting::key).toList();
  }
}
