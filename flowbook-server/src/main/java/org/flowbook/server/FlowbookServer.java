package org.flowbook.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.servlet.FilterHolder;
import org.flowbook.diagram.layout.TooLargeToDraw;
import org.flowbook.model.Language;
import org.flowbook.repository.Library;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.transfer.ImportReport;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.ack.AckPages;
import org.flowbook.server.ack.Publisher;
import org.flowbook.server.api.ApiRoutes;
import org.flowbook.server.api.PeopleApi;
import org.flowbook.server.comments.CommentPages;
import org.flowbook.server.http.BodyLimit;
import org.flowbook.server.http.HeavyWork;
import org.flowbook.server.http.InputError;
import org.flowbook.server.http.JettyErrors;
import org.flowbook.server.http.Limits;
import org.flowbook.server.http.MediaTypes;
import org.flowbook.server.mail.DigestMailer;
import org.flowbook.server.mining.LogJobs;
import org.flowbook.server.mining.LogPages;
import org.flowbook.server.mining.LogUpload;
import org.flowbook.server.people.WorkspaceAbsences;
import org.flowbook.server.security.Auth;
import org.flowbook.server.security.LoginLimiter;
import org.flowbook.server.security.SecurityHeaders;
import org.flowbook.server.view.Charts;
import org.flowbook.server.view.Coverage;
import org.flowbook.server.view.TrainingRecordSource;
import org.flowbook.server.view.Views;
import org.flowbook.server.web.AccountPages;
import org.flowbook.server.web.AdminPages;
import org.flowbook.server.web.CapturePages;
import org.flowbook.server.web.Downloads;
import org.flowbook.server.web.EditorPages;
import org.flowbook.server.web.LibraryPages;
import org.flowbook.server.web.PeoplePages;
import org.flowbook.server.web.TokenPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flowbook web application: opens the library, on first start loads the demo and creates the
 * admin account, and serves the pages and the API. The CLI's {@code serve} and the tests start it.
 */
public final class FlowbookServer implements AutoCloseable {
  /** Largest accepted request body: a process text is far smaller; uploads are not served. */
  public static final long MAX_REQUEST_BYTES = Limits.MAX_REQUEST_BYTES;

  private static final Logger LOG = LoggerFactory.getLogger(FlowbookServer.class);
  private final Library library;
  private final Javalin app;
  private final HeavyWork heavy;
  private final Optional<String> adminPassword;
  private final Optional<ImportReport> demoImport;
  private final List<Route> routes;
  private final Optional<DigestMailer> mailer;
  private final org.flowbook.server.jobs.ClusterJobs jobs;
  private final org.flowbook.server.ops.ServerMetrics metrics; // ops4
  private Optional<org.flowbook.server.demo.DemoPeople.Result> demoPeople = Optional.empty();

  /** One route of the application: an HTTP method and a path pattern such as {@code /x/{id}}. */
  public record Route(String method, String path) {}

  private FlowbookServer(
      Library library,
      Javalin app,
      HeavyWork heavy,
      List<Route> routes,
      Optional<String> adminPassword,
      Optional<ImportReport> demo,
      Optional<DigestMailer> mailer,
      ClusterSettings cluster,
      org.flowbook.server.ops.ServerMetrics metrics) {
    this.library = library;
    this.mailer = mailer;
    this.metrics = metrics;
    // multi4 (#20): background work runs once across the instances on one database.
    this.jobs =
        new org.flowbook.server.jobs.ClusterJobs(
            library.cluster().leases(), cluster.jobLease(), cluster.jobCheck());
    mailer.ifPresent(this::schedule);
    jobs.schedule(
        "housekeeping",
        HOUSEKEEPING,
        () ->
            library
                .cluster()
                .loginFailures()
                .forgetIdle(library.clock().instant().minus(HOUSEKEEPING)));
    library.cluster().follow(cluster.feedInterval());
    this.app = app;
    this.heavy = heavy;
    this.routes = List.copyOf(routes);
    this.adminPassword = adminPassword;
    this.demoImport = demo;
  }

  /** Opens the library and starts serving. */
  public static FlowbookServer start(ServerSettings settings, Clock clock) {
    return start(settings, clock, HeavyWork.defaults());
  }

