package org.flowbook.server.comments;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Step;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.comments.CommentRules;
import org.flowbook.repository.comments.Comments;
import org.flowbook.repository.comments.StepAnchor;
import org.flowbook.repository.comments.StepComment;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.ack.JsonBody;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.Limits;
import org.flowbook.server.http.VersionNumber;
import org.flowbook.server.security.Auth;

/**
 * Comments on steps, in the web app and the API: anyone signed in comments on a step of a version
 * they can see (the one visibility rule, {@link LibraryView}); the process's authors and owner
 * resolve ({@link CommentRules}).
 */
public final class CommentPages {
  private final Library library;

  public CommentPages(Library library) {
    this.library = library;
  }

  public void register(Javalin app) {
    app.post("/processes/{id}/comments", this::addFromForm);
    app.post("/comments/{comment}/resolve", this::resolveFromForm);
    app.get("/api/v1/processes/{id}/comments", this::list);
    app.post("/api/v1/processes/{id}/comments", this::addFromJson);
    app.post("/api/v1/comments/{comment}/resolve", this::resolveFromJson);
  }

  private void addFromForm(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    StepComment c =
        add(
            u,
            ctx.pathParam("id"),
            ctx.formParam("version"),
            ctx.formParam("step"),
            ctx.formParam("text"));
    ctx.redirect(
        "/processes/" + c.processId() + "?version=" + c.version() + "#step-" + c.stepId(),
        HttpStatus.SEE_OTHER);
  }

  private void addFromJson(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    JsonNode body = JsonBody.object(ctx);
    StepComment c =
        add(
            u,
            ctx.pathParam("id"),
            JsonBody.text(body, "version"),
            JsonBody.text(body, "step"),
            JsonBody.text(body, "text"));
    ctx.status(HttpStatus.CREATED).json(json(c, Optional.of(c.stepId()), false));
  }

  private StepComment add(User u, String id, String version, String step, String text) {
    LibraryView view = library.viewFor(u);
    ProcessSummary s = view.process(id);
    int n = VersionNumber.parse(version);
    ProcessDocument doc = view.document(s.id(), n);
    String body = text == null ? "" : text.strip();
    Limits.atMost(body, Comments.MAX_CHARS, "comment");
    if (body.isEmpty()) {
      throw InputError.unprocessable("input.comment-empty");
    }
    Step target =
        Optional.ofNullable(doc.process())
            .flatMap(p -> p.workSteps().stream().filter(x -> x.id().equals(step)).findFirst())
            .orElseThrow(() -> InputError.unprocessable("input.comment-step"));
    return library.comments().add(u, s.id(), n, target.id(), target.title(), body);
  }

  private void resolveFromForm(Context ctx) {
    StepComment c = resolve(ctx);
    ctx.redirect("/processes/" + c.processId(), HttpStatus.SEE_OTHER);
  }

  private void resolveFromJson(Context ctx) {
    StepComment c = resolve(ctx);
    ctx.json(json(c, Optional.of(c.stepId()), false));
  }

  private StepComment resolve(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    LibraryView view = library.viewFor(u);
    StepComment c = view.comment(commentId(ctx.pathParam("comment")));
    ProcessSummary s = view.process(c.processId());
    if (!CommentRules.mayResolve(u, s, library.organization())) {
      throw new ForbiddenResponse(
          "only the process's authors and its owner resolve comments; ask them");
    }
    return library.comments().resolve(u, c.id());
  }

  private void list(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    ProcessSummary s = view.process(ctx.pathParam("id"));
    int shown = view.defaultVersion(s);
    ProcessDocument doc = view.document(s.id(), shown);
    List<Map<String, Object>> out =
        view.comments(s.id()).stream()
            .map(c -> json(c, StepAnchor.find(c, doc.process()), true))
            .toList();
    ctx.json(out);
  }

  private static Map<String, Object> json(StepComment c, Optional<String> at, boolean placed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("process", c.processId());
    m.put("version", c.version());
    m.put("step", c.stepId());
    m.put("stepTitle", c.stepTitle());
    m.put("text", c.body());
    m.put("author", c.author());
    m.put("createdAt", c.createdAt().toString());
    m.put("open", c.isOpen());
    m.put("resolvedBy", c.resolvedBy());
    if (placed) {
      m.put("currentStep", at.orElse(null));
      m.put("outdated", at.isEmpty());
    }
    return m;
  }

  static long commentId(String s) {
    try {
      long id = Long.parseLong(s == null ? "" : s.strip());
      if (id < 1) {
        throw new NumberFormatException();
      }
      return id;
    } catch (NumberFormatException e) {
      throw LibraryException.notFound("no comment " + s);
    }
  }
}
