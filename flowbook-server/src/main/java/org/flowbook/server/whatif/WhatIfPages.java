package org.flowbook.server.whatif;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Workspace;
import org.flowbook.people.absence.Absence;
import org.flowbook.people.absence.Absences;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryView;
import org.flowbook.repository.process.ProcessSummary;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.http.InputError;
import org.flowbook.server.security.Auth;
import org.flowbook.server.view.Views;
import org.flowbook.simulation.compare.Comparison;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.engine.Staffing;

/**
 * "Vad händer om…" — what-if in the web app: on a process or on the whole landscape, a volume
 * change, head-count changes per role and (on a process) another version of it in the published
 * one's place, simulated before and after with the same random numbers as a background job, and the
 * paired comparison with its intervals and the flowchart's waits as heat. Every signed-in person
 * may ask; what is simulated is what they may read ({@link LibraryView}: readers the published
 * versions, authors their drafts too), and a job is seen only by who started it.
 */
public final class WhatIfPages {
  /** Cases waiting at once in one replication before it stops as "queues without bound". */
  static final long OPEN_CASE_LIMIT = 20_000;

  /** Simulated before the measured period starts, so it begins with the queues of a normal day. */
  static final Duration WARM_UP = Duration.ofDays(14);

  private final Library library;
  private final Views views;
  private final WhatIfJobs jobs;
  private final Clock clock;

  public WhatIfPages(Library library, Views views, WhatIfJobs jobs, Clock clock) {
    this.library = library;
    this.views = views;
    this.jobs = jobs;
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.get("/whatif", ctx -> form(ctx, null, Map.of(), null));
    app.post("/whatif", ctx -> start(ctx, null));
    app.get("/processes/{id}/whatif", ctx -> form(ctx, ctx.pathParam("id"), Map.of(), null));
    app.post("/processes/{id}/whatif", ctx -> start(ctx, ctx.pathParam("id")));
    app.get("/whatif/jobs/{job}", this::job);
    app.get("/whatif/jobs/{job}/progress", this::progress);
  }

  /**
   * What the form is about: a visible process (at the version its reader sees) or the landscape.
   */
  private record Scope(
      LibraryView view,
      Optional<ProcessSummary> summary,
      Workspace workspace,
      List<String> roles,
      List<VersionInfo> versions) {}

  private Scope scope(User u, String processId) {
    LibraryView view = library.viewFor(u);
    Workspace ws = view.workspace();
    Organization org = ws.organization();
    if (processId == null) {
      return new Scope(
          view, Optional.empty(), ws, org.roles().stream().map(Role::name).toList(), List.of());
    }
    ProcessSummary s = view.process(processId);
    Process p =
        ws.processes().stream()
            .filter(x -> x.id().equals(s.id()))
            .findFirst()
            .orElseThrow(() -> new NotFoundResponse("the process cannot be read"));
    List<String> roles =
        p.roles().stream().filter(r -> org.role(r).isPresent()).distinct().toList();
    // the baseline is the version the landscape shows (the published one, else the newest);
    // the others this person may read are the policies to try in its place
    List<VersionInfo> others =
        view.history(s.id()).stream().filter(v -> v.version() != s.currentVersion()).toList();
    return new Scope(view, Optional.of(s), ws, roles, others);
  }

