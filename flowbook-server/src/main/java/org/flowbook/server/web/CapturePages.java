package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.capture.Capture;
import org.flowbook.capture.guided.GuidedDraft;
import org.flowbook.capture.guided.GuidedStep;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Role;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.Limits;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Views;

/**
 * Capture without the notation: the guided interview ("Intervju"), which asks for a new process one
 * step at a time in plain forms and draws the flowchart as it grows, and the upload of a drawing or
 * list (draw.io, Visio, Excel, CSV, notes) converted by flowbook-capture. Both end in ordinary
 * {@code .flow} text: saved as a draft that opens in the text editor, or opened there first. Every
 * route is for authors and up ({@link Auth#require}); nothing here reads the library beyond the
 * organization's role names, which every author sees in the editor anyway.
 */
public final class CapturePages {
  /** The answers of the guided form that survive a refused answer, to be shown again. */
  private static final List<String> FIELDS =
      List.of(
          "title",
          "purpose",
          "trigger",
          "lang",
          "steptitle",
          "role",
          "newrole",
          "work",
          "wait",
          "systems",
          "instructions",
          "question",
          "label1",
          "share1",
          "target1",
          "label2",
          "share2",
          "target2",
          "label3",
          "share3",
          "target3");

  private static final Pattern ROLE = Pattern.compile("(?m)^\\d+\\. .*\\[([^\\]]+)]");

  private final Library library;
  private final Views views;
  private final EditorPages editor;

  public CapturePages(Library library, Views views, EditorPages editor) {
    this.library = library;
    this.views = views;
    this.editor = editor;
  }

  public void register(Javalin app) {
    app.get("/capture", this::page);
    app.post("/capture", this::answer);
    app.post("/capture/upload", this::upload);
    app.post("/capture/open", this::open);
  }

  /**
   * What the guided page shows.
   *
   * @param draft the {@code .flow} text so far (empty before the process's title is given)
   * @param steps how many steps it has
   * @param values the answers to show in the form again after a refused answer
   * @param errors the fields to correct and a message key for each
   * @param preview the chart and problems of the draft so far, empty before the first step
   */
  public record CaptureView(
      String draft,
      int steps,
      Language language,
      List<String> roles,
      Map<String, String> values,
      Map<String, String> errors,
      Optional<EditorPages.Preview> preview) {

    public String value(String field) {
      return values.getOrDefault(field, "");
    }

    public String error(String field) {
      return errors.getOrDefault(field, "");
    }
  }

  /** The result of an upload: the text to open in the editor and what could not be mapped. */
  public record UploadView(String name, String source, List<Problem> problems, int processes) {}

  private void page(Context ctx) {
    Auth.require(ctx, AccessRole.AUTHOR);
    render(ctx, view(ctx, "", Map.of(), Map.of()));
  }

