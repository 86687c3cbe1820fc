package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.ApiTokens;
import org.flowbook.repository.users.TokenScope;
import org.flowbook.repository.users.User;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Views;

/**
 * A person's API tokens: create one (its secret is shown on the answer page and never again), see
 * them with their scope, expiry and last use, revoke one. Signed-in people only, by session: a
 * token cannot make tokens, so a leaked token cannot outlive its revocation.
 */
public final class TokenPages {
  private final Library library;
  private final Views views;

  public TokenPages(Library library, Views views) {
    this.library = library;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get("/account/tokens", ctx -> show(ctx, Optional.empty(), ""));
    app.post("/account/tokens", this::create);
    app.post("/account/tokens/{id}/revoke", this::revoke);
  }

  private void show(Context ctx, Optional<String> secret, String error) {
    User u = Auth.require(ctx, AccessRole.READER);
    views.render(
        ctx,
        "tokens.jte",
        Views.of(
            "tokens",
            library.tokens().of(u),
            "secret",
            secret,
            "error",
            error,
            "now",
            library.clock().instant()));
  }

  private void create(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    var page = views.page(ctx);
    Optional<TokenScope> scope = TokenScope.parse(ctx.formParam("scope"));
    Optional<Optional<Duration>> validFor = lifetime(ctx.formParam("days"));
    if (scope.isEmpty() || validFor.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      show(ctx, Optional.empty(), page.t("tokens.badChoice"));
      return;
    }
    if (scope.get() == TokenScope.WRITE && !u.can(AccessRole.AUTHOR)) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      show(ctx, Optional.empty(), page.t("tokens.readerWrite"));
      return;
    }
    try {
      ApiTokens.Issued issued =
          library.tokens().create(u, ctx.formParam("name"), scope.get(), validFor.get());
      ctx.status(HttpStatus.CREATED);
      show(ctx, Optional.of(issued.secret()), "");
    } catch (LibraryException e) {
      ctx.status(e.reason() == LibraryException.Reason.CONFLICT ? 409 : 422);
      show(
          ctx,
          Optional.empty(),
          page.t(
              e.reason() == LibraryException.Reason.CONFLICT
                  ? "tokens.tooMany"
                  : "tokens.badName"));
    }
  }

  private void revoke(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("a token id is a number");
    }
    library.tokens().revoke(u, id);
    ctx.redirect("/account/tokens", HttpStatus.SEE_OTHER);
  }

  /** "30" → 30 days, "never" → no expiry; empty for anything else. */
  private static Optional<Optional<Duration>> lifetime(String days) {
    if ("never".equals(days)) {
      return Optional.of(Optional.empty());
    }
    return switch (days == null ? "" : days) {
      case "30", "90", "365" -> Optional.of(Optional.of(Duration.ofDays(Long.parseLong(days))));
      default -> Optional.empty();
    };
  }
}
