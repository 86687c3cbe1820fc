package org.flowbook.server.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.model.RoleShare;
import org.flowbook.repository.Library;
import org.flowbook.repository.acknowledge.PersonLink;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.training.SignOff;
import org.flowbook.repository.training.TrainingSignOffs;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.ack.JsonBody;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.http.VersionNumber;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Views;
import org.flowbook.training.curriculum.Curricula;
import org.flowbook.training.curriculum.Curriculum;
import org.flowbook.training.report.MatrixReport;
import org.flowbook.training.report.MatrixXlsx;
import org.flowbook.training.status.TrainingMatrix;

/**
 * Training in the web app and the API: my training (curriculum, records, what is stale and why),
 * the team matrix for managers (approvers and administrators) with its CSV and XLSX, and the
 * trainer's sign-off. Only published versions are read ({@link LibraryTraining}), so no viewer
 * learns of a draft here; who may sign off is {@link TrainingSignOffs#maySignOff}, the one rule the
 * repository enforces again when storing.
 */
public final class TrainingPages {
  /** The longest person name, process id or step id a form may send. */
  private static final int MAX_FIELD = 200;

  private final Library library;
  private final Views views;
  private final LibraryTraining training;

  public TrainingPages(Library library, Views views) {
    this.library = library;
    this.views = views;
    this.training = new LibraryTraining(library);
  }

  public void register(Javalin app) {
    app.get("/training", this::mine);
    app.get("/training/matrix", this::matrix);
    app.get("/training/matrix.csv", this::matrixCsv);
    app.get("/training/matrix.xlsx", this::matrixXlsx);
    app.get("/training/sign-off", this::signOffForm);
    app.post("/training/sign-off", this::signOffFromForm);
    app.get("/api/v1/training", this::mineJson);
    app.get("/api/v1/training/matrix", this::matrixJson);
    app.post("/api/v1/training/records", this::signOffFromJson);
  }

  /** One person's training: their curricula, their row of the matrix, their sign-offs. */
  public record Mine(
      Person person, List<Curriculum> curricula, TrainingMatrix matrix, List<SignOff> records) {}

  private List<Mine> mineOf(User u) {
    LibraryTraining.Snapshot snap = training.snapshot();
    var ws = snap.versions().currentWorkspace(snap.workspace());
    List<Mine> out = new ArrayList<>();
    for (Person p : PersonLink.people(u, library.organization())) {
      List<Curriculum> curricula = new ArrayList<>();
      for (RoleShare r : p.roles()) {
        curricula.add(Curricula.of(ws, r.role()));
      }
      out.add(
          new Mine(
              p,
              curricula,
              snap.matrixOf(List.of(p), today()),
              library.training().ofPerson(PersonLink.key(p))));
    }
    return out;
  }

  private void mine(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    views.render(ctx, "mytraining.jte", Views.of("people", mineOf(u)));
  }

