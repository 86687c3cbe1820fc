package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.Sessions.Session;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.Limits;
import org.flowbook.server.security.Auth;
import org.flowbook.server.security.LocalRedirect;
import org.flowbook.server.security.LoginLimiter;
import org.flowbook.server.sso.SsoPages;
import org.flowbook.server.sso.SsoRefusal;
import org.flowbook.server.view.Views;

/**
 * Signing in and out, and the language switch. The sign-in form carries a token that must match a
 * cookie set with it (double submit), so another site cannot sign a visitor in as someone else.
 */
public final class LoginPages {
  private static final int SESSION_SECONDS = 12 * 3600;
  private final Library library;
  private final Views views;
  private final LoginLimiter limiter;
  private final SecureRandom random = new SecureRandom();
  // sso4 (#20): whether local accounts may sign in, and the OpenID Connect provider if any.
  private final boolean local;
  private final Optional<SsoPages> sso;

  public LoginPages(Library library, Views views, LoginLimiter limiter) {
    this(library, views, limiter, true, Optional.empty());
  }

  public LoginPages(
      Library library, Views views, LoginLimiter limiter, boolean local, Optional<SsoPages> sso) {
    this.library = library;
    this.views = views;
    this.limiter = limiter;
    this.local = local;
    this.sso = sso;
  }

  /** The sign-in page with a refused single sign-on's words (sso4, #20). */
  public void showRefusal(Context ctx, SsoRefusal refusal) {
    ctx.status(refusal.reason().status());
    renderForm(ctx, views.page(ctx).t("sso.refused." + refusal.reason().code()));
  }

  public void register(Javalin app) {
    app.get("/login", this::form);
    app.post("/login", this::login);
    app.post("/logout", this::logout);
    app.get("/lang/{code}", this::language);
  }

  private void form(Context ctx) {
    renderForm(ctx, "");
  }

  private void renderForm(Context ctx, String error) {
    byte[] b = new byte[24];
    random.nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    Auth.setCookie(ctx, Auth.PRELOGIN_COOKIE, token, 3600);
    String next =
        LocalRedirect.target(
            ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
    String ssoName = sso.map(SsoPages::providerName).orElse("");
    String ssoHref =
        SsoPages.START_PATH
            + (next.equals("/")
                ? ""
                : "?next="
                    + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
    views.render(
        ctx,
        "login.jte",
        Views.of(
            "token", token, "next", next, "error", error, "local", local, "ssoName", ssoName,
            "ssoHref", ssoHref));
  }

  private void login(Context ctx) {
    if (!local) {
      ctx.status(HttpStatus.FORBIDDEN);
      renderForm(ctx, views.page(ctx).t("sso.local-off"));
      return;
    }
    String expected = ctx.cookie(Auth.PRELOGIN_COOKIE);
    String given = ctx.formParam(Auth.CSRF_FIELD);
    if (expected == null || given == null || !expected.equals(given)) {
      ctx.status(HttpStatus.FORBIDDEN);
      renderForm(ctx, views.page(ctx).t("login.expired"));
      return;
    }
    String username = ctx.formParam("username") == null ? "" : ctx.formParam("username").strip();
    Limits.atMost(username, Limits.USER_NAME, "user-name");
    Limits.atMost(ctx.formParam("password"), Limits.PASSWORD, "password");
    String address = ctx.ip();
    LoginLimiter.Attempt attempt =
        new LoginLimiter.Attempt(username, address, ctx.cookie(Auth.DEVICE_COOKIE));
    LoginLimiter.Decision decision = limiter.check(attempt);
    if (!decision.allowed()) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      ctx.header("Retry-After", String.valueOf(decision.retryAfterSeconds()));
      renderForm(
          ctx,
          views
              .page(ctx)
              .t("login.limited")
              .replace("{seconds}", String.valueOf(decision.retryAfterSeconds())));
      return;
    }
    Optional<User> user = library.users().authenticate(username, ctx.formParam("password"));
    if (user.isEmpty()) {
      limiter.failed(attempt);
      library
          .audit()
          .append(username.isEmpty() ? "?" : username, "login-failed", "address:" + address, "");
      ctx.status(HttpStatus.UNAUTHORIZED);
      renderForm(ctx, views.page(ctx).t("login.wrong"));
      return;
    }
    String device = limiter.succeeded(attempt);
    Session s = library.sessions().start(user.get());
    library.audit().append(user.get().username(), "login", "address:" + address, "");
    Auth.setCookie(ctx, Auth.SESSION_COOKIE, s.token(), SESSION_SECONDS);
    Auth.setCookie(ctx, Auth.DEVICE_COOKIE, device, (int) LoginLimiter.DEVICE_LIFETIME.toSeconds());
    Auth.setCookie(ctx, Auth.PRELOGIN_COOKIE, "", 0);
    ctx.redirect(LocalRedirect.target(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    // sso4 (#20): someone who came through the provider is offered its sign-out too. A page with
    // a link, not a redirect: the policy form-action 'self' would stop a form's redirect there.
    Optional<java.net.URI> provider = sso.flatMap(p -> Auth.user(ctx).flatMap(p::logoutUrl));
    Auth.session(ctx).ifPresent(s -> library.sessions().end(s.token()));
    Auth.setCookie(ctx, Auth.SESSION_COOKIE, "", 0);
    if (provider.isPresent()) {
      Auth.forget(ctx);
      views.render(
          ctx,
          "logged-out.jte",
          Views.of(
              "providerName", sso.get().providerName(),
              "providerLogout", provider.get().toString()));
      return;
    }
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private void language(Context ctx) {
    Language lang = Language.fromCode(ctx.pathParam("code")).orElse(Language.EN);
    Auth.setCookie(ctx, Views.LANG_COOKIE, lang.code(), 365 * 24 * 3600);
    // ackweb (issue 16): the e-mail digest is written in the language the account last chose.
    library
        .sessions()
        .find(ctx.cookie(Auth.SESSION_COOKIE))
        .ifPresent(s -> library.userSettings().setLanguage(s.user().username(), lang));
    ctx.redirect(LocalRedirect.target(ctx.queryParam("back")), HttpStatus.SEE_OTHER);
  }
}
