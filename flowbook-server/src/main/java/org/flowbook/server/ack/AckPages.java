package org.flowbook.server.ack;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Person;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.acknowledge.PersonLink;
import org.flowbook.repository.acknowledge.Publication;
import org.flowbook.repository.comments.CommentRules;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.VersionNumber;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Charts;
import org.flowbook.server.view.Views;

/**
 * Read-and-acknowledge in the web app and the API: my acknowledgements, "what changed for you" and
 * the confirmation, and the status of one publication for its approvers and owner. Every process is
 * read through the one visibility rule ({@link LibraryView}); a task belongs to the people the
 * account is ({@link PersonLink}).
 */
public final class AckPages {
  private final Library library;
  private final Views views;
  private final Charts charts;

  public AckPages(Library library, Views views, Charts charts) {
    this.library = library;
    this.views = views;
    this.charts = charts;
  }

  public void register(Javalin app) {
    app.get("/acknowledgements", this::mine);
    app.get("/acknowledgements/{id}/{n}", this::whatChanged);
    app.post("/acknowledgements/{id}/{n}", this::confirmFromForm);
    app.get("/processes/{id}/versions/{n}/acknowledgements", this::status);
    app.get("/api/v1/acknowledgements", this::mineJson);
    app.post("/api/v1/acknowledgements/{id}/{n}", this::confirmFromJson);
    app.get("/api/v1/processes/{id}/versions/{n}/acknowledgements", this::statusJson);
  }

  /** One of my tasks and whether I can open it (a newer publication hides older ones). */
  public record MyTask(Acknowledgement task, String title, boolean visible, boolean overdue) {}

  private List<MyTask> tasks(User u) {
    LibraryView view = library.viewFor(u);
    LocalDate today = today();
    List<MyTask> out = new ArrayList<>();
    for (Person p : PersonLink.people(u, library.organization())) {
      for (Acknowledgement a : library.acknowledgements().ofPerson(PersonLink.key(p))) {
        Optional<ProcessSummary> s = view.find(a.processId());
        boolean visible = s.isPresent() && view.sees(s.get(), a.version());
        out.add(
            new MyTask(a, visible ? s.get().title() : a.processId(), visible, a.overdue(today)));
      }
    }
    return out;
  }

  private void mine(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    List<Person> people = PersonLink.people(u, library.organization());
    views.render(
        ctx, "acknowledgements.jte", Views.of("tasks", tasks(u), "linked", !people.isEmpty()));
  }

  private void mineJson(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    ctx.json(tasks(u).stream().filter(MyTask::visible).map(t -> json(t.task(), today())).toList());
  }

  /** The tasks of this account in one publication it can see. */
  private List<Acknowledgement> myTasksIn(User u, String id, int n) {
    LibraryView view = library.viewFor(u);
    ProcessSummary s = view.process(id);
    view.version(s.id(), n);
    List<Acknowledgement> out = new ArrayList<>();
    for (Person p : PersonLink.people(u, library.organization())) {
      library.acknowledgements().of(s.id(), n).stream()
          .filter(a -> a.personKey().equals(PersonLink.key(p)))
          .forEach(out::add);
    }
    if (out.isEmpty()) {
      throw LibraryException.notFound(
          "you have nothing to acknowledge in version " + n + " of " + id);
    }
    return out;
  }

  private void whatChanged(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    int n = VersionNumber.parse(ctx.pathParam("n"));
    List<Acknowledgement> mine = myTasksIn(u, ctx.pathParam("id"), n);
    Acknowledgement task = mine.get(0);
    Publication pub = library.acknowledgements().publication(task.processId(), n).orElseThrow();
    ProcessSummary s = library.viewFor(u).process(task.processId());
    PersonalChange change = PersonalChange.of(library, charts, pub, task, views.language(ctx));
    views.render(
        ctx,
        "whatchanged.jte",
        Views.of(
            "summary",
            s,
            "change",
            change,
            "done",
            mine.stream().allMatch(Acknowledgement::isDone)));
  }

  private void confirmFromForm(Context ctx) {
    List<Acknowledgement> done = confirm(ctx);
    Acknowledgement a = done.get(0);
    ctx.redirect("/acknowledgements/" + a.processId() + "/" + a.version(), HttpStatus.SEE_OTHER);
  }

  private void confirmFromJson(Context ctx) {
    ctx.json(confirm(ctx).stream().map(a -> json(a, today())).toList());
  }

  private List<Acknowledgement> confirm(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    int n = VersionNumber.parse(ctx.pathParam("n"));
    List<Acknowledgement> done = new ArrayList<>();
    for (Acknowledgement a : myTasksIn(u, ctx.pathParam("id"), n)) {
      done.add(library.acknowledgements().acknowledge(u, a.processId(), n, a.personKey()));
    }
    return done;
  }

  /** The numbers of a publication's status: how many confirmed, are open, are overdue. */
  public record Status(
      ProcessSummary summary,
      Publication publication,
      List<Acknowledgement> tasks,
      int done,
      int overdue,
      LocalDate today) {
    public boolean complete() {
      return done == tasks.size();
    }

    public int percent() {
      return tasks.isEmpty() ? 100 : done * 100 / tasks.size();
    }
  }

  private Status statusOf(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    LibraryView view = library.viewFor(u);
    ProcessSummary s = view.process(ctx.pathParam("id"));
    int n = VersionNumber.parse(ctx.pathParam("n"));
    view.version(s.id(), n);
    if (!u.can(AccessRole.APPROVER) && !CommentRules.isOwner(u, s, library.organization())) {
      throw new ForbiddenResponse(
          "the acknowledgement status is for approvers and the process owner");
    }
    Publication pub =
        library
            .acknowledgements()
            .publication(s.id(), n)
            .orElseThrow(
                () ->
                    LibraryException.notFound(
                        "version " + n + " of " + s.id() + " was not published here"));
    List<Acknowledgement> tasks = library.acknowledgements().of(s.id(), n);
    LocalDate today = today();
    int done = (int) tasks.stream().filter(Acknowledgement::isDone).count();
    int overdue = (int) tasks.stream().filter(a -> a.overdue(today)).count();
    return new Status(s, pub, tasks, done, overdue, today);
  }

  private void status(Context ctx) {
    views.render(ctx, "ackstatus.jte", Views.of("status", statusOf(ctx)));
  }

  private void statusJson(Context ctx) {
    Status st = statusOf(ctx);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("process", st.summary().id());
    m.put("version", st.publication().version());
    m.put("required", st.publication().ackRequired());
    m.put("due", st.publication().due() == null ? null : st.publication().due().toString());
    m.put("total", st.tasks().size());
    m.put("acknowledged", st.done());
    m.put("overdue", st.overdue());
    m.put("people", st.tasks().stream().map(a -> json(a, st.today())).toList());
    ctx.json(m);
  }

  private static Map<String, Object> json(Acknowledgement a, LocalDate today) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("process", a.processId());
    m.put("version", a.version());
    m.put("person", a.personName());
    m.put("roles", a.roles());
    m.put("steps", a.steps());
    m.put("due", a.due() == null ? null : a.due().toString());
    m.put("acknowledged", a.isDone());
    m.put("acknowledgedAt", a.acknowledgedAt() == null ? null : a.acknowledgedAt().toString());
    m.put("overdue", a.overdue(today));
    return m;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault());
  }
}
