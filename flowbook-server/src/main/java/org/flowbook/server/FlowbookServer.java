package org.flowbook.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.LibraryException;
import org.flowbook.repository.transfer.ImportReport;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.api.ApiRoutes;
import org.flowbook.server.security.Auth;
import org.flowbook.server.security.LoginLimiter;
import org.flowbook.server.security.SecurityHeaders;
import org.flowbook.server.view.Charts;
import org.flowbook.server.view.Views;
import org.flowbook.server.web.AdminPages;
import org.flowbook.server.web.Downloads;
import org.flowbook.server.web.EditorPages;
import org.flowbook.server.web.LibraryPages;
import org.flowbook.server.web.LoginPages;
import org.flowbook.server.web.TokenPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flowbook web application: opens the library, on first start loads the demo and creates the
 * admin account, and serves the pages and the API. The CLI's {@code serve} and the tests start it.
 */
public final class FlowbookServer implements AutoCloseable {
  /** Largest accepted request body: a process text is far smaller; uploads are not served. */
  public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(FlowbookServer.class);
  private final Library library;
  private final Javalin app;
  private final Optional<String> adminPassword;
  private final Optional<ImportReport> demoImport;

  private FlowbookServer(
      Library library, Javalin app, Optional<String> adminPassword, Optional<ImportReport> demo) {
    this.library = library;
    this.app = app;
    this.adminPassword = adminPassword;
    this.demoImport = demo;
  }

  /** Opens the library and starts serving. */
  public static FlowbookServer start(ServerSettings settings, Clock clock) {
    Library library = Library.open(settings.jdbcUrl(), clock);
    try {
      Optional<ImportReport> demo = Optional.empty();
      Optional<String> password = Optional.empty();
      if (library.users().isEmpty()) {
        if (library.isEmpty() && settings.demo().isPresent()) {
          demo =
              Optional.of(
                  WorkspaceImporter.importPath(library, Library.SYSTEM, settings.demo().get()));
        }
        String pw = newPassword();
        library
            .users()
            .create(Library.SYSTEM.username(), "admin", "Administrator", AccessRole.ADMIN, pw);
        password = Optional.of(pw);
      }
      Javalin app = create(library, clock).start(settings.port());
      return new FlowbookServer(library, app, password, demo);
    } catch (RuntimeException e) {
      library.close();
      throw e;
    }
  }

  private static Javalin create(Library library, Clock clock) {
    Views views = new Views(library);
    Charts charts = new Charts();
    LoginLimiter limiter = new LoginLimiter(clock);
    Auth auth = new Auth(library, limiter);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
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
    app.before(SecurityHeaders::apply);
    app.before(auth::before);
    app.get("/health", ctx -> ctx.result("ok"));
    new LoginPages(library, views, limiter).register(app);
    new TokenPages(library, views).register(app);
    new LibraryPages(library, views, charts).register(app);
    new EditorPages(library, views, charts).register(app);
    new Downloads(library, views, charts).register(app);
    new AdminPages(library, views).register(app);
    new ApiRoutes(library, charts).register(app);
    app.exception(
        LibraryException.class, (e, ctx) -> error(views, ctx, status(e.reason()), e.getMessage()));
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
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", "http-" + status, "message", message));
    } else {
      ctx.html(
          views.html(views.page(ctx), "error.jte", Views.of("status", status, "message", message)));
    }
  }

  private static int status(LibraryException.Reason r) {
    return switch (r) {
      case NOT_FOUND -> 404;
      case FORBIDDEN -> 403;
      case CONFLICT -> 409;
      case INVALID -> 422;
    };
  }

  private static String newPassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom r = new SecureRandom();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** One route of the server: its HTTP method and path pattern ({@code /processes/{id}}). */
  public record Route(String method, String path) {}

  /** Every route the server answers, as registered — for tests that must cover each one. */
  public List<Route> routes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(ParsedEndpoint::getEndpoint)
        .filter(e -> e.getMethod().isHttpMethod())
        .map(e -> new Route(e.getMethod().name(), e.getPath()))
        .distinct()
        .toList();
  }

  public int port() {
    return app.port();
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

  @Override
  public void close() {
    app.stop();
    library.close();
  }
}
