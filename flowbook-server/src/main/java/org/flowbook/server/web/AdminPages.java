package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flowbook.repository.Library;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.transfer.LibraryExporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.AccountException;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.Limits;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Views;

/** Administration: the audit log, people and their access, the backup download. */
public final class AdminPages {
  private static final int PAGE = 100;

  /** The last page asked for: ten million entries, far beyond any library's log. */
  private static final int LAST_PAGE = 100_000;

  private final Library library;
  private final Views views;

  public AdminPages(Library library, Views views) {
    this.library = library;
    this.views = views;
  }

  public void register(Javalin app) {
    app.get("/admin/audit", this::audit);
    app.get("/admin/users", this::users);
    app.post("/admin/users", this::createUser);
    app.post("/admin/users/{name}/access", this::setAccess);
    app.post("/admin/users/{name}/active", this::setActive);
    app.get("/admin/export.zip", this::export);
  }

  private void audit(Context ctx) {
    Auth.requireAuditView(ctx);
    int page = page(ctx.queryParam("page"));
    views.render(
        ctx,
        "audit.jte",
        Views.of(
            "entries",
            library.audit().latest(PAGE + 1, page * PAGE),
            "pageNo",
            page,
            "size",
            PAGE));
  }

  private void users(Context ctx) {
    Auth.require(ctx, AccessRole.ADMIN);
    renderUsers(ctx, "", "");
  }

  private void renderUsers(Context ctx, String error, String rowError) {
    views.render(
        ctx,
        "users.jte",
        Views.of("users", library.users().all(), "error", error, "rowError", rowError));
  }

  private void createUser(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    try {
      library
          .users()
          .create(
              admin.username(),
              Limits.atMost(ctx.formParam("username"), Limits.USER_NAME, "user-name"),
              Limits.atMost(ctx.formParam("displayName"), Limits.DISPLAY_NAME, "display-name"),
              AccessRole.parse(ctx.formParam("access")).orElse(AccessRole.READER),
              Limits.atMost(ctx.formParam("password"), Limits.PASSWORD, "password"));
      ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
    } catch (LibraryException e) {
      ctx.status(e.reason() == LibraryException.Reason.CONFLICT ? 409 : 422);
      renderUsers(ctx, e.getMessage(), "");
    } catch (AccountException e) {
      ctx.status(422);
      renderUsers(ctx, AccountPages.message(views, ctx, e), "");
    }
  }

  private void setAccess(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    AccessRole role =
        AccessRole.parse(ctx.formParam("access"))
            .orElseThrow(() -> LibraryException.invalid("unknown access role"));
    try {
      library.users().setAccess(admin.username(), ctx.pathParam("name"), role);
    } catch (AccountException e) {
      refused(ctx, e);
      return;
    }
    ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
  }

  /** Deactivates or reactivates an account ({@code active=false|true}). */
  private void setActive(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    String active = ctx.formParam("active");
    if (!"true".equals(active) && !"false".equals(active)) {
      throw LibraryException.invalid("active must be true or false");
    }
    try {
      library
          .users()
          .setActive(admin.username(), ctx.pathParam("name"), Boolean.parseBoolean(active));
    } catch (AccountException e) {
      refused(ctx, e);
      return;
    }
    ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
  }

  private void refused(Context ctx, AccountException e) {
    ctx.status(HttpStatus.CONFLICT);
    renderUsers(ctx, "", AccountPages.message(views, ctx, e));
  }

  private void export(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      LibraryExporter.zip(LibraryExporter.files(library), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    library.audit().append(admin.username(), "export", "library", "zip");
    ctx.header("Content-Disposition", "attachment; filename=\"flowbook-library.zip\"");
    ctx.contentType("application/zip").result(out.toByteArray());
  }

  /** A page of the audit log: 0 to {@link #LAST_PAGE}, else a 400 (its offset would overflow). */
  private static int page(String s) {
    if (s == null || s.isBlank()) {
      return 0;
    }
    try {
      int page = Integer.parseInt(s.strip());
      if (page >= 0 && page <= LAST_PAGE) {
        return page;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw InputError.badRequest("input.page", LAST_PAGE);
  }
}
