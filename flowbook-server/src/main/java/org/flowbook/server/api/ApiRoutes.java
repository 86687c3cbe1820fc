package org.flowbook.server.api;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.process.CheckedText;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.ProcessVersion;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Charts;

/**
 * The REST API under {@code /api/v1}, described by {@code /api/v1/openapi.json}. Versions are
 * entity tags: GET answers {@code ETag: "N"}, and PUT needs {@code If-Match: "N"} — a stale tag is
 * a 409 with the other person's changes, never a lost update.
 */
public final class ApiRoutes {
  private final Library library;
  private final Charts charts;
  private final byte[] openApi;

  public ApiRoutes(Library library, Charts charts) {
    this.library = library;
    this.charts = charts;
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/openapi/openapi.json")) {
      this.openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void register(Javalin app) {
    app.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get("/api/v1/processes", this::list);
    app.post("/api/v1/processes", this::create);
    app.get("/api/v1/processes/{id}", this::get);
    app.put("/api/v1/processes/{id}", this::update);
    app.get("/api/v1/processes/{id}/versions", this::versions);
    app.get("/api/v1/processes/{id}/versions/{n}", this::version);
    app.post("/api/v1/processes/{id}/versions/{n}/{action}", this::transition);
    app.get("/api/v1/processes/{id}/flowchart.svg", this::flowchart);
    app.get("/api/v1/search", this::search);
    app.post("/api/v1/render", this::render);
    app.post("/api/v1/check", this::check);
  }

  private void list(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    ctx.json(view.processes().stream().map(Json::summary).toList());
  }

  private void get(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    ProcessSummary s = view.process(ctx.pathParam("id"));
    int n =
        ctx.queryParam("version") != null
            ? number(ctx.queryParam("version"))
            : view.defaultVersion(s);
    ProcessVersion v = view.version(s.id(), n);
    // A reader's tag is the version they can see; only authors, who can update, see the newest.
    ctx.header("ETag", "\"" + view.defaultVersion(s) + "\"");
    ctx.json(Json.process(s, v));
  }

  private void create(Context ctx) {
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    Body body = Body.of(ctx);
    SaveResult r = library.processes().create(u, body.source(), body.note());
    answer(ctx, r, HttpStatus.CREATED);
  }

  private void update(Context ctx) {
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    ProcessSummary s = library.viewFor(u).process(ctx.pathParam("id"));
    String ifMatch = ctx.header("If-Match");
    if (ifMatch == null || ifMatch.isBlank()) {
      ctx.status(HttpStatus.PRECONDITION_REQUIRED)
          .json(
              Json.error(
                  "if-match-required",
                  "send If-Match: \"N\" with the version you edited (the ETag of GET)"));
      return;
    }
    int base = number(ifMatch.replace("W/", "").replace("\"", ""));
    Body body = Body.of(ctx);
    answer(
        ctx, library.processes().save(u, s.id(), base, body.source(), body.note()), HttpStatus.OK);
  }

  private void answer(Context ctx, SaveResult r, HttpStatus ok) {
    if (r instanceof SaveResult.Saved saved) {
      ctx.header("ETag", "\"" + saved.version().version() + "\"");
      ctx.status(ok).json(Json.saved(saved));
    } else if (r instanceof SaveResult.Conflict c) {
      ctx.header("ETag", "\"" + c.latest().version() + "\"");
      ctx.status(HttpStatus.CONFLICT).json(Json.conflict(c));
    } else if (r instanceof SaveResult.Invalid invalid) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Json.invalid(invalid.problems()));
    }
  }

  private void versions(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    ctx.json(view.history(ctx.pathParam("id")).stream().map(Json::version).toList());
  }

  private void version(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    ProcessSummary s = view.process(ctx.pathParam("id"));
    ctx.json(Json.process(s, view.version(s.id(), number(ctx.pathParam("n")))));
  }

  private void transition(Context ctx) {
    String id = ctx.pathParam("id");
    int n = number(ctx.pathParam("n"));
    var v =
        switch (ctx.pathParam("action")) {
          case "submit" -> library.processes().submit(Auth.require(ctx, AccessRole.AUTHOR), id, n);
          case "approve" ->
              library.processes().approve(Auth.require(ctx, AccessRole.APPROVER), id, n);
          case "reject" ->
              library.processes().reject(Auth.require(ctx, AccessRole.APPROVER), id, n, "");
          default -> throw new NotFoundResponse("actions: submit, approve, reject");
        };
    ctx.json(Json.version(v));
  }

  private void flowchart(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    ProcessSummary s = view.process(ctx.pathParam("id"));
    int n = view.defaultVersion(s);
    ProcessDocument d = view.document(s.id(), n);
    if (!d.hasProcess()) {
      throw new NotFoundResponse("no chart: version " + n + " of " + s.id() + " cannot be read");
    }
    ctx.contentType("image/svg+xml")
        .result(charts.flowchart(s.id(), n, d.process(), library.organization().language()));
  }

  private void search(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequestResponse("give the words to find as ?q=");
    }
    ctx.json(view.search(q, 50).stream().map(Json::hit).toList());
  }

  private void render(Context ctx) {
    Auth.require(ctx, AccessRole.READER);
    CheckedText checked = library.processes().check("input.flow", Body.of(ctx).source());
    if (checked.hasErrors() || !checked.hasProcess()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Json.invalid(checked.problems()));
      return;
    }
    ctx.contentType("image/svg+xml")
        .result(charts.flowchart(checked.process(), library.organization().language()));
  }

  private void check(Context ctx) {
    Auth.require(ctx, AccessRole.READER);
    CheckedText checked = library.processes().check("input.flow", Body.of(ctx).source());
    ctx.json(
        Map.of(
            "problems",
            checked.problems().stream().map(Json::problem).toList(),
            "canonical",
            checked.canonical()));
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("a version is a number: " + s);
    }
  }

  /** The text of a create/update: a JSON {@code {"source", "note"}} or the plain .flow text. */
  record Body(String source, String note) {
    static Body of(Context ctx) {
      String type = ctx.contentType() == null ? "" : ctx.contentType();
      if (type.startsWith("application/json")) {
        Body b = ctx.bodyAsClass(Body.class);
        if (b.source() == null) {
          throw new BadRequestResponse("the JSON needs a \"source\" with the .flow text");
        }
        return new Body(b.source(), b.note() == null ? "" : b.note());
      }
      return new Body(ctx.body(), ctx.queryParam("note") == null ? "" : ctx.queryParam("note"));
    }
  }
}
