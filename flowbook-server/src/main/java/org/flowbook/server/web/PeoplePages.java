package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Person;
import org.flowbook.model.Role;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.report.CoverageHtml;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.people.PeopleStore;
import org.flowbook.repository.people.StoredAbsence;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.Limits;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.people.PeopleImport;
import org.flowbook.server.people.PeopleJson;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Coverage;
import org.flowbook.server.view.Views;

/**
 * People and their cover: the people page (roles, shares, deputies), the absence calendar (everyone
 * their own, managers everyone's), the coverage page, and an administrator's export and erasure of
 * one person. Who sees whose absences is {@link PeopleStore#mayHandle}; processes are read through
 * {@link Library#viewFor}.
 */
public final class PeoplePages {
  /** The most weeks the calendar shows at once. */
  static final int MAX_WEEKS = 53;

  private static final int DEFAULT_WEEKS = 12;

  private final Library library;
  private final Views views;
  private final Coverage coverage;

  public PeoplePages(Library library, Views views, Coverage coverage) {
    this.library = library;
    this.views = views;
    this.coverage = coverage;
  }

  public void register(Javalin app) {
    app.get("/people", this::people);
    app.get("/absences", this::calendar);
    app.post("/absences", this::addAbsence);
    app.post("/absences/{n}/delete", this::removeAbsence);
    app.get("/coverage", this::coverage);
    app.get("/people/{person}/export.json", this::export);
    app.post("/people/{person}/erase", this::erase);
    // people3 (#13): people from an HR system's CSV, previewed, then applied.
    app.get("/people/import", this::importForm);
    app.post("/people/import/preview", this::importPreview);
    app.post("/people/import", this::importApply);
  }

  private void importForm(Context ctx) {
    Auth.require(ctx, AccessRole.ADMIN);
    renderImport(ctx, null, "");
  }

  /** The CSV as a form field (pasted, or put there by the page's script) or as the raw body. */
  private static byte[] csvOf(Context ctx) {
    if (Auth.isForm(ctx)) {
      String text = ctx.formParam("csv");
      return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }
    return ctx.bodyAsBytes();
  }

  private void importPreview(Context ctx) {
    Auth.require(ctx, AccessRole.ADMIN);
    byte[] csv = csvOf(ctx);
    PeopleImport.Preview p = PeopleImport.preview(library, csv);
    if (p.hasErrors()) {
      ctx.status(422);
    }
    renderImport(ctx, p, p.hasErrors() ? "" : new String(csv, StandardCharsets.UTF_8));
  }

  private void importApply(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    byte[] csv = csvOf(ctx);
    String base = ctx.formParam("base");
    PeopleImport.Preview p =
        PeopleImport.apply(library, admin, csv, base == null ? "" : base.strip());
    if (!p.applicable()) {
      ctx.status(p.hasErrors() ? 422 : 200);
      renderImport(ctx, p, p.hasErrors() ? "" : new String(csv, StandardCharsets.UTF_8));
      return;
    }
    ctx.redirect(
        "/people?imported="
            + (p.count(PeopleImport.Kind.ADDED) + p.count(PeopleImport.Kind.CHANGED)),
        HttpStatus.SEE_OTHER);
  }

  private void renderImport(Context ctx, PeopleImport.Preview preview, String csv) {
    views.render(
        ctx,
        "peopleimport.jte",
        Views.of("preview", preview, "csv", csv, "maxBytes", Limits.MAX_REQUEST_BYTES));
  }

  private void people(Context ctx) {
    Auth.require(ctx, AccessRole.READER);
    List<Role> withDeputies =
        library.organization().roles().stream().filter(r -> !r.deputies().isEmpty()).toList();
    String imported = ctx.queryParam("imported");
    views.render(
        ctx,
        "people.jte",
        Views.of(
            "people",
            library.organization().people(),
            "roles",
            withDeputies,
            "imported",
            imported != null && imported.matches("\\d{1,6}") ? imported : ""));
  }

  /** One row of the calendar: a person and, per week, the working days they are away. */
  public record CalendarRow(Person person, List<Integer> awayDays) {}

  /** A week column: its ISO label ("V27"/"W27") and Monday. */
  public record Week(int number, LocalDate monday) {}

