package org.flowbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbook.repository.backup.BackupException;
import org.flowbook.repository.backup.LibraryCheck;
import org.flowbook.repository.backup.LibraryRestore;
import org.flowbook.repository.backup.Manifest;
import org.flowbook.repository.db.DatabaseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowbook restore}: a backup archive back into an (empty) library. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restores a `flowbook backup` archive into a library, on H2 or PostgreSQL whichever the",
      "backup came from (moving from the embedded database to PostgreSQL is a backup and a",
      "restore). Every entry is read and checked against the manifest before anything is",
      "written; the rows go in as one transaction; the library is then brought to this",
      "Flowbook's schema and checked. An existing library is refused unless --replace, which",
      "drops everything in the target database (and folder) first. Stop the servers first."
    },
    footer = {
      "",
      "Examples:",
      "  flowbook restore library.zip --data /srv/flowbook-new",
      "  flowbook restore library.zip --db 'jdbc:postgresql://db/flowbook?user=fb' \\",
      "                   --files /srv/flowbook/files",
      "",
      "Exit codes: 0 restored and consistent, 1 refused, failed or the check found problems,",
      "2 usage error."
    })
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ARCHIVE", description = "The archive written by flowbook backup.")
  Path archive;

  @ArgGroup(exclusive = true)
  LibraryStore store = new LibraryStore();

  @Option(
      names = "--files",
      paramLabel = "DIR",
      description = "The folder to restore the archive's stored files into.")
  Path files;

  @Option(
      names = "--replace",
      description = "Drop everything in the target library (and files folder) before restoring.")
  boolean replace;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(archive)) {
      err.println("flowbook: error: " + archive + ": no such file");
      return 1;
    }
    if (store.embedded()) {
      Files.createDirectories(store.folder());
    }
    try {
      LibraryRestore.Report report =
          LibraryRestore.restore(
              archive,
              store.url(),
              Optional.ofNullable(files),
              replace,
              line -> BackupCommand.progress(err, line));
      return printCheck(
          out, err, "Restored into " + store.shown(), report.manifest(), report.check());
    } catch (BackupException | DatabaseException e) {
      err.println(
          "flowbook: error: " + archive + ": " + BackupCommand.AdminCommandMessages.openFailure(e));
      return 1;
    }
  }

  static int printCheck(
      PrintWriter out, PrintWriter err, String what, Manifest m, LibraryCheck.Result check) {
    long rows = check.rows().values().stream().mapToLong(Long::longValue).sum();
    out.println(
        what
            + ": "
            + rows
            + " rows in "
            + check.rows().size()
            + " tables, "
            + m.files().size()
            + " stored files; backup of "
            + m.createdAt()
            + " from "
            + m.source()
            + ", schema version "
            + m.schemaVersion()
            + ".");
    for (Map.Entry<String, Long> e : check.rows().entrySet()) {
      out.printf("  %-22s %,d%n", e.getKey(), e.getValue());
    }
    if (check.ok()) {
      out.println("Check: consistent (every version with its audit entry, every table complete).");
      return 0;
    }
    for (String p : check.problems()) {
      err.println("flowbook: error: check: " + p);
    }
    return 1;
  }
}
