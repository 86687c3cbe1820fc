package org.flowbook.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.flowbook.model.Language;
import org.flowbook.repository.transfer.ImportReport;
import org.flowbook.server.FlowbookServer;
import org.flowbook.server.ServerSettings;
import org.flowbook.server.config.Configuration;
import org.flowbook.server.config.ConfigurationException;
import org.flowbook.server.config.ServerConfiguration;
import org.flowbook.server.config.Setting;
import org.flowbook.server.config.SettingsDocs;
import org.flowbook.server.config.SettingsTable;
import picocli.CommandLine;
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
      "  flowbook serve --config /etc/flowbook/flowbook.conf",
      "  FLOWBOOK_DATABASE_URL='jdbc:postgresql://db/flowbook?user=fb&password=secret' flowbook serve",
      "  flowbook serve --smtp 'smtp://fb:secret@mail.example.se:587' --mail-from flowbook@example.se \\",
      "                 --base-url https://flowbook.example.se",
      "",
      "Without an SMTP server no e-mail is sent; with one, each person gets one digest a day of",
      "what waits for them. Stop the server with Ctrl+C.",
      "Several instances can serve one PostgreSQL database behind a load balancer; each reads",
      "the others' changes every FLOWBOOK_FEED_INTERVAL (500ms), and background jobs run on one",
      "instance at a time under a lease of FLOWBOOK_JOB_LEASE (15m), looked at every",
      "FLOWBOOK_JOB_CHECK (30s). See docs/operations.md.",
      "Operations (docs/operations.md): GET /health (alive) and /health/ready (database,",
      "migrations, search index) for load balancers; one JSON line per request on standard",
      "output (FLOWBOOK_REQUEST_LOG=off to stop it); Prometheus metrics at /metrics for",
      "administrators or a scraper sending FLOWBOOK_METRICS_TOKEN (24+ characters) as a",
      "bearer token; FLOWBOOK_PAGE_CACHE=N rendered pages kept for reuse (default 2000, 0 off).",
      "Exit codes: 0 stopped, 1 the server could not start, 2 usage error or bad settings.",
      ""
      // sso4 (#20): the settings section is added from the settings table, see describeSettings.
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The settings file (default: $FLOWBOOK_CONFIG, else ./flowbook.conf when it exists).")
  Path config;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Language of problems with the settings, sv or en (default: the system's).")
  String lang;

  @Option(names = "--port", description = "HTTP port (server.port, default 8080).")
  Integer port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the embedded database (data.dir, default ./flowbook-data).")
  Path data;

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description = "A PostgreSQL database instead of the embedded one (database.url).")
  String db;

  @Option(
      names = "--smtp",
      paramLabel = "URL",
      description =
          "SMTP server of the daily e-mail digest, smtp://user:password@host:587 or smtps://…:465"
              + " (mail.smtp; none: no e-mail).")
  String smtp;

  @Option(
      names = "--mail-from",
      paramLabel = "ADDRESS",
      description = "Sender of the e-mail digest (mail.from, default flowbook@HOST).")
  String mailFrom;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "The web app's address, for links in e-mail and sign-in (server.base-url).")
  String baseUrl;

  @Option(
      names = "--empty",
      description = "Start with an empty library instead of the demo organization (demo.load).")
  boolean empty;

  private org.flowbook.server.ClusterSettings clusterSettings() {
    try {
      return org.flowbook.server.ClusterSettings.from(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  // ops4 (#20 item 3): metrics token, request log, page reuse from the environment.
  private org.flowbook.server.ops.OpsSettings opsSettings() {
    try {
      return org.flowbook.server.ops.OpsSettings.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // sso4 (#20): options, environment and flowbook.conf through the one settings table.
    Language language = ReportOutput.language(spec, lang).orElseGet(ServeCommand::systemLanguage);
    Optional<Path> file = settingsFile();
    Configuration configuration;
    try {
      configuration = Configuration.read(file, System.getenv(), options(), language);
    } catch (ConfigurationException e) {
      e.problems().forEach(err::println);
      err.flush();
      return 2;
    }
    ServerSettings read = ServerConfiguration.settings(configuration, demoWorkspace());
    // multi4 (#20): how this instance keeps in step with others on the same database; read from
    // FLOWBOOK_FEED_INTERVAL, FLOWBOOK_JOB_LEASE and FLOWBOOK_JOB_CHECK, not yet rows of the table.
    ServerSettings settings =
        new ServerSettings(
            read.port(),
            read.dataDir(),
            read.dbUrl(),
            read.demo(),
            read.mail(),
            read.signIn(),
            clusterSettings(),
            opsSettings());
    if (configuration.flag(SettingsTable.DEMO) && settings.demo().isEmpty()) {
      err.println(
          "flowbook: the demo workspace (examples/) was not found next to the program; starting empty");
    }
    String url = settings.dbUrl().orElse(null);
    Path data = settings.dataDir();
    if (url == null) {
      Files.createDirectories(data);
    }
    file.ifPresent(f -> err.println("Settings: " + f.toAbsolutePath()));
    settings.signIn().oidc().ifPresent(o -> err.println("Single sign-on: " + o));
    FlowbookServer server = FlowbookServer.start(settings, Clock.systemDefaultZone());
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

  /** The values given as options, each under its setting. */
  private Map<Setting, Configuration.Value> options() {
    Map<Setting, Configuration.Value> o = new LinkedHashMap<>();
    if (port != null) {
      o.put(SettingsTable.PORT, new Configuration.Value(String.valueOf(port), "--port"));
    }
    if (data != null) {
      o.put(SettingsTable.DATA_DIR, new Configuration.Value(data.toString(), "--data"));
    }
    if (db != null) {
      o.put(SettingsTable.DATABASE_URL, new Configuration.Value(db, "--db"));
    }
    if (smtp != null) {
      o.put(SettingsTable.SMTP, new Configuration.Value(smtp, "--smtp"));
    }
    if (mailFrom != null) {
      o.put(SettingsTable.MAIL_FROM, new Configuration.Value(mailFrom, "--mail-from"));
    }
    if (baseUrl != null) {
      o.put(SettingsTable.BASE_URL, new Configuration.Value(baseUrl, "--base-url"));
    }
    if (empty) {
      o.put(SettingsTable.DEMO, new Configuration.Value("false", "--empty"));
    }
    return o;
  }

  /** --config, else $FLOWBOOK_CONFIG, else ./flowbook.conf when there is one. */
  private Optional<Path> settingsFile() {
    if (config != null) {
      return Optional.of(config);
    }
    String env = System.getenv(Configuration.FILE_ENV);
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env));
    }
    Path here = Path.of(Configuration.FILE_NAME);
    return Files.isRegularFile(here) ? Optional.of(here) : Optional.empty();
  }

  private static Language systemLanguage() {
    return Locale.getDefault().getLanguage().equals("sv") ? Language.SV : Language.EN;
  }

  /** Adds the settings table to the command's help (sso4, #20): generated, so it cannot drift. */
  static void describeSettings(CommandLine serve) {
    List<String> footer = new ArrayList<>(List.of(serve.getCommandSpec().usageMessage().footer()));
    footer.addAll(SettingsDocs.helpLines());
    serve.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
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
