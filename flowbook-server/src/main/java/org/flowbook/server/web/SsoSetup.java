package org.flowbook.server.web;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.flowbook.repository.Library;
import org.flowbook.server.security.LoginLimiter;
import org.flowbook.server.sso.OidcClient;
import org.flowbook.server.sso.SignInSettings;
import org.flowbook.server.sso.SsoPages;
import org.flowbook.server.view.Views;

/** Registers the sign-in pages: the local form and, when configured, the OpenID Connect flow. */
public final class SsoSetup {
  private SsoSetup() {}

  public static void register(
      Javalin app,
      Library library,
      Views views,
      LoginLimiter limiter,
      Clock clock,
      SignInSettings signIn) {
    AtomicReference<LoginPages> login = new AtomicReference<>();
    Optional<SsoPages> sso =
        signIn
            .oidc()
            .map(
                o ->
                    new SsoPages(
                        library,
                        new OidcClient(o, clock),
                        clock,
                        (ctx, refusal) -> login.get().showRefusal(ctx, refusal)));
    login.set(new LoginPages(library, views, limiter, signIn.local(), sso));
    login.get().register(app);
    sso.ifPresent(s -> s.register(app));
  }
}
