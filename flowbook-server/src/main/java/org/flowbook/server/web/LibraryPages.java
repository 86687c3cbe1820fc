package org.flowbook.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.diagram.layout.TooLargeToDraw;
import org.flowbook.model.ChartDirection;
import org.flowbook.model.LandscapeGroup;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.Status;
import org.flowbook.model.Step;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.comments.CommentRules;
import org.flowbook.repository.diff.LineDiff;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.ProcessVersion;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.comments.PlacedComments;
import org.flowbook.server.http.Limits;
import org.flowbook.server.http.VersionNumber;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Charts;
import org.flowbook.server.view.Coverage;
import org.flowbook.server.view.Text;
import org.flowbook.server.view.Views;
import org.flowbook.server.work.Inbox;

/** The reading pages: landscape, process, diff, role, search and "my work". */
public final class LibraryPages {
  private final Library library;
  private final Views views;
  private final Charts charts;
  private final Coverage coverage;
  // ops4 (#20 item 5): rendered pages reused while nothing changed, ETag and 304.
  private final org.flowbook.server.ops.PageCache pages;
  private final Map<LandscapeKey, String> landscapes =
      new java.util.concurrent.ConcurrentHashMap<>();

  public LibraryPages(Library library, Views views, Charts charts, Coverage coverage) {
    this(
        library,
        views,
        charts,
        coverage,
        new org.flowbook.server.ops.PageCache(
            0, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
  }

  public LibraryPages(
      Library library,
      Views views,
      Charts charts,
      Coverage coverage,
      org.flowbook.server.ops.PageCache pages) {
    this.library = library;
    this.views = views;
    this.charts = charts;
    this.coverage = coverage;
    this.pages = pages;
  }

  /** The landscape map drawn for one state of the library, language and kind of view (ops4). */
  private record LandscapeKey(
      org.flowbook.repository.audit.ChangeMark mark, Language language, boolean drafts) {}

  /**
   * What every reading page is made from besides the library's state: the person (id, role, the
   * session whose CSRF token is in the forms), the language, the route's parameters and query, the
   * day (ops4; see PageCache).
   */
  private org.flowbook.server.ops.PageCache.Key pageKey(
      Context ctx, String route, User u, org.flowbook.repository.audit.ChangeMark mark) {
    return new org.flowbook.server.ops.PageCache.Key(
        route,
        List.of(
            String.valueOf(u.id()),
            u.access().code(),
            String.valueOf(u.mustChangePassword()),
            Auth.session(ctx).map(x -> x.csrf()).orElse(""),
            views.language(ctx).code(),
            ctx.pathParamMap().toString(),
            ctx.queryString() == null ? "" : ctx.queryString(),
            today().toString(),
            library.organization().name()),
        mark);
  }

  public void register(Javalin app) {
    app.get("/", this::landscape);
    app.get("/processes/{id}", this::process);
    app.get("/processes/{id}/diff", this::diff);
    app.get("/roles/{name}", this::role);
    app.get("/search", this::search);
    app.get("/my-work", this::myWork);
  }

  /** A landscape group and its processes, for the list under the map. */
  public record GroupView(String name, String description, List<ProcessSummary> processes) {}

  private void landscape(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    // Read before the page is made: a change committed meanwhile moves it past this key.
    var mark = library.audit().changeMark();
    pages.answer(ctx, pageKey(ctx, "/", u, mark), () -> landscapeHtml(ctx, u, mark));
  }

  private String landscapeHtml(Context ctx, User u, org.flowbook.repository.audit.ChangeMark mark) {
    LibraryView view = library.viewFor(u);
    List<ProcessSummary> visible = view.processes();
    List<GroupView> groups = new ArrayList<>();
    List<ProcessSummary> placed = new ArrayList<>();
    for (LandscapeGroup g : library.organization().groups()) {
      List<ProcessSummary> in =
          visible.stream()
              .filter(
                  s -> s.group().equalsIgnoreCase(g.id()) || s.group().equalsIgnoreCase(g.name()))
              .toList();
      placed.addAll(in);
      groups.add(new GroupView(g.name(), g.description(), in));
    }
    List<ProcessSummary> rest = visible.stream().filter(s -> !placed.contains(s)).toList();
    if (!rest.isEmpty()) {
      groups.add(new GroupView(views.page(ctx).t("landscape.other"), "", rest));
    }
    Language lang = views.language(ctx);
    if (landscapes.size() > 16) {
      landscapes.clear(); // older states of the library are never asked for again
    }
    String svg =
        visible.isEmpty()
            ? ""
            : landscapes.computeIfAbsent(
                new LandscapeKey(mark, lang, view.seesDrafts()),
                k -> charts.landscape(view.workspace(), lang));
    return views.html(
        views.page(ctx),
        "landscape.jte",
        Views.of(
            "svg",
            svg,
            "groups",
            groups,
            "roles",
            library.organization().roles(),
            "uncovered",
            coverage.uncoveredSoon(view, today())));
  }

  private void process(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    var mark = library.audit().changeMark();
    pages.answer(ctx, pageKey(ctx, "/processes/{id}", u, mark), () -> processHtml(ctx, u));
  }

  private String processHtml(Context ctx, User reader) {
    LibraryView view = library.viewFor(reader);
    ProcessSummary s = view.process(ctx.pathParam("id"));
    int version =
        ctx.queryParam("version") != null
            ? parseVersion(ctx.queryParam("version"))
            : view.defaultVersion(s);
    ProcessVersion v = view.version(s.id(), version);
    ProcessDocument doc = view.document(s.id(), version);
    // legible3 (issue 14 item 3): ?direction=down|right turns the chart for this view only.
    Optional<ChartDirection> turned =
        Optional.ofNullable(ctx.queryParam("direction")).flatMap(ChartDirection::parse);
    Process p =
        doc.process() == null
            ? null
            : turned.map(doc.process()::withDirection).orElse(doc.process());
    String svg = p == null ? "" : chartOrNothing(s.id(), version, p, views.language(ctx));
    List<VersionInfo> history = view.history(s.id());
    User u = view.user();
    Map<String, Object> params =
        Views.of(
            "summary", s,
            "version", v.info(),
            "process", p,
            "steps", p == null ? List.<Step>of() : p.workSteps(),
            "svg", svg,
            "history", history,
            "today", today());
    // ackweb (issue 16): open comments next to their steps, and the publication's acknowledgements.
    params.put("comments", PlacedComments.of(view.comments(s.id()), p));
    params.put("mayResolve", CommentRules.mayResolve(u, s, library.organization()));
    params.put(
        "publication",
        library
            .acknowledgements()
            .publication(s.id(), version)
            .filter(pub -> pub.ackRequired())
            .filter(
                pub ->
                    u.can(AccessRole.APPROVER)
                        || CommentRules.isOwner(u, s, library.organization())));
    params.put("uncovered", coverage.uncoveredSoon(view, today()).contains(s.id()));
    params.put(
        "down",
        p != null && p.chosenDirection().orElse(ChartDirection.RIGHT) == ChartDirection.DOWN);
    return views.html(views.page(ctx), "process.jte", params);
  }

  /** A stored version too large to draw shows its page without the chart. */
  private String chartOrNothing(String id, int version, Process p, Language lang) {
    try {
      return charts.flowchart(id, version, p, lang);
    } catch (TooLargeToDraw e) {
      return "";
    }
  }

  private void diff(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    ProcessSummary s = view.process(ctx.pathParam("id"));
    ProcessVersion a = view.version(s.id(), parseVersion(ctx.queryParam("from")));
    ProcessVersion b = view.version(s.id(), parseVersion(ctx.queryParam("to")));
    Process before = view.document(s.id(), a.info().version()).process();
    Process after = view.document(s.id(), b.info().version()).process();
    Charts.Pair charts =
        before == null || after == null
            ? new Charts.Pair("", "")
            : this.charts.diff(
                s.id(), a.info().version(), b.info().version(), before, after, views.language(ctx));
    views.render(
        ctx,
        "diff.jte",
        Views.of(
            "summary",
            s,
            "from",
            a.info(),
            "to",
            b.info(),
            "lines",
            LineDiff.withContext(LineDiff.diff(a.source(), b.source()), 3),
            "before",
            charts.before(),
            "after",
            charts.after()));
  }

  /** One process step in which a role has a part. */
  public record Duty(ProcessSummary process, Step step, String letters) {}

  private void role(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    String name = ctx.pathParam("name");
    Role role =
        library
            .organization()
            .role(name)
            .orElseThrow(() -> new NotFoundResponse("no role " + name));
    List<Duty> duties = new ArrayList<>();
    List<ProcessSummary> visible = view.processes();
    for (ProcessSummary s : visible) {
      ProcessDocument d = view.document(s.id(), s.currentVersion());
      if (d.hasProcess()) {
        for (Step st : d.process().workSteps()) {
          String letters = Text.raci(st, role.name());
          if (!letters.isEmpty()) {
            duties.add(new Duty(s, st, letters));
          }
        }
      }
    }
    List<ProcessSummary> owned =
        visible.stream().filter(s -> s.owner().equalsIgnoreCase(role.name())).toList();
    views.render(ctx, "role.jte", Views.of("role", role, "duties", duties, "owned", owned));
  }

  private void search(Context ctx) {
    LibraryView view = library.viewFor(Auth.require(ctx, AccessRole.READER));
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    Limits.atMost(q, Limits.QUERY, "query");
    var hits = view.search(q, 50);
    views.render(ctx, "search.jte", Views.of("q", q, "hits", hits));
  }

  private void myWork(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    LibraryView view = library.viewFor(u);
    List<ProcessSummary> all = view.processes();
    List<ProcessSummary> drafts =
        all.stream()
            .filter(s -> s.latestStatus() == Status.DRAFT && s.latestAuthor().equals(u.username()))
            .toList();
    List<VersionInfo> reviews =
        u.can(AccessRole.APPROVER)
            ? view.inReview().stream().filter(v -> !v.author().equals(u.username())).toList()
            : List.of();
    List<VersionInfo> mine =
        view.inReview().stream().filter(v -> v.author().equals(u.username())).toList();
    List<ProcessSummary> overdue = all.stream().filter(s -> s.overdue(today())).toList();
    Map<String, Object> params =
        Views.of("drafts", drafts, "reviews", reviews, "submitted", mine, "overdue", overdue);
    // ackweb (issue 16): acknowledgements due and open comments on my processes.
    params.put("inbox", new Inbox(library).forUser(u, today()));
    // evidence4 (#19): the evidence my controls owe.
    params.put("evidenceDue", new org.flowbook.server.evidence.Controls(library).owing(u, today()));
    views.render(ctx, "mywork.jte", params);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(library.clock().instant(), ZoneId.systemDefault());
  }

  /** A version number from a path, query or form: a whole number from 1, else a 400. */
  public static int parseVersion(String v) {
    return VersionNumber.parse(v);
  }
}
