package org.flowbook.server.sso;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flowbook.repository.Library;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.ExternalAccounts;
import org.flowbook.repository.users.Sessions.Session;
import org.flowbook.repository.users.User;
import org.flowbook.server.security.Auth;
import org.flowbook.server.security.LocalRedirect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in through the OpenID Connect provider: {@code GET /login/oidc} sends the browser there
 * with a fresh state, nonce and PKCE challenge (kept in an HttpOnly cookie), and {@code GET
 * /login/oidc/callback} takes the answer: the state must be the cookie's and unused, the code is
 * exchanged and the ID token checked ({@link OidcClient}), the account found or created with the
 * role its groups map to, a session started and the sign-in written to the audit log. Refusals are
 * audited too (the reason, no token).
 */
public final class SsoPages {
  public static final String START_PATH = "/login/oidc";
  static final String PENDING_COOKIE = "flowbook_oidc";
  private static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
  private static final int SESSION_SECONDS = 12 * 3600;
  private static final Logger LOG = LoggerFactory.getLogger(SsoPages.class);

  private final Library library;
  private final OidcClient client;
  private final Clock clock;
  private final Refused refused;
  // States already answered: the same answer twice (a replayed code) is refused. Kept as long as a
  // pending sign-in lives; an older answer is refused for its age anyway.
  private final Map<String, Instant> used = new ConcurrentHashMap<>();

  /** Shows the sign-in page with the refusal's words and status. */
  @FunctionalInterface
  public interface Refused {
    void show(Context ctx, SsoRefusal refusal);
  }

  public SsoPages(Library library, OidcClient client, Clock clock, Refused refused) {
    this.library = library;
    this.client = client;
    this.clock = clock;
    this.refused = refused;
  }

  /** The name on the sign-in button. */
  public String providerName() {
    return client.settings().providerName();
  }

  public void register(Javalin app) {
    app.get(START_PATH, this::start);
    app.get(OidcSettings.CALLBACK_PATH, this::callback);
  }

  /** True for the paths strangers may open (the sign-in through the provider). */
  public static boolean isPublic(String path) {
    return path.equals(START_PATH) || path.equals(OidcSettings.CALLBACK_PATH);
  }

  private void start(Context ctx) {
    try {
      OidcClient.Start s = client.begin(LocalRedirect.target(ctx.queryParam("next")));
      Auth.setCookie(ctx, PENDING_COOKIE, s.pending().encode(), (int) PENDING_LIFETIME.toSeconds());
      ctx.redirect(s.authorizationUrl().toString(), HttpStatus.SEE_OTHER);
    } catch (SsoRefusal e) {
      refuse(ctx, "?", e);
    }
  }

  private void callback(Context ctx) {
    Optional<PendingLogin> pending = PendingLogin.decode(ctx.cookie(PENDING_COOKIE));
    Auth.setCookie(ctx, PENDING_COOKIE, "", 0);
    try {
      PendingLogin p = checkState(ctx, pending);
      String error = ctx.queryParam("error");
      if (error != null) {
        throw new SsoRefusal(
            SsoRefusal.Reason.PROVIDER_ERROR,
            "the provider answered " + error.replaceAll("[^A-Za-z0-9_-]", ""));
      }
      String code = ctx.queryParam("code");
      if (code == null || code.isBlank() || code.length() > 4096) {
        throw new SsoRefusal(SsoRefusal.Reason.PROVIDER_ERROR, "the answer has no code");
      }
      OidcClient.Identity who = client.finish(code, p);
      AccessRole role =
          client
              .settings()
              .roles()
              .roleFor(who.groups())
              .orElseThrow(
                  () ->
                      new SsoRefusal(
                          SsoRefusal.Reason.NO_ROLE,
                          "no group of " + who.subject() + " maps to a role"));
      ExternalAccounts.Outcome outcome;
      try {
        outcome =
            library
                .externalAccounts()
                .signIn(
                    new ExternalAccounts.SignIn(
                        who.issuer(), who.subject(), who.nameHint(), who.displayName(), role));
      } catch (LibraryException e) {
        throw new SsoRefusal(SsoRefusal.Reason.DEACTIVATED, e.getMessage());
      }
      User user = outcome.user();
      Session session = library.sessions().start(user);
      library
          .audit()
          .append(
              user.username(),
              "login-sso",
              "address:" + ctx.ip(),
              "access " + user.access().code() + (outcome.created() ? ", new account" : ""));
      Auth.setCookie(ctx, Auth.SESSION_COOKIE, session.token(), SESSION_SECONDS);
      ctx.redirect(LocalRedirect.target(p.next()), HttpStatus.SEE_OTHER);
    } catch (SsoRefusal e) {
      refuse(ctx, "?", e);
    }
  }

  /** The pending sign-in the answer belongs to: same state, not too old, not answered before. */
  private PendingLogin checkState(Context ctx, Optional<PendingLogin> pending) {
    String state = ctx.queryParam("state");
    if (pending.isEmpty() || state == null) {
      throw new SsoRefusal(SsoRefusal.Reason.STATE, "no sign-in was started in this browser");
    }
    PendingLogin p = pending.get();
    if (!MessageDigest.isEqual(
        state.getBytes(StandardCharsets.UTF_8), p.state().getBytes(StandardCharsets.UTF_8))) {
      throw new SsoRefusal(SsoRefusal.Reason.STATE, "the state is not the one this browser sent");
    }
    Instant now = clock.instant();
    if (p.started().plus(PENDING_LIFETIME).isBefore(now)) {
      throw new SsoRefusal(SsoRefusal.Reason.STATE, "the sign-in was started too long ago");
    }
    used.values().removeIf(t -> t.plus(PENDING_LIFETIME).isBefore(now));
    if (used.putIfAbsent(p.state(), now) != null) {
      throw new SsoRefusal(SsoRefusal.Reason.STATE, "this answer was used before");
    }
    return p;
  }

  private void refuse(Context ctx, String actor, SsoRefusal e) {
    // A token that fails its checks or a provider out of reach is for the operator to look at;
    // a stale or repeated answer is a person's double click.
    if (e.reason() == SsoRefusal.Reason.TOKEN
        || e.reason() == SsoRefusal.Reason.PROVIDER_UNREACHABLE) {
      LOG.warn("single sign-on refused ({}): {}", e.reason().code(), e.getMessage());
    } else {
      LOG.info("single sign-on refused ({}): {}", e.reason().code(), e.getMessage());
    }
    library.audit().append(actor, "login-sso-refused", "address:" + ctx.ip(), e.reason().code());
    refused.show(ctx, e);
  }

  /**
   * Where the browser goes after the local session ended: the provider's end-of-session address for
   * someone who signed in through it, when the provider has one.
   */
  public Optional<URI> logoutUrl(User user) {
    if (library.externalAccounts().identityOf(user.id()).isEmpty()) {
      return Optional.empty();
    }
    return client.logoutUrl();
  }
}