  private void answer(Context ctx) {
    User u = Auth.require(ctx, AccessRole.AUTHOR);
    String draft = Limits.atMost(form(ctx, "draft"), (int) Limits.MAX_REQUEST_BYTES, "draft");
    String action = form(ctx, "action");
    switch (action) {
      case "start" -> {
        Language lang = form(ctx, "lang").equals("en") ? Language.EN : Language.SV;
        GuidedDraft.Result r =
            GuidedDraft.start(form(ctx, "title"), form(ctx, "purpose"), form(ctx, "trigger"), lang);
        refusedOrNext(ctx, r, draft);
      }
      case "step" -> {
        String role = form(ctx, "newrole").isBlank() ? form(ctx, "role") : form(ctx, "newrole");
        List<GuidedStep.Branch> branches = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
          branches.add(
              new GuidedStep.Branch(
                  form(ctx, "label" + i), form(ctx, "share" + i), form(ctx, "target" + i)));
        }
        GuidedStep step =
            new GuidedStep(
                form(ctx, "steptitle"),
                role,
                form(ctx, "work"),
                form(ctx, "wait"),
                form(ctx, "systems"),
                form(ctx, "instructions"),
                form(ctx, "question"),
                branches);
        refusedOrNext(ctx, GuidedDraft.add(draft, step), draft);
      }
      case "save" -> save(ctx, u, draft);
      case "text" -> editor.renderNew(ctx, GuidedDraft.finished(draft));
      default -> throw InputError.badRequest("capture.err.action");
    }
  }

  private void refusedOrNext(Context ctx, GuidedDraft.Result r, String before) {
    if (r.ok()) {
      render(ctx, view(ctx, r.draft(), Map.of(), Map.of()));
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String f : FIELDS) {
      values.put(f, form(ctx, f));
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (GuidedDraft.FieldError e : r.errors()) {
      errors.putIfAbsent(e.field(), "capture.err." + e.code());
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    render(ctx, view(ctx, before, values, errors));
  }

  /** Saves the draft as a new process (a draft version) and opens it in the text editor. */
  private void save(Context ctx, User u, String draft) {
    String text = GuidedDraft.finished(draft);
    SaveResult r = library.processes().create(u, text, views.page(ctx).t("capture.note"));
    if (r instanceof SaveResult.Saved saved) {
      ctx.redirect("/processes/" + saved.version().processId() + "/edit", HttpStatus.SEE_OTHER);
      return;
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    editor.renderNew(ctx, text);
  }

  /** The text of an upload or a guided draft in the editor, not yet saved. */
  private void open(Context ctx) {
    Auth.require(ctx, AccessRole.AUTHOR);
    editor.renderNew(ctx, form(ctx, "source"));
  }

  /**
   * A drawing or list sent as the request body (the page's script sends the chosen file as it is;
   * the body limit in front of every route has already refused anything over {@link
   * Limits#MAX_REQUEST_BYTES} while reading). Answers the part of the page that shows the result.
   */
  private void upload(Context ctx) {
    Auth.require(ctx, AccessRole.AUTHOR);
    String name = fileName(ctx.queryParam("name"));
    byte[] body = ctx.bodyAsBytes();
    Optional<Capture.Format> format = Capture.formatOfUpload(name, body);
    if (format.isEmpty()) {
      throw InputError.unsupported("capture.err.format", name);
    }
    BpmnImport imported =
        Capture.read(
            new ByteArrayInputStream(body),
            name,
            format.get(),
            Capture.titleOf(java.nio.file.Path.of(name)));
    String source =
        imported.hasErrors() || imported.processes().isEmpty()
            ? ""
            : ProcessFormatter.format(imported.processes().get(0));
    if (source.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    }
    ctx.contentType(MediaTypes.HTML)
        .result(
            views.html(
                views.page(ctx),
                "captureupload.jte",
                Views.of(
                    "upload",
                    new UploadView(
                        name, source, imported.problems(), imported.processes().size()))));
  }

  /** The last part of a client's file name, without anything that could be a path. */
  static String fileName(String given) {
    if (given == null || given.isBlank()) {
      throw InputError.badRequest("capture.err.name");
    }
    String s = given.replace('\\', '/');
    s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
    if (s.isEmpty() || s.length() > 200) {
      throw InputError.badRequest("capture.err.name");
    }
    return s;
  }

  private CaptureView view(
      Context ctx, String draft, Map<String, String> values, Map<String, String> errors) {
    Optional<EditorPages.Preview> preview =
        GuidedDraft.steps(draft) == 0
            ? Optional.empty()
            : Optional.of(editor.preview(ctx, GuidedDraft.finished(draft), Set.of("unknown-role")));
    Language lang = draft.isEmpty() ? views.language(ctx) : GuidedDraft.language(draft);
    return new CaptureView(
        draft, GuidedDraft.steps(draft), lang, roles(draft), values, errors, preview);
  }

  /** The organization's roles and those the draft has named, for the role list. */
  private List<String> roles(String draft) {
    Set<String> names = new LinkedHashSet<>();
    library.organization().roles().stream().map(Role::name).forEach(names::add);
    Matcher m = ROLE.matcher(draft);
    while (m.find()) {
      names.add(m.group(1).strip());
    }
    return List.copyOf(names);
  }

  private void render(Context ctx, CaptureView view) {
    views.render(ctx, "capture.jte", Views.of("capture", view));
  }

  private static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v;
  }
}
