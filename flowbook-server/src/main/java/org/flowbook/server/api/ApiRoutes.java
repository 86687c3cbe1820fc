package org.flowbook.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.flowbook.diagram.layout.LayoutLimits;
import org.flowbook.model.Problem;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.acknowledge.Acknowledgements;
import org.flowbook.repository.process.CheckedText;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.ProcessVersion;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.ack.JsonBody;
import org.flowbook.server.ack.PublishForm;
import org.flowbook.server.ack.Publisher;
import org.flowbook.server.http.HeavyWork;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.Limits;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Charts;
import org.flowbook.server.web.LibraryPages;

/**
 * The REST API under {@code /api/v1}, described by {@code /api/v1/openapi.json}. Versions are
 * entity tags: GET answers {@code ETag: "N"}, and PUT needs {@code If-Match: "N"} — a stale tag is
 * a 409 with the other person's changes, never a lost update.
 */
public final class ApiRoutes {
  private final Library library;
  private final Charts charts;
  private final HeavyWork heavy;
  private final byte[] openApi;
  private final Publisher publisher;

  public ApiRoutes(Library library, Charts charts, HeavyWork heavy, Publisher publisher) {
    this.library = library;
    this.charts = charts;
    this.heavy = heavy;
    this.publisher = publisher;
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/openapi/openapi.json")) {
      this.openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void register(Javalin app) {
    app.get("/api/v1/openapi.json", ctx -> ctx.contentType(MediaTypes.JSON).result(openApi));
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
          case "approve" -> approve(ctx, id, n);
          case "reject" ->
              library.processes().reject(Auth.require(ctx, AccessRole.APPROVER), id, n, "");
          default -> throw new NotFoundResponse("actions: submit, approve, reject");
        };
    ctx.json(Json.version(v));
  }

  /**
   * Publishes; an optional JSON body {@code {"acknowledge": true, "due": "2026-12-31"}} asks the
   * affected people to confirm they read it.
   */
  private VersionInfo approve(Context ctx, String id, int n) {
    User u = Auth.require(ctx, AccessRole.APPROVER);
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    Acknowledgements.Request request = Acknowledgements.Request.NONE;
    if (type.startsWith("application/json")) {
      JsonNode body = JsonBody.object(ctx);
      request = PublishForm.parse(JsonBody.text(body, "acknowledge"), JsonBody.text(body, "due"));
    }
    return publisher.publish(u, id, n, request);
  }

  private void flowchart(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    ProcessSummary s = view.process(ctx.pathParam("id"));
    int n = view.defaultVersion(s);
    ProcessDocument d = view.document(s.id(), n);
    if (!d.hasProcess()) {
      throw new NotFoundResponse("no chart: version " + n + " of " + s.id() + " cannot be read");
    }
    String svg =
        heavy.run(
            ctx, () -> charts.flowchart(s.id(), n, d.process(), library.organization().language()));
    ctx.contentType(MediaTypes.SVG).result(svg);
  }

  private void search(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    String q = Limits.atMost(ctx.queryParam("q"), Limits.QUERY, "query");
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
    List<Problem> tooLarge = LayoutLimits.check(checked.process(), checked.document().locator());
    if (!tooLarge.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Json.invalid(tooLarge));
      return;
    }
    String svg =
        heavy.run(
            ctx, () -> charts.flowchart(checked.process(), library.organization().language()));
    ctx.contentType(MediaTypes.SVG).result(svg);
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
    return LibraryPages.parseVersion(s);
  }

  /** The text of a create/update: a JSON {@code {"source", "note"}} or the plain .flow text. */
  record Body(String source, String note) {
    /** Strict: a field of another type is an error, not coerced into a string. */
    private static final ObjectMapper MAPPER =
        JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();

    static Body of(Context ctx) {
      String type = ctx.contentType() == null ? "" : ctx.contentType();
      Body b;
      if (type.startsWith("application/json")) {
        JsonNode json = parse(ctx.bodyAsBytes());
        JsonNode source = json.get("source");
        JsonNode note = json.get("note");
        if (source == null || !source.isTextual()) {
          throw InputError.badRequest("input.json-source");
        }
        if (note != null && !note.isTextual() && !note.isNull()) {
          throw InputError.badRequest("input.json");
        }
        b = new Body(source.textValue(), note == null || note.isNull() ? "" : note.textValue());
      } else {
        b = new Body(ctx.body(), ctx.queryParam("note") == null ? "" : ctx.queryParam("note"));
      }
      Limits.atMost(b.note(), Limits.NOTE, "note");
      return b;
    }

    /** A JSON object; anything else, malformed or nested beyond Jackson's depth limit, is a 400. */
    static JsonNode parse(byte[] body) {
      try {
        JsonNode json = MAPPER.readTree(body);
        if (json == null || !json.isObject()) {
          throw InputError.badRequest("input.json");
        }
        return json;
      } catch (IOException e) {
        throw InputError.badRequest("input.json");
      }
    }
  }
}
