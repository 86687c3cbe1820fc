package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.Set;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccountException;
import org.flowbook.repository.users.PasswordPolicy;
import org.flowbook.repository.users.User;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Views;

/**
 * The signed-in person's own account: changing their password. A person whose password someone else
 * set (the first start's one-time password, a reset) is held on this page until they have chosen
 * their own: {@link #holdUntilChanged} is a before-handler for every request.
 */
public final class AccountPages {
  public static final String PASSWORD_PATH = "/account/password";

  /** What a person with a one-time password may still reach besides the password page. */
  private static final Set<String> ALWAYS_OPEN = Set.of(PASSWORD_PATH, "/logout", "/health");

  private final Library library;
  private final Views views;

  public AccountPages(Library library, Views views) {
    this.library = library;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get(PASSWORD_PATH, this::form);
    app.post(PASSWORD_PATH, this::change);
  }

  /** Sends a person who must change their password to the password page, and refuses the API. */
  public static void holdUntilChanged(Context ctx) {
    User user = Auth.user(ctx).orElse(null);
    String path = ctx.path();
    if (user == null
        || !user.mustChangePassword()
        || ALWAYS_OPEN.contains(path)
        || path.startsWith("/static/")
        || path.startsWith("/lang/")) {
      return;
    }
    if (path.startsWith("/api/") || !"GET".equals(ctx.method().name())) {
      throw new ForbiddenResponse(
          "choose your own password first: sign in on the web and follow the page");
    }
    ctx.redirect(PASSWORD_PATH, HttpStatus.SEE_OTHER);
    ctx.skipRemainingHandlers();
  }

  private void form(Context ctx) {
    User user = Auth.require(ctx, org.flowbook.repository.users.AccessRole.READER);
    render(ctx, user, "", false);
  }

  private void change(Context ctx) {
    User user = Auth.require(ctx, org.flowbook.repository.users.AccessRole.READER);
    String next = ctx.formParam("password");
    if (next == null || !next.equals(ctx.formParam("confirm"))) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, user, views.page(ctx).t("account.mismatch"), false);
      return;
    }
    try {
      library.users().changePassword(user, ctx.formParam("current"), next);
    } catch (AccountException e) {
      ctx.status(
          AccountException.WRONG_PASSWORD.equals(e.code())
              ? HttpStatus.FORBIDDEN
              : HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, user, message(views, ctx, e), false);
      return;
    }
    User changed = library.users().byId(user.id()).orElse(user);
    render(ctx, changed, "", true);
  }

  private void render(Context ctx, User user, String error, boolean done) {
    views.render(
        ctx,
        "password.jte",
        Views.of(
            "forced",
            user.mustChangePassword(),
            "error",
            error,
            "done",
            done,
            "minLength",
            PasswordPolicy.MIN_LENGTH));
  }

  /** The refusal of an account change in the reader's language. */
  static String message(Views views, Context ctx, AccountException e) {
    String text = views.page(ctx).t("account." + e.code());
    return text.replace("{min}", String.valueOf(PasswordPolicy.MIN_LENGTH))
        .replace("{max}", String.valueOf(PasswordPolicy.MAX_LENGTH));
  }
}
