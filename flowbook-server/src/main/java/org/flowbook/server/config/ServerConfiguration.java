package org.flowbook.server.config;

import static org.flowbook.server.config.SettingsTable.*;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.ServerSettings;
import org.flowbook.server.mail.MailSettings;
import org.flowbook.server.sso.OidcSettings;
import org.flowbook.server.sso.RoleMapping;
import org.flowbook.server.sso.SignInSettings;

/** Turns checked {@link Configuration} values into the {@link ServerSettings} the server runs. */
public final class ServerConfiguration {
  private ServerConfiguration() {}

  /**
   * The server's settings.
   *
   * @param demoFolder the demo workspace shipped with the program, loaded when {@code demo.load}
   */
  public static ServerSettings settings(Configuration c, Optional<Path> demoFolder) {
    Optional<MailSettings> mail =
        MailSettings.parse(c.text(SMTP), c.text(MAIL_FROM), c.optional(BASE_URL).orElse(""));
    return new ServerSettings(
        c.integer(PORT),
        Path.of(c.text(DATA_DIR)),
        c.optional(DATABASE_URL),
        c.flag(DEMO) ? demoFolder : Optional.empty(),
        mail,
        signIn(c));
  }

  /** Local sign-in and the OpenID Connect provider, when one is set. */
  public static SignInSettings signIn(Configuration c) {
    Optional<OidcSettings> oidc =
        c.optional(OIDC_ISSUER)
            .map(
                issuer ->
                    new OidcSettings(
                        URI.create(issuer),
                        c.text(OIDC_CLIENT_ID),
                        c.text(OIDC_CLIENT_SECRET),
                        c.text(OIDC_PROVIDER_NAME),
                        c.words(OIDC_SCOPES),
                        c.text(OIDC_ROLE_CLAIM),
                        roles(c),
                        URI.create(c.text(BASE_URL)),
                        Duration.ofSeconds(c.integer(OIDC_CLOCK_SKEW))));
    return new SignInSettings(c.flag(LOCAL_LOGIN), oidc);
  }

  private static RoleMapping roles(Configuration c) {
    Map<AccessRole, Setting> byRole =
        Map.of(
            AccessRole.READER, OIDC_ROLE_READER,
            AccessRole.AUDITOR, OIDC_ROLE_AUDITOR,
            AccessRole.AUTHOR, OIDC_ROLE_AUTHOR,
            AccessRole.APPROVER, OIDC_ROLE_APPROVER,
            AccessRole.ADMIN, OIDC_ROLE_ADMIN);
    Map<AccessRole, Set<String>> groups = new EnumMap<>(AccessRole.class);
    byRole.forEach((role, s) -> groups.put(role, new LinkedHashSet<>(c.list(s))));
    String fallback = c.text(OIDC_DEFAULT_ROLE);
    return new RoleMapping(groups, AccessRole.parse(fallback));
  }
}
