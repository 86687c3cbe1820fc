package org.flowbook.server.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.evidence.EvidenceFile;
import org.flowbook.repository.evidence.EvidenceRecord;
import org.flowbook.repository.evidence.EvidenceStore;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.ack.JsonBody;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.security.Auth;
import org.flowbook.server.security.SecurityHeaders;
import org.flowbook.server.view.Views;

/**
 * Evidence in the web app and the API: the controls and what is due, one control with its evidence
 * and the form to record more, the upload of a file, the download of one (never shown inline:
 * {@link SecurityHeaders#untrusted}), and requirement → control → evidence for auditors. Every
 * signed-in account reads; everyone but an auditor records ({@link EvidenceStore#mayRecord}, the
 * rule the repository enforces again); the audit pack is {@link AuditPackPages}'.
 */
public final class EvidencePages {
  private static final int MAX_FIELD = 200;

  private final Library library;
  private final Views views;
  private final Controls controls;

  public EvidencePages(Library library, Views views) {
    this.library = library;
    this.views = views;
    this.controls = new Controls(library);
  }

  public void register(Javalin app) {
    app.get("/evidence", this::overview);
    app.get("/evidence/controls", this::control);
    app.get("/evidence/requirements", this::requirements);
    app.post("/evidence/files", this::upload);
    app.post("/evidence", this::recordFromForm);
    app.get("/evidence/{id}/file", this::download);
    app.get("/api/v1/evidence/controls", this::controlsJson);
    app.get("/api/v1/evidence", this::recordsJson);
    app.post("/api/v1/evidence/files", this::upload);
    app.post("/api/v1/evidence", this::recordFromJson);
    app.get("/api/v1/evidence/{id}/file", this::download);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault());
  }

  /** The overview: my controls first, then all, each with what is overdue and due. */
  public record Overview(List<ControlStatus> mine, List<ControlStatus> all, boolean mayRecord) {}

  private void overview(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    List<TrackedControl> all = controls.all(u);
    List<TrackedControl> mine = controls.ownedBy(u);
    views.render(
        ctx,
        "evidence.jte",
        Views.of(
            "overview",
            new Overview(
                controls.status(mine, today()),
                owingFirst(controls.status(all, today())),
                EvidenceStore.mayRecord(u))));
  }

  /** Controls with evidence overdue or due first, each group in the library's order. */
  private static List<ControlStatus> owingFirst(List<ControlStatus> all) {
    return all.stream().sorted(java.util.Comparator.comparing(ControlStatus::upToDate)).toList();
  }

  /** One control: its status, its evidence and the form. */
  public record One(
      ControlStatus status,
      boolean mayRecord,
      Optional<EvidenceRecord> saved,
      String suggestedPeriod,
      String accept,
      long maxMib) {}

  private void control(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    TrackedControl c = find(u, ctx.queryParam("process"), ctx.queryParam("control"));
    ControlStatus s = controls.status(List.of(c), today()).get(0);
    Optional<EvidenceRecord> saved =
        Optional.ofNullable(ctx.queryParam("saved"))
            .filter(x -> x.matches("[0-9]{1,18}"))
            .flatMap(
                x -> s.records().stream().filter(r -> r.id() == Long.parseLong(x)).findFirst());
    String suggested =
        s.overdue().isEmpty()
            ? s.due().orElse(c.cadence().isCalendar() ? c.cadence().periodOf(today()) : "")
            : s.overdue().get(s.overdue().size() - 1);
    views.render(
        ctx,
        "evidencecontrol.jte",
        Views.of(
            "one",
            new One(
                s,
                EvidenceStore.mayRecord(u),
                saved,
                suggested,
                FileKind.accept(),
                EvidenceUpload.MAX_BYTES / (1024 * 1024))));
  }

  /** A requirement of the organization's regulations with the controls that cite it. */
  public record Cited(
      String regulation, String citation, String text, List<ControlStatus> controls) {}

  private void requirements(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    List<ControlStatus> all = controls.status(controls.all(u), today());
    List<Cited> out = new java.util.ArrayList<>();
    for (var reg : library.organization().regulations()) {
      for (var req : reg.requirements()) {
        String cite = reg.cite(req);
        out.add(
            new Cited(
                reg.name(),
                cite,
                req.text(),
                all.stream().filter(c -> c.control().requirements().contains(cite)).toList()));
      }
    }
    views.render(ctx, "evidencerequirements.jte", Views.of("cited", out));
  }

  private void upload(Context ctx) throws IOException {
    User u = Auth.require(ctx, AccessRole.READER);
    EvidenceUpload.Received r = EvidenceUpload.receive(ctx);
    EvidenceFile f = library.evidence().upload(u, r.name(), r.kind().mediaType(), r.content());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", f.id());
    json.put("name", f.name());
    json.put("mediaType", f.mediaType());
    json.put("size", f.size());
    json.put("sha256", f.sha256());
    ctx.status(HttpStatus.CREATED).json(json);
  }

  private void recordFromForm(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    EvidenceRecord r =
        record(
            u,
            ctx.formParam("process"),
            ctx.formParam("control"),
            ctx.formParam("period"),
            ctx.formParam("note"),
            ctx.formParam("file"));
    TrackedControl c = find(u, r.processId(), r.control());
    ctx.redirect(c.href() + "&saved=" + r.id(), HttpStatus.SEE_OTHER);
  }

  private void recordFromJson(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    JsonNode body = JsonBody.object(ctx);
    EvidenceRecord r =
        record(
            u,
            JsonBody.text(body, "process"),
            JsonBody.text(body, "control"),
            JsonBody.text(body, "period"),
            JsonBody.text(body, "note"),
            JsonBody.text(body, "file"));
    ctx.status(HttpStatus.CREATED).json(json(r));
  }

  private EvidenceRecord record(
      User u, String process, String control, String period, String note, String file) {
    TrackedControl c = find(u, process, control);
    String p = period == null ? "" : period.strip();
    if (c.cadence().isCalendar()) {
      Cadence k = c.cadence();
      p =
          k.start(p)
              .map(k::periodOf)
              .orElseThrow(
                  () -> InputError.unprocessable("evidence.badPeriod", k.periodOf(today())));
    }
    Long fileId = null;
    if (file != null && !file.isBlank()) {
      if (!file.strip().matches("[0-9]{1,18}")) {
        throw InputError.badRequest("evidence.badFile");
      }
      fileId = Long.parseLong(file.strip());
    }
    if (note != null && note.length() > EvidenceStore.MAX_NOTE) {
      throw InputError.unprocessable("input.too-long.note", EvidenceStore.MAX_NOTE);
    }
    return library
        .evidence()
        .record(u, new EvidenceStore.Request(c.name(), c.processId(), p, note, fileId));
  }

  private void download(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw new NotFoundResponse("there is no page here");
    }
    EvidenceRecord r =
        library
            .evidence()
            .find(Long.parseLong(id))
            .filter(x -> library.viewFor(u).find(x.processId()).isPresent())
            .filter(x -> x.file().isPresent())
            .orElseThrow(() -> new NotFoundResponse("there is no page here"));
    EvidenceFile f = r.file().get();
    byte[] content = library.evidence().content(f.id()).orElseThrow(NotFoundResponse::new);
    library
        .audit()
        .append(u.username(), "evidence-download", "evidence-file:" + f.id(), "record " + r.id());
    SecurityHeaders.untrusted(ctx, f.name());
    ctx.contentType(
            f.mediaType().startsWith("text/") ? f.mediaType() + "; charset=utf-8" : f.mediaType())
        .result(content);
  }

  private void controlsJson(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (ControlStatus s : controls.status(controls.all(u), today())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("control", s.control().name());
      m.put("process", s.control().processId());
      m.put("owner", s.control().owner());
      m.put("frequency", s.control().cadence().code());
      m.put("requirements", s.control().requirements());
      m.put("overdue", s.overdue());
      m.put("due", s.due().orElse(null));
      m.put("evidence", s.records().stream().map(EvidenceRecord::id).toList());
      out.add(m);
    }
    ctx.contentType(MediaTypes.JSON).json(out);
  }

  private void recordsJson(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    var view = library.viewFor(u);
    ctx.json(
        library.evidence().all().stream()
            .filter(r -> view.find(r.processId()).isPresent())
            .map(EvidencePages::json)
            .toList());
  }

  static Map<String, Object> json(EvidenceRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("control", r.control());
    m.put("process", r.processId());
    m.put("period", r.period());
    m.put("note", r.note());
    m.put("recordedBy", r.recordedBy());
    m.put("recordedAt", r.recordedAt().toString());
    r.file()
        .ifPresent(
            f -> {
              Map<String, Object> file = new LinkedHashMap<>();
              file.put("name", f.name());
              file.put("mediaType", f.mediaType());
              file.put("size", f.size());
              file.put("sha256", f.sha256());
              file.put("href", "/api/v1/evidence/" + r.id() + "/file");
              m.put("file", file);
            });
    return m;
  }

  private TrackedControl find(User u, String process, String control) {
    if (process == null
        || control == null
        || process.length() > MAX_FIELD
        || control.length() > MAX_FIELD) {
      throw new NotFoundResponse("there is no page here");
    }
    return controls
        .find(u, process.strip(), control.strip())
        .orElseThrow(() -> new NotFoundResponse("there is no page here"));
  }
}