  private void mineJson(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    ctx.contentType(MediaTypes.JSON);
    StringBuilder b = new StringBuilder("[");
    for (Mine m : mineOf(u)) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append(MatrixReport.json(m.matrix()).strip());
    }
    ctx.result(b.append("]").toString());
  }

  /** The matrix a manager sees: everyone, or the holders of one role (a team). */
  public record Team(TrainingMatrix matrix, String role, List<String> roles) {}

  private Team team(Context ctx) {
    Auth.require(ctx, AccessRole.APPROVER);
    String role = Optional.ofNullable(ctx.queryParam("role")).map(String::strip).orElse("");
    if (role.length() > MAX_FIELD) {
      throw InputError.badRequest("input.training-role");
    }
    LibraryTraining.Snapshot snap = training.snapshot();
    List<Person> people =
        role.isEmpty()
            ? library.organization().people()
            : library.organization().people().stream().filter(p -> p.holds(role)).toList();
    TrainingMatrix m = role.isEmpty() ? snap.matrix(today()) : snap.matrixOf(people, today());
    List<String> roles = new ArrayList<>();
    for (Person p : library.organization().people()) {
      for (RoleShare r : p.roles()) {
        if (!roles.contains(r.role())) {
          roles.add(r.role());
        }
      }
    }
    return new Team(m, role, roles);
  }

  private void matrix(Context ctx) {
    views.render(ctx, "teammatrix.jte", Views.of("team", team(ctx)));
  }

  private void matrixCsv(Context ctx) {
    Team t = team(ctx);
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"training-matrix.csv\"")
        .result(MatrixReport.csv(t.matrix(), views.language(ctx)));
  }

  private void matrixXlsx(Context ctx) {
    Team t = team(ctx);
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Content-Disposition", "attachment; filename=\"training-matrix.xlsx\"")
        .result(MatrixXlsx.write(t.matrix(), views.language(ctx)));
  }

  private void matrixJson(Context ctx) {
    Team t = team(ctx);
    ctx.contentType(MediaTypes.JSON).result(MatrixReport.json(t.matrix()));
  }

  /** What the sign-off form offers: the people and the processes this trainer may sign off. */
  public record Form(
      List<Person> people,
      List<ProcessSummary> processes,
      String person,
      String process,
      Optional<SignOff> saved,
      LocalDate today) {}

  private List<ProcessSummary> trainable(User u) {
    TrainingSignOffs rule = library.training();
    return library.processes().list().stream()
        .filter(s -> s.publishedVersion() != null)
        .filter(s -> rule.maySignOff(u, s))
        .toList();
  }

  private User trainer(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    if (trainable(u).isEmpty()) {
      throw new ForbiddenResponse(
          "training is signed off by approvers, administrators and the process owner's people");
    }
    return u;
  }

  private void signOffForm(Context ctx) {
    User u = trainer(ctx);
    List<Person> others =
        library.organization().people().stream().filter(p -> !PersonLink.links(u, p)).toList();
    Optional<SignOff> saved = Optional.empty();
    String done = ctx.queryParam("saved");
    if (done != null && done.matches("[0-9]{1,18}")) {
      long id = Long.parseLong(done);
      saved =
          library.training().all().stream()
              .filter(s -> s.id() == id && s.trainer().equals(u.username()))
              .findFirst();
    }
    views.render(
        ctx,
        "signoff.jte",
        Views.of(
            "form",
            new Form(
                others,
                trainable(u),
                field(ctx.queryParam("person")),
                field(ctx.queryParam("process")),
                saved,
                today())));
  }

  private void signOffFromForm(Context ctx) {
    User u = trainer(ctx);
    SignOff s =
        signOff(
            u,
            ctx.formParam("person"),
            ctx.formParam("process"),
            ctx.formParam("step"),
            ctx.formParam("version"),
            ctx.formParam("date"),
            ctx.formParam("validMonths"));
    ctx.redirect("/training/sign-off?saved=" + s.id(), HttpStatus.SEE_OTHER);
  }

  private void signOffFromJson(Context ctx) {
    User u = trainer(ctx);
    JsonNode body = JsonBody.object(ctx);
    SignOff s =
        signOff(
            u,
            JsonBody.text(body, "person"),
            JsonBody.text(body, "process"),
            JsonBody.text(body, "step"),
            JsonBody.text(body, "version"),
            JsonBody.text(body, "date"),
            JsonBody.text(body, "validMonths"));
    ctx.status(HttpStatus.CREATED).json(json(s));
  }

  private SignOff signOff(
      User u,
      String person,
      String process,
      String step,
      String version,
      String date,
      String validMonths) {
    if (person == null || person.isBlank() || process == null || process.isBlank()) {
      throw InputError.unprocessable("input.training-sign-off");
    }
    String who = checked(person);
    String id = checked(process);
    ProcessSummary s =
        library
            .processes()
            .summary(id)
            .filter(x -> x.publishedVersion() != null)
            .orElseThrow(
                () ->
                    org.flowbook.repository.refusal.LibraryException.notFound("no process " + id));
    int v =
        version == null || version.isBlank() ? s.publishedVersion() : VersionNumber.parse(version);
    LocalDate day = date == null || date.isBlank() ? today() : date(date);
    int months = months(validMonths);
    return library
        .training()
        .record(
            u,
            new TrainingSignOffs.Request(
                who, s.id(), step == null ? "" : checked(step), v, day, months));
  }

  private static String checked(String s) {
    if (s.length() > MAX_FIELD) {
      throw InputError.unprocessable("input.training-sign-off");
    }
    return s.strip();
  }

  private static String field(String s) {
    return s == null || s.length() > MAX_FIELD ? "" : s.strip();
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw InputError.unprocessable("input.training-date");
    }
  }

  private static int months(String s) {
    if (s == null || s.isBlank()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 0 || n > TrainingSignOffs.MAX_VALID_MONTHS) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw InputError.unprocessable("input.training-months", TrainingSignOffs.MAX_VALID_MONTHS);
    }
  }

  private static Map<String, Object> json(SignOff s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("person", s.personName());
    m.put("process", s.processId());
    m.put("step", s.stepId());
    m.put("version", s.version());
    m.put("date", s.trainedOn().toString());
    m.put("validMonths", s.validMonths());
    m.put("trainer", s.trainerName());
    m.put("recordedAt", s.recordedAt().toString());
    return m;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault());
  }
}
