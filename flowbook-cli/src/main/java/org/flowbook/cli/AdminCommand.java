package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.flowbook.repository.Library;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.DatabaseException;
import org.flowbook.repository.refusal.LibraryException;
import org.flowbook.repository.users.Users;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook admin}: looks after the server's accounts from the command line. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Looks after the web application's accounts, on the server's own data.",
    subcommands = AdminCommand.ResetPassword.class,
    footer = {"", "Example:", "  flowbook admin reset-password admin --data /srv/flowbook"})
final class AdminCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where the server keeps its data: the embedded database's folder or a PostgreSQL URL. */
  static final class Store {
    @Option(
        names = "--data",
        paramLabel = "DIR",
        description =
            "Folder of the embedded database, as given to serve (default: ./flowbook-data).")
    Path data;

    @Option(
        names = "--db",
        paramLabel = "JDBC-URL",
        description = "The server's PostgreSQL database (default: $FLOWBOOK_DB_URL).")
    String db;
  }

  /** {@code flowbook admin reset-password USER}: a new one-time password for an account. */
  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description = {
        "Gives USER a new one-time password and prints it. The account is reactivated if it was",
        "deactivated, its sessions end, and at the next sign-in the person must choose their own",
        "password. For a forgotten password, or an administrator locked out. The embedded",
        "database can be opened by one program at a time: stop the server first (PostgreSQL",
        "needs no stop). Recorded in the audit log."
      },
      footer = {
        "",
        "Examples:",
        "  flowbook admin reset-password admin                     data in ./flowbook-data",
        "  flowbook admin reset-password karin --data /srv/flowbook",
        "  flowbook admin reset-password karin --admin --db 'jdbc:postgresql://db/flowbook?user=fb'",
        "",
        "Exit codes: 0 reset, 1 no such user or the database could not be opened, 2 usage error."
      })
  static final class ResetPassword implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "USER", description = "The user name of the account.")
    String user;

    @ArgGroup(exclusive = true)
    Store store = new Store();

    @Option(
        names = "--admin",
        description = "Also make the account an administrator (when no administrator is left).")
    boolean admin;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String url = store.db != null ? store.db : System.getenv("FLOWBOOK_DB_URL");
      Path data = store.data != null ? store.data : Path.of("flowbook-data");
      if (store.data != null || url == null || url.isBlank()) {
        if (!Files.isRegularFile(data.resolve("flowbook.mv.db"))) {
          err.println(
              "flowbook: error: no Flowbook database in "
                  + data.toAbsolutePath()
                  + " (give the folder the server runs with: --data DIR)");
          return 1;
        }
        url = Database.h2Url(data);
      }
      String actor = "command line (" + System.getProperty("user.name", "?") + ")";
      try (Library lib = Library.open(url, Clock.systemDefaultZone())) {
        Users.OneTime reset = lib.users().resetPassword(actor, user, admin);
        out.println(
            "New one-time password for '" + reset.user().username() + "':  " + reset.password());
        out.println(
            "It is shown only now. At the next sign-in "
                + reset.user().username()
                + " must choose their own password; their sessions have ended.");
        out.flush();
        return 0;
      } catch (LibraryException e) {
        err.println("flowbook: error: " + e.getMessage());
        return 1;
      } catch (DatabaseException | org.flywaydb.core.api.FlywayException e) {
        err.println("flowbook: error: cannot open the database: " + inUse(e));
        return 1;
      } catch (RuntimeException e) {
        if (e.getCause() instanceof java.sql.SQLException) {
          err.println("flowbook: error: cannot open the database: " + inUse(e));
          return 1;
        }
        throw e;
      }
    }

    private static String inUse(Exception e) {
      String m = String.valueOf(e.getMessage());
      return m.contains("already in use") || m.contains("Locked by another process")
          ? "the server is running on it; stop the server and try again"
          : m;
    }
  }
}
