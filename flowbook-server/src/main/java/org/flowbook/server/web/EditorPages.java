package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.diagram.layout.LayoutLimits;
import org.flowbook.model.Problem;
import org.flowbook.output.ProblemTexts;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.diff.LineDiff;
import org.flowbook.repository.process.CheckedText;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.ack.PublishForm;
import org.flowbook.server.ack.Publisher;
import org.flowbook.server.comments.PlacedComments;
import org.flowbook.server.http.HeavyWork;
import org.flowbook.server.http.Limits;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Charts;
import org.flowbook.server.view.Views;

/**
 * The editor (the {@code .flow} text beside its live flowchart and problems), saving with
 * optimistic locking, and the workflow buttons: submit, approve, send back, archive.
 */
public final class EditorPages {
  private final Library library;
  private final Views views;
  private final Charts charts;
  private final HeavyWork heavy;
  private final Publisher publisher;

  public EditorPages(
      Library library, Views views, Charts charts, HeavyWork heavy, Publisher publisher) {
    this.library = library;
    this.views = views;
    this.charts = charts;
    this.heavy = heavy;
    this.publisher = publisher;
  }

  public void register(Javalin app) {
    app.get("/new", this::newProcess);
    app.get("/processes/{id}/edit", this::edit);
    app.post("/editor/preview", this::preview);
    app.post("/processes", this::create);
    app.post("/processes/{id}", this::save);
    app.post("/processes/{id}/versions/{n}/{action}", this::transition);
    app.post("/processes/{id}/archive", this::archive);
  }

  /**
   * What the editor page shows. {@code conflict} is set after a refused save; {@code comments} are
   * the open comments placed on the steps of the version edited.
   */
  public record EditorView(
      String id,
      int base,
      String title,
      String source,
      String note,
      Preview preview,
      Optional<SaveResult.Conflict> conflict,
      PlacedComments comments) {
    public EditorView(
        String id,
        int base,
        String title,
        String source,
        String note,
        Preview preview,
        Optional<SaveResult.Conflict> conflict) {
      this(id, base, title, source, note, preview, conflict, PlacedComments.NONE);
    }
  }

  /** The right-hand side of the editor: the chart and the problems. */
  public record Preview(String svg, List<Problem> problems) {}

  private void newProcess(Context ctx) {
    Auth.require(ctx, AccessRole.AUTHOR);
    renderNew(ctx, views.page(ctx).t("editor.template"));
  }

  /** The editor for a process not saved yet, holding {@code source} (capture3: guided, upload). */
  void renderNew(Context ctx, String source) {
    render(ctx, new EditorView("", 0, "", source, "", preview(ctx, source), Optional.empty()));
  }