  /** Opens the library and starts serving, with heavy work in the given pool (closed with it). */
  public static FlowbookServer start(ServerSettings settings, Clock clock, HeavyWork heavy) {
    Library library = Library.open(settings.jdbcUrl(), clock);
    try {
      Optional<ImportReport> demo = Optional.empty();
      Optional<String> password = Optional.empty();
      Optional<org.flowbook.server.demo.DemoPeople.Result> people = Optional.empty();
      if (library.users().isEmpty()) {
        if (library.isEmpty() && settings.demo().isPresent()) {
          demo =
              Optional.of(
                  WorkspaceImporter.importPath(library, Library.SYSTEM, settings.demo().get()));
          // people2 (#13): the demo's absences, as `flowbook cover` reads them.
          WorkspaceAbsences.importFolder(library, Library.SYSTEM, settings.demo().get());
          // training3 (#16): accounts for the demo's people, their training, the change in review.
          people =
              Optional.of(org.flowbook.server.demo.DemoPeople.load(library, settings.demo().get()));
          // evidence4 (#19): the demo's evidence and its auditor account.
          people = people.map(p -> org.flowbook.server.demo.DemoEvidence.load(library, p));
        }
        password =
            Optional.of(
                library
                    .users()
                    .createWithOneTimePassword(
                        Library.SYSTEM.username(), "admin", "Administrator", AccessRole.ADMIN)
                    .password());
      }
      List<Route> routes = new ArrayList<>();
      // people3 (#13): stand-ins are checked against the sign-offs stored in the library (#16),
      // or, while there are none, against the demo folder's training records.
      TrainingRecordSource training =
          new org.flowbook.server.training.StoredTrainingRecords(
              library,
              settings.demo().map(TrainingRecordSource::folder).orElse(TrainingRecordSource.NONE));
      // ops4 (#20 item 3): health, request log and metrics.
      org.flowbook.server.ops.ServerMetrics metrics = new org.flowbook.server.ops.ServerMetrics();
      metrics.pool(library.database().dataSource());
      Javalin app =
          create(
                  library,
                  clock,
                  routes,
                  heavy,
                  training,
                  settings.signIn(),
                  settings.ops(),
                  metrics)
              .start(settings.port());
      Optional<DigestMailer> mailer =
          settings.mail().map(m -> new DigestMailer(library, m, new Views(library).messages()));
      settings.mail().ifPresent(m -> LOG.info("daily e-mail digest through {}", m));
      FlowbookServer server =
          new FlowbookServer(
              library, app, heavy, routes, password, demo, mailer, settings.cluster(), metrics);
      server.demoPeople = people;
      return server;
    } catch (RuntimeException e) {
      library.close();
      throw e;
    }
  }

