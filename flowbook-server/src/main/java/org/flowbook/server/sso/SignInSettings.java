package org.flowbook.server.sso;

import java.util.Optional;

/**
 * How people sign in: with Flowbook's own accounts ({@code local}), through an OpenID Connect
 * provider, or both. API tokens work either way.
 */
public record SignInSettings(boolean local, Optional<OidcSettings> oidc) {
  /** Local accounts only: the default. */
  public static final SignInSettings LOCAL = new SignInSettings(true, Optional.empty());

  public SignInSettings {
    oidc = oidc == null ? Optional.empty() : oidc;
    if (!local && oidc.isEmpty()) {
      throw new IllegalArgumentException(
          "with local sign-in turned off an OpenID Connect provider is needed");
    }
  }
}