  private void edit(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.AUTHOR));
    ProcessSummary s = view.process(ctx.pathParam("id"));
    String source = view.version(s.id(), s.latestVersion()).source();
    PlacedComments comments =
        PlacedComments.of(
            view.comments(s.id()), view.document(s.id(), s.latestVersion()).process());
    render(
        ctx,
        new EditorView(
            s.id(),
            s.latestVersion(),
            s.title(),
            source,
            "",
            preview(ctx, source),
            Optional.empty(),
            comments));
  }

  private void preview(Context ctx) {
    Auth.require(ctx, AccessRole.AUTHOR);
    String source = ctx.formParam("source") == null ? "" : ctx.formParam("source");
    ctx.contentType(MediaTypes.HTML)
        .result(
            views.html(views.page(ctx), "preview.jte", Views.of("preview", preview(ctx, source))));
  }

  private void create(Context ctx) {
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    String source = form(ctx, "source");
    String note = Limits.atMost(form(ctx, "note"), Limits.NOTE, "note");
    SaveResult r = library.processes().create(u, source, note);
    if (r instanceof SaveResult.Saved saved) {
      ctx.redirect(
          "/processes/" + saved.version().processId(), io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    ctx.status(422);
    render(ctx, new EditorView("", 0, "", source, note, preview(ctx, source), Optional.empty()));
  }

  private void save(Context ctx) {
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    ProcessSummary s = library.viewFor(u).process(ctx.pathParam("id"));
    String source = form(ctx, "source");
    String note = Limits.atMost(form(ctx, "note"), Limits.NOTE, "note");
    int base = LibraryPages.parseVersion(form(ctx, "base"));
    SaveResult r = library.processes().save(u, s.id(), base, source, note);
    if (r instanceof SaveResult.Saved saved) {
      ctx.redirect(
          "/processes/" + s.id() + "?version=" + saved.version().version(),
          io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    Optional<SaveResult.Conflict> conflict =
        r instanceof SaveResult.Conflict c ? Optional.of(c) : Optional.empty();
    ctx.status(conflict.isPresent() ? 409 : 422);
    render(
        ctx, new EditorView(s.id(), base, s.title(), source, note, preview(ctx, source), conflict));
  }

  private void transition(Context ctx) {
    String id = ctx.pathParam("id");
    int n = LibraryPages.parseVersion(ctx.pathParam("n"));
    switch (ctx.pathParam("action")) {
      case "submit" -> library.processes().submit(Auth.require(ctx, AccessRole.AUTHOR), id, n);
      case "approve" ->
          publisher.publish(
              Auth.require(ctx, AccessRole.APPROVER),
              id,
              n,
              PublishForm.parse(ctx.formParam("acknowledge"), ctx.formParam("due")));
      case "reject" ->
          library
              .processes()
              .reject(
                  Auth.require(ctx, AccessRole.APPROVER),
                  id,
                  n,
                  Limits.atMost(form(ctx, "reason"), Limits.NOTE, "note"));
      default -> throw new NotFoundResponse("no such action");
    }
    ctx.redirect("/processes/" + id + "?version=" + n, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void archive(Context ctx) {
    String id = ctx.pathParam("id");
    library.processes().archive(Auth.require(ctx, AccessRole.APPROVER), id);
    ctx.redirect("/processes/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /**
   * The chart and problems of a text. A process over the layout limits shows why instead of a
   * chart; the chart is drawn in the heavy-work pool (busy or too slow: 503, see {@link
   * HeavyWork}).
   */
  Preview preview(Context ctx, String source) {
    return preview(ctx, source, java.util.Set.of());
  }

  /**
   * The chart and problems of a text, the chart drawn also when the only errors have one of the
   * {@code drawnDespite} codes (capture3: a role not declared yet does not hide the growing chart).
   */
  Preview preview(Context ctx, String source, java.util.Set<String> drawnDespite) {
    CheckedText checked = library.processes().check("editor.flow", source);
    List<Problem> problems = new ArrayList<>(checked.problems());
    String svg = "";
    boolean drawable =
        problems.stream().noneMatch(p -> p.isError() && !drawnDespite.contains(p.code()));
    if (checked.hasProcess() && drawable) {
      List<Problem> tooLarge = LayoutLimits.check(checked.process(), checked.document().locator());
      problems.addAll(tooLarge);
      if (tooLarge.isEmpty()) {
        svg = heavy.run(ctx, () -> drawOrNothing(checked));
      }
    }
    // The problems in the editing user's language (codes and positions as the checker gave them).
    return new Preview(svg, ProblemTexts.in(views.language(ctx), problems));
  }

  private String drawOrNothing(CheckedText checked) {
    try {
      return charts.flowchart(checked.process(), library.organization().language());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A model the layout cannot draw yet still shows its problems; the chart stays empty.
      return "";
    }
  }

  private void render(Context ctx, EditorView view) {
    views.render(
        ctx,
        "editor.jte",
        Views.of(
            "editor",
            view,
            "theirs",
            view.conflict().map(c -> LineDiff.withContext(c.theirChanges(), 2)).orElse(List.of())));
  }

  private static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v;
  }
}
