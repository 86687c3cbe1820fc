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

  public LoginPages(Library library, Views views, LoginLimiter limiter) {
    this.library = library;
    this.views = views;
    this.limiter = limiter;
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
    views.render(ctx, "login.jte", Views.of("token", token, "next", next, "error", error));
  }

  private void login(Context ctx) {
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
    Auth.session(ctx).ifPresent(s -> library.sessions().end(s.token()));
    Auth.setCookie(ctx, Auth.SESSION_COOKIE, "", 0);
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