  private void form(Context ctx, String processId, Map<String, String> values, String error) {
    User u = Auth.require(ctx, AccessRole.READER);
    Scope sc = scope(u, processId);
    Map<String, String> shown = new HashMap<>();
    shown.put("months", String.valueOf(WhatIfScenario.DEFAULT.months()));
    shown.put("replications", String.valueOf(WhatIfScenario.DEFAULT.replications()));
    shown.put("volume", "0");
    shown.put("version", "0");
    shown.putAll(values);
    if (error != null) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    }
    views.render(
        ctx,
        "whatif.jte",
        Views.of(
            "summary",
            sc.summary(),
            "roles",
            sc.roles(),
            "versions",
            sc.versions(),
            "values",
            shown,
            "error",
            Optional.ofNullable(error),
            "limits",
            new long[] {
              WhatIfScenario.MAX_MONTHS,
              WhatIfScenario.MAX_REPLICATIONS,
              WhatIfScenario.MAX_VOLUME_PERCENT,
              WhatIfScenario.MAX_HEADS
            }));
  }

  private void start(Context ctx, String processId) {
    User u = Auth.require(ctx, AccessRole.READER);
    Scope sc = scope(u, processId);
    Map<String, String> values = new LinkedHashMap<>();
    ctx.formParamMap().forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
    values.remove(Auth.CSRF_FIELD);
    try {
      WhatIfScenario scenario = WhatIfScenario.read(ctx, sc.roles());
      Workspace before = sc.workspace();
      Workspace after = before;
      Optional<Process> shown = Optional.empty();
      if (sc.summary().isPresent()) {
        String id = sc.summary().get().id();
        Process current =
            before.processes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        shown = Optional.of(current);
        if (scenario.version() != 0) {
          // the one visibility rule: a version this person may not read is "not found"
          Process policy = sc.view().document(id, scenario.version()).process();
          after = sc.view().workspaceWith(policy);
          shown = Optional.of(policy);
        }
      }
      Set<String> changed =
          sc.summary().isPresent()
              ? Set.of(sc.summary().get().id())
              : Set.copyOf(before.processes().stream().map(Process::id).toList());
      long cases = scenario.expectedCases(before.processes(), changed);
      if (cases > WhatIfScenario.MAX_CASES) {
        throw InputError.unprocessable(
            "whatif.tooMuch",
            String.format("%,d", cases),
            String.format("%,d", WhatIfScenario.MAX_CASES));
      }
      LocalDate from = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
      SimulationRequest request =
          new SimulationRequest(
              from.minusDays(WARM_UP.toDays()),
              from.plusMonths(scenario.months()).minusDays(1),
              WARM_UP,
              scenario.replications(),
              1,
              0,
              OPEN_CASE_LIMIT);
      Absences absences = absences();
      CompileOptions options =
          CompileOptions.defaults(from.withDayOfYear(1)).withAbsences(absences);
      Map<String, Double> factors = new HashMap<>();
      if (scenario.volumePercent() != 0) {
        changed.forEach(id -> factors.put(id, (100 + scenario.volumePercent()) / 100.0));
      }
      Map<String, Staffing> staffing = new HashMap<>();
      Organization org = before.organization();
      List<String> unstaffed = new java.util.ArrayList<>();
      scenario
          .heads()
          .forEach(
              (name, delta) -> {
                Staffing documented =
                    Staffing.documented(org, org.role(name).orElseThrow(), absences);
                staffing.put(name, day -> Math.max(0, documented.heads(day) + delta));
                if (documented.heads(from) + delta <= 0) {
                  unstaffed.add(name);
                }
              });
      Comparison.Side b = new Comparison.Side(before, options);
      Comparison.Side a =
          new Comparison.Side(after, options.withVolumeFactors(factors).withStaffing(staffing));
      String title = sc.summary().map(ProcessSummary::title).orElse("");
      WhatIfJob job =
          new WhatIfJob(
              "",
              u.username(),
              sc.summary().map(ProcessSummary::id).orElse(null),
              title,
              scenario,
              shown,
              WhatIfJob.Phase.QUEUED,
              0,
              2 * scenario.replications(),
              Optional.empty(),
              unstaffed);
      WhatIfJobs.Result r = jobs.submit(job, progress -> Comparison.run(b, a, request, progress));
      if (r.refusal().isPresent()) {
        if (r.refusal().get() == WhatIfJobs.Refusal.BUSY) {
          ctx.header("Retry-After", "30");
          throw InputError.unavailable("whatif.busy");
        }
        throw InputError.conflict("whatif.oneAtATime");
      }
      ctx.redirect("/whatif/jobs/" + r.id().orElseThrow(), HttpStatus.SEE_OTHER);
    } catch (InputError e) {
      form(ctx, processId, values, views.message(ctx, e));
      ctx.status(e.status());
    }
  }

  /** The library's stored absences: who is away when (the people pages keep them). */
  private Absences absences() {
    return Absences.of(
        library.people().all().stream()
            .map(a -> new Absence(a.person(), a.from(), a.to(), SourceLocation.UNKNOWN))
            .toList());
  }

  private void job(Context ctx) {
    WhatIfJob j = visibleJob(ctx);
    views.render(
        ctx,
        "whatifjob.jte",
        Views.of("job", j, "result", WhatIfResultView.of(j, views.page(ctx).lang())));
  }

  /** The progress part of the job page, polled while the job runs; reloads the page when done. */
  private void progress(Context ctx) {
    WhatIfJob j = visibleJob(ctx);
    if (j.phase().finished()) {
      ctx.header("HX-Refresh", "true");
    }
    ctx.contentType("text/html; charset=utf-8")
        .result(views.html(views.page(ctx), "whatifprogress.jte", Views.of("job", j)));
  }

  private WhatIfJob visibleJob(Context ctx) {
    User u = Auth.require(ctx, AccessRole.READER);
    WhatIfJob j =
        jobs.find(ctx.pathParam("job"), u.username())
            .orElseThrow(() -> new NotFoundResponse("there is no such what-if run"));
    if (j.processId() != null) {
      // the process must still be visible: the same rule as every process page
      library.viewFor(u).process(j.processId());
    }
    return j;
  }
}
