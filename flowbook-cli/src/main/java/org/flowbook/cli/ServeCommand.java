package org.flowbook.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.flowbook.repository.transfer.ImportReport;
import org.flowbook.server.FlowbookServer;
import org.flowbook.server.ServerSettings;
import org.flowbook.server.mail.MailSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flowbook serve}: runs the web application on the embedded database or PostgreSQL. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Flowbook web application: the process library with versions, review and",
      "approval, search, a live editor and the REST API (/api/v1, described at",
      "/api/v1/openapi.json). The first start creates the database, loads the demo",
      "organization (unless --empty), creates the account 'admin' and prints its password."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook serve                                  http://localhost:8080, data in ./flowbook-data",
      "  flowbook serve --port 9000 --data /srv/flowbook",
      "  flowbook serve --db 'jdbc:postgresql://db/flowbook?user=fb&password=secret'",
      "  flowbook serve --smtp 'smtp://fb:secret@mail.example.se:587' --mail-from flowbook@example.se \\",
      "                 --base-url https://flowbook.example.se",
      "",
      "The database URL can also come from FLOWBOOK_DB_URL; the e-mail settings from",
      "FLOWBOOK_SMTP, FLOWBOOK_MAIL_FROM and FLOWBOOK_BASE_URL. Without an SMTP server no e-mail",
      "is sent; with one, each person gets one digest a day of what waits for them.",
      "Operations (docs/operations.md): GET /health (alive) and /health/ready (database,",
      "migrations, search index) for load balancers; one JSON line per request on standard",
      "output (FLOWBOOK_REQUEST_LOG=off to stop it); Prometheus metrics at /metrics for",
      "administrators or a scraper sending FLOWBOOK_METRICS_TOKEN (24+ characters) as a",
      "bearer token; FLOWBOOK_PAGE_CACHE=N rendered pages kept for reuse (default 2000, 0 off).",
      "Stop the server with Ctrl+C.",
      "Exit codes: 0 stopped, 1 the server could not start, 2 usage error."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "flowbook-data",
      description = "Folder of the embedded database (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "A PostgreSQL database instead of the embedded one (default: $FLOWBOOK_DB_URL).")
  String db;

  @Option(
      names = "--smtp",
      paramLabel = "URL",
      description =
          "SMTP server of the daily e-mail digest, smtp://user:password@host:587 or smtps://…:465"
              + " (default: $FLOWBOOK_SMTP; none: no e-mail).")
  String smtp;

  @Option(
      names = "--mail-from",
      paramLabel = "ADDRESS",
      description =
          "Sender of the e-mail digest (default: $FLOWBOOK_MAIL_FROM, else flowbook@HOST).")
  String mailFrom;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "The web app's address, for links in e-mail (default: $FLOWBOOK_BASE_URL).")
  String baseUrl;

  @Option(
      names = "--empty",
      description = "Start with an empty library instead of the demo organization.")
  boolean empty;

  @Override
  public Integer call() throws Exception {
    // Manual downloads render PDFs; keep the PDF libraries' INFO chatter out of the server log.
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    String url = db != null ? db : System.getenv("FLOWBOOK_DB_URL");
    Optional<Path> demo = empty ? Optional.empty() : demoWorkspace();
    if (!empty && demo.isEmpty()) {
      err.println(
          "flowbook: the demo workspace (examples/) was not found next to the program; starting empty");
    }
    if (url == null || url.isBlank()) {
      Files.createDirectories(data);
    }
    Optional<MailSettings> mail;
    try {
      mail =
          MailSettings.parse(
              smtp != null ? smtp : System.getenv(MailSettings.SMTP_ENV),
              mailFrom != null ? mailFrom : System.getenv(MailSettings.FROM_ENV),
              baseUrl != null ? baseUrl : System.getenv(MailSettings.BASE_URL_ENV));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--smtp: " + e.getMessage());
    }
    // ops4 (#20 item 3): metrics token, request log, page reuse from the environment.
    org.flowbook.server.ops.OpsSettings ops;
    try {
      ops = org.flowbook.server.ops.OpsSettings.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    FlowbookServer server =
        FlowbookServer.start(
            new ServerSettings(port, data, Optional.ofNullable(url), demo, mail).withOps(ops),
            Clock.systemDefaultZone());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "flowbook-shutdown"));
    server.demoImport().ifPresent(r -> report(r, err));
    out.println("Flowbook is running at http://localhost:" + server.port() + "/");
    out.println(
        url == null || url.isBlank()
            ? "Data: " + data.toAbsolutePath()
            : "Database: " + url.replaceAll("password=[^&]*", "password=***"));
    server
        .adminPassword()
        .ifPresent(
            pw -> {
              out.println("First start: sign in as 'admin' with the one-time password  " + pw);
              out.println(
                  "(it is shown only now; at the first sign-in you choose your own password;"
                      + " add people under Users)");
            });
    // training3 (#16): the demo's people, so the tour can sign in as them.
    server
        .demoPeople()
        .ifPresent(
            d -> {
              if (!d.accounts().isEmpty()) {
                out.println(
                    "Demo people (one-time passwords, shown only now; each chooses their own at"
                        + " the first sign-in):");
                for (var a : d.accounts()) {
                  out.printf(
                      "  %-16s %-16s %-8s %s%n",
                      a.username(), a.person(), a.access().code(), a.password());
                }
              }
              d.changeInReview()
                  .ifPresent(
                      v ->
                          out.println(
                              "The new purchasing policy is version "
                                  + v
                                  + " of purchase-approval, in review: approve it with"
                                  + " acknowledgement as maria.sandberg."));
            });
    out.println("Stop with Ctrl+C.");
    out.flush();
    stopped.await();
    return 0;
  }

  private static void report(ImportReport r, PrintWriter err) {
    err.println(
        "Loaded the demo organization: "
            + r.imported().size()
            + " processes"
            + (r.errors() > 0 ? " (" + r.errors() + " problems kept some files out)" : ""));
  }

  /**
   * The demo workspace: {@code examples/} of the Flowbook home — the launcher passes it as {@code
   * -Dflowbook.home} — or found above the jar, so any working directory works.
   */
  static Optional<Path> demoWorkspace() {
    String home = System.getProperty("flowbook.home");
    if (home != null && Files.isRegularFile(Path.of(home, "examples", "organization.flow"))) {
      return Optional.of(Path.of(home, "examples"));
    }
    try {
      Path dir =
          Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .getParent();
      while (dir != null) {
        if (Files.isRegularFile(dir.resolve("examples/organization.flow"))) {
          return Optional.of(dir.resolve("examples"));
        }
        dir = dir.getParent();
      }
    } catch (URISyntaxException | SecurityException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
