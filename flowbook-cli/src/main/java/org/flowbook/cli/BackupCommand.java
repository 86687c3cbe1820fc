package org.flowbook.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.flowbook.repository.backup.BackupException;
import org.flowbook.repository.backup.LibraryBackup;
import org.flowbook.repository.backup.LibraryRestore;
import org.flowbook.repository.backup.Manifest;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.DatabaseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flowbook backup}: the whole library to one archive, or a check of an archive. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the whole library — every table of the database and the stored files of --files —",
      "to one zip archive with a manifest (schema version, row counts, SHA-256 of every entry).",
      "The tables are read as one snapshot, so the server may keep running and saving meanwhile",
      "(PostgreSQL; the embedded H2 database is opened by one program at a time: stop the",
      "server). The archive restores with `flowbook restore` on H2 or PostgreSQL alike.",
      "With --verify ARCHIVE nothing is backed up: the archive is read, every checksum checked,",
      "restored into a throw-away in-memory database and that library checked (every version and",
      "its audit entry present, every table as full as the manifest says)."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook backup -o library.zip                                   data in ./flowbook-data",
      "  flowbook backup --db 'jdbc:postgresql://db/flowbook?user=fb' --files /srv/flowbook/files \\",
      "                  -o /backups/flowbook-$(date +%F).zip",
      "  flowbook backup --verify /backups/flowbook-2026-12-03.zip",
      "",
      "Exit codes: 0 written or verified, 1 the database or archive failed or the check found",
      "problems, 2 usage error."
    })
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  LibraryStore store = new LibraryStore();

  @Option(
      names = "--files",
      paramLabel = "DIR",
      description = "A folder of stored files to put in the archive beside the database.")
  Path files;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The archive to write (replaced only when the backup is complete).")
  Path output;

  @Option(
      names = "--verify",
      paramLabel = "ARCHIVE",
      description = "Check an archive instead of writing one.")
  Path verify;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (verify != null) {
      if (output != null) {
        throw new ParameterException(spec.commandLine(), "give either -o FILE or --verify ARCHIVE");
      }
      return verify(out, err);
    }
    if (output == null) {
      throw new ParameterException(
          spec.commandLine(), "give the archive to write: -o library.zip (or --verify ARCHIVE)");
    }
    if (store.embedded() && !Files.isRegularFile(store.folder().resolve("flowbook.mv.db"))) {
      err.println(
          "flowbook: error: no Flowbook database in "
              + store.folder().toAbsolutePath()
              + " (give the folder the server runs with: --data DIR, or --db URL)");
      return 1;
    }
    Path target = output.toAbsolutePath();
    Path tmp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
    try (Database db = Database.open(store.url())) {
      Manifest m;
      try (OutputStream os = Files.newOutputStream(tmp)) {
        m =
            LibraryBackup.write(
                db, Optional.ofNullable(files), os, Clock.systemUTC(), line -> progress(err, line));
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      out.println(
          "Wrote "
              + output
              + ": "
              + m.rows()
              + " rows in "
              + m.tables().size()
              + " tables, "
              + m.files().size()
              + " stored files, schema version "
              + m.schemaVersion()
              + ".");
      return 0;
    } catch (BackupException | DatabaseException | org.flywaydb.core.api.FlywayException e) {
      err.println("flowbook: error: " + AdminCommandMessages.openFailure(e));
      return 1;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private Integer verify(PrintWriter out, PrintWriter err) {
    String scratch = "jdbc:h2:mem:verify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try {
      LibraryRestore.Report report =
          LibraryRestore.restore(verify, scratch, Optional.empty(), false, l -> progress(err, l));
      return RestoreCommand.printCheck(
          out, err, verify.toString(), report.manifest(), report.check());
    } catch (BackupException e) {
      err.println("flowbook: error: " + verify + ": " + e.getMessage());
      return 1;
    } finally {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(scratch);
          java.sql.Statement st = c.createStatement()) {
        st.execute("SHUTDOWN");
      } catch (java.sql.SQLException e) {
        // The scratch database is gone already.
      }
    }
  }

  static void progress(PrintWriter err, String line) {
    err.println(line);
    err.flush();
  }

  /** Wording shared by the backup and restore commands. */
  static final class AdminCommandMessages {
    private AdminCommandMessages() {}

    static String openFailure(Exception e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("already in use") || m.contains("Locked by another process")) {
        return "the server is running on the embedded database; stop it and try again";
      }
      return m;
    }
  }
}