  private void calendar(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    renderCalendar(ctx, u, "");
  }

  private void renderCalendar(Context ctx, User u, String error) {
    LocalDate monday = monday(ctx.queryParam("from"));
    int count = weeks(ctx.queryParam("weeks"));
    PeopleStore store = library.people();
    List<StoredAbsence> absences = store.absencesVisibleTo(u);
    WorkCalendar cal = WorkCalendar.swedish();
    List<Week> weeks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate m = monday.plusWeeks(i);
      weeks.add(new Week(m.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), m));
    }
    List<CalendarRow> rows = new ArrayList<>();
    for (Person p : store.visiblePeople(u)) {
      List<Integer> away = new ArrayList<>();
      for (Week w : weeks) {
        int days = 0;
        for (LocalDate d = w.monday(); d.isBefore(w.monday().plusDays(7)); d = d.plusDays(1)) {
          LocalDate day = d;
          if (cal.isWorkday(day)
              && absences.stream()
                  .anyMatch(
                      a ->
                          a.person().equalsIgnoreCase(p.name())
                              && !day.isBefore(a.from())
                              && !day.isAfter(a.to()))) {
            days++;
          }
        }
        away.add(days);
      }
      rows.add(new CalendarRow(p, away));
    }
    views.render(
        ctx,
        "absences.jte",
        Views.of(
            "weeks", weeks,
            "rows", rows,
            "absences", absences,
            "everyone", PeopleStore.seesEveryone(u),
            "me", store.personOf(u).map(Person::name).orElse(""),
            "from", monday,
            "count", count,
            "error", error));
  }

  private void addAbsence(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    try {
      StoredAbsence a =
          library
              .people()
              .addAbsence(
                  u,
                  PeopleJson.text(ctx.formParam("person")),
                  PeopleJson.day(ctx.formParam("from")),
                  PeopleJson.day(ctx.formParam("to")));
      ctx.redirect("/absences?from=" + a.from(), HttpStatus.SEE_OTHER);
    } catch (LibraryException e) {
      if (e.reason() == LibraryException.Reason.INVALID) {
        ctx.status(422);
        renderCalendar(ctx, u, e.getMessage());
        return;
      }
      throw e;
    }
  }

  private void removeAbsence(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    library.people().removeAbsence(u, PeopleJson.id(ctx.pathParam("n")));
    ctx.redirect("/absences", HttpStatus.SEE_OTHER);
  }

  private void coverage(Context ctx) {
    User u = Auth.require(ctx, AccessRole.APPROVER);
    LibraryView view = library.viewFor(u);
    Coverage.Period p = Coverage.period(ctx.queryParam("from"), ctx.queryParam("to"), today());
    CoverageReport r = coverage.report(view, p);
    String html = CoverageHtml.fragment(r, view.workspace(), views.language(ctx), true);
    views.render(
        ctx,
        "coverage.jte",
        Views.of(
            "from", p.from(),
            "to", p.to(),
            "report", html,
            "hasPeople", !library.organization().people().isEmpty()));
  }

  private void export(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    String name = ctx.pathParam("person");
    var e = library.exportPerson(admin, name);
    ctx.header("Content-Disposition", "attachment; filename=\"person-export.json\"");
    ctx.contentType(MediaTypes.JSON).result(PeopleJson.exportJson(e));
  }

  private void erase(Context ctx) {
    User admin = Auth.require(ctx, AccessRole.ADMIN);
    if (!"yes".equals(ctx.formParam("confirm"))) {
      throw InputError.badRequest("input.confirm");
    }
    library.people().erase(admin, ctx.pathParam("person"));
    ctx.redirect("/people", HttpStatus.SEE_OTHER);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault());
  }

  /** The Monday of the week of {@code from}, or of this week. */
  private LocalDate monday(String from) {
    LocalDate d =
        from == null || from.isBlank() ? today() : Coverage.period(from, from, today()).from();
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static int weeks(String s) {
    if (s == null || s.isBlank()) {
      return DEFAULT_WEEKS;
    }
    try {
      int n = Integer.parseInt(s.strip());
      if (n >= 1 && n <= MAX_WEEKS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw InputError.badRequest("input.weeks", MAX_WEEKS);
  }
}