  private static Javalin create(
      Library library,
      Clock clock,
      List<Route> routes,
      HeavyWork heavy,
      TrainingRecordSource training,
      org.flowbook.server.sso.SignInSettings signIn,
      org.flowbook.server.ops.OpsSettings ops,
      org.flowbook.server.ops.ServerMetrics metrics) {
    Views views = new Views(library);
    org.flowbook.server.ops.RouteTemplates templates = new org.flowbook.server.ops.RouteTemplates();
    org.flowbook.server.ops.RequestObserver observer =
        new org.flowbook.server.ops.RequestObserver(templates, metrics, ops.requestLog());
    Charts charts = new Charts();
    Coverage coverage = new Coverage(library, training);
    LoginLimiter limiter = new LoginLimiter(library, clock);
    Auth auth = new Auth(library, limiter, signIn.local());
    // mine3 (#15): logs checked against processes in the background.
    LogJobs logJobs = LogJobs.defaults().observedBy(metrics);
    // sim4 (#17): what-if simulations in the background.
    org.flowbook.server.whatif.WhatIfJobs whatIfJobs =
        org.flowbook.server.whatif.WhatIfJobs.defaults();
    JettyErrors jettyErrors =
        new JettyErrors(
            views::statusWords,
            status ->
                views.messages().get(Language.SV, views.statusKey(status))
                    + " / "
                    + views.messages().get(Language.EN, views.statusKey(status)));
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.events(e -> e.serverStopped(logJobs::close));
              config.events(e -> e.serverStopped(whatIfJobs::close)); // sim4
              config.events(
                  e ->
                      e.handlerAdded(
                          h -> {
                            if (h.getHttpMethod().isHttpMethod()) {
                              routes.add(new Route(h.getHttpMethod().name(), h.getPath()));
                              templates.add(h.getPath());
                            }
                          }));
              config.requestLogger.http(observer::answered);
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              // Redirects and other answers without a type of their own.
              config.http.defaultContentType = MediaTypes.TEXT;
              // Javalin's limit reads the Content-Length only; this one counts what is read.
              config.jetty.modifyServletContextHandler(
                  h -> {
                    h.addFilter(
                        new FilterHolder(
                            new BodyLimit(
                                MAX_REQUEST_BYTES,
                                // evidence4 (#19): evidence files are counted by EvidenceUpload.
                                path ->
                                    LogUpload.isUpload(path)
                                        || org.flowbook.server.evidence.EvidenceUpload.isUpload(
                                            path))),
                        "/*",
                        EnumSet.of(DispatcherType.REQUEST));
                    h.setErrorHandler(jettyErrors);
                  });
              config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
              config.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/static";
                    s.location = Location.CLASSPATH;
                  });
              config.jsonMapper(
                  new io.javalin.json.JavalinJackson()
                      .updateMapper(m -> m.findAndRegisterModules()));
            });
    app.before(observer::before);
    app.before(SecurityHeaders::apply);
    app.before(InputError::checkBody);
    app.before(auth::before);
    app.before(AccountPages::holdUntilChanged);
    app.after(MediaTypes::declareJsonCharset);
    new org.flowbook.server.ops.Health(library).register(app);
    new org.flowbook.server.ops.MetricsEndpoint(library, metrics, ops.metricsToken()).register(app);
    // sso4 (#20): local accounts and/or OpenID Connect.
    org.flowbook.server.web.SsoSetup.register(app, library, views, limiter, clock, signIn);
    new TokenPages(library, views).register(app);
    new LibraryPages(
            library,
            views,
            charts,
            coverage,
            new org.flowbook.server.ops.PageCache(ops.pageCacheEntries(), metrics.registry()))
        .register(app);
    // ackweb (issue 16): comments, read-and-acknowledge; who is affected is flowbook-training's
    // rule.
    Publisher publisher = new Publisher(library);
    new CommentPages(library).register(app);
    new AckPages(library, views, charts).register(app);
    EditorPages editorPages = new EditorPages(library, views, charts, heavy, publisher);
    editorPages.register(app);
    new CapturePages(library, views, editorPages).register(app); // capture3
    new Downloads(library, views, charts, heavy).register(app);
    new AdminPages(library, views).register(app);
    new AccountPages(library, views).register(app);
    new ApiRoutes(library, charts, heavy, publisher).register(app);
    // people2 (#13): people, absences, coverage, GDPR export and erasure.
    new PeoplePages(library, views, coverage).register(app);
    new PeopleApi(library, coverage).register(app);
    // mine3 (#15): upload a log on a process page, see it painted, draft from its figures.
    new LogPages(library, views, logJobs).register(app);
    // sim4 (#17): "Vad händer om…" on a process or the landscape.
    new org.flowbook.server.whatif.WhatIfPages(library, views, whatIfJobs, clock).register(app);
    // training3 (#16): my training, the team matrix, trainer sign-off.
    new org.flowbook.server.training.TrainingPages(library, views).register(app);
    // evidence4 (#19): evidence of controls, what is due, the auditor's pages and audit pack.
    new org.flowbook.server.evidence.EvidencePages(library, views).register(app);
    new org.flowbook.server.evidence.AuditPackPages(library, views).register(app);
    app.exception(
        LibraryException.class, (e, ctx) -> error(views, ctx, status(e.reason()), e.getMessage()));
    app.exception(
        TooLargeToDraw.class,
        (e, ctx) -> error(views, ctx, 422, views.headline(ctx, e.problems().get(0))));
    app.exception(
        InputError.class, (e, ctx) -> error(views, ctx, e.status(), views.message(ctx, e)));
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(views, ctx, e.getStatus(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
          error(views, ctx, 500, "something went wrong on the server; the log has the details");
        });
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
            error(views, ctx, 404, "there is no page here");
          }
        });
    return app;
  }

  private static void error(Views views, Context ctx, int status, String message) {
    views.error(ctx, status, message);
  }

  private static int status(LibraryException.Reason r) {
    return switch (r) {
      case NOT_FOUND -> 404;
      case FORBIDDEN -> 403;
      case CONFLICT -> 409;
      case INVALID -> 422;
    };
  }

  public int port() {
    return app.port();
  }

  /** Every route the application serves, in the order they were registered (for tests). */
  public List<Route> routes() {
    return routes;
  }

  /** The pool heavy work runs in. */
  public HeavyWork heavyWork() {
    return heavy;
  }

  public Library library() {
    return library;
  }

  /** The admin's one-time password, when this start created the account. */
  public Optional<String> adminPassword() {
    return adminPassword;
  }

  /** What loading the demo did, when this start loaded it. */
  public Optional<ImportReport> demoImport() {
    return demoImport;
  }

  /** The demo's accounts, training records and change in review, when this start loaded them. */
  public Optional<org.flowbook.server.demo.DemoPeople.Result> demoPeople() {
    return demoPeople;
  }

  /** The server's metrics (ops4). */
  public org.flowbook.server.ops.ServerMetrics metrics() {
    return metrics;
  }

  /** The daily e-mail digest, when SMTP is configured. */
  public Optional<DigestMailer> digestMailer() {
    return mailer;
  }

  /** Background jobs that run once across instances (the tests add their own). */
  public org.flowbook.server.jobs.ClusterJobs jobs() {
    return jobs;
  }

  /**
   * Runs the digest every few minutes on one instance: each person gets at most one a day, and one
   * that failed is tried again at the next run.
   */
  private void schedule(DigestMailer digest) {
    jobs.schedule(
        "mail-digest",
        DIGEST_EVERY,
        () -> metrics.job("mail-digest", digest::run, r -> r.failed() > 0));
  }

  private static final java.time.Duration DIGEST_EVERY = java.time.Duration.ofMinutes(10);
  private static final java.time.Duration HOUSEKEEPING = java.time.Duration.ofHours(1);

  @Override
  public void close() {
    jobs.close();
    app.stop();
    heavy.close();
    library.close();
    metrics.close();
  }
}
