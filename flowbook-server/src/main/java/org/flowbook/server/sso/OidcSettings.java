package org.flowbook.server.sso;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The OpenID Connect provider Flowbook signs people in with, and how its groups map to roles.
 *
 * @param issuer the provider's issuer; the discovery document is {@code
 *     ISSUER/.well-known/openid-configuration}
 * @param clientSecret empty for a public client (PKCE alone)
 * @param providerName the name on the sign-in button
 * @param baseUrl the web app's address, where the provider sends people back
 * @param clockSkew how far the provider's clock may be off when token times are checked
 */
public record OidcSettings(
    URI issuer,
    String clientId,
    String clientSecret,
    String providerName,
    List<String> scopes,
    String roleClaim,
    RoleMapping roles,
    URI baseUrl,
    Duration clockSkew) {

  public static final String CALLBACK_PATH = "/login/oidc/callback";

  public OidcSettings {
    Set<String> s = new LinkedHashSet<>();
    s.add("openid");
    s.addAll(scopes);
    scopes = List.copyOf(s);
    clientSecret = clientSecret == null ? "" : clientSecret;
    providerName =
        providerName == null || providerName.isBlank() ? issuer.getHost() : providerName.strip();
  }

  /** Where the provider sends the browser back with the code. */
  public URI redirectUri() {
    return URI.create(withoutSlash(baseUrl) + CALLBACK_PATH);
  }

  /** Where the provider sends the browser after signing out there. */
  public URI afterLogoutUri() {
    return URI.create(withoutSlash(baseUrl) + "/login");
  }

  private static String withoutSlash(URI u) {
    String s = u.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  @Override
  public String toString() {
    // Never print the secret (settings end up in logs).
    return "OIDC " + issuer + " as " + clientId + (clientSecret.isEmpty() ? " (public)" : "");
  }
}
