package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.flowbook.repository.Library;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook backup}, {@code backup --verify} and {@code restore} on data folders. */
class BackupCommandTest {
  @TempDir Path dir;

  private Path library() {
    Path data = dir.resolve("data");
    try (Library lib = Library.open(Database.h2Url(data), Clock.systemUTC())) {
      WorkspaceImporter.importPath(lib, Library.SYSTEM, ProjectPaths.root().resolve("examples"));
      lib.users().create("test", "admin", "Admin", AccessRole.ADMIN, "tre gröna tallrikar");
    }
    return data;
  }

  @Test
  void aBackupRestoresIntoAnotherFolderAndVerifies() throws Exception {
    Path data = library();
    Path files = dir.resolve("files");
    Files.createDirectories(files);
    Files.writeString(files.resolve("bilaga.txt"), "bilaga");
    Path zip = dir.resolve("library.zip");
    Cli backup =
        Cli.run(
            "backup", "--data", data.toString(), "--files", files.toString(), "-o", zip.toString());
    assertThat(backup.exit()).as(backup.err()).isZero();
    assertThat(backup.out())
        .contains("Wrote")
        .contains("1 stored files")
        .contains("schema version " + newestMigration() + ".");
    assertThat(backup.err()).contains("backup: process_versions").contains("backup: done");
    assertThat(dir.toFile().list()).noneMatch(n -> n.endsWith(".part"));

    Cli verify = Cli.run("backup", "--verify", zip.toString());
    assertThat(verify.exit()).as(verify.err()).isZero();
    assertThat(verify.out()).contains("Check: consistent");

    Path copy = dir.resolve("copy");
    Cli restore =
        Cli.run(
            "restore",
            zip.toString(),
            "--data",
            copy.toString(),
            "--files",
            dir.resolve("f2").toString());
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("Restored into").contains("Check: consistent");
    assertThat(Files.readString(dir.resolve("f2/bilaga.txt"))).isEqualTo("bilaga");
    try (Library lib = Library.open(Database.h2Url(copy), Clock.systemUTC())) {
      assertThat(lib.users().byName("admin")).isPresent();
      assertThat(lib.processes().ids()).isNotEmpty();
    }

    Cli again = Cli.run("restore", zip.toString(), "--data", copy.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("not empty").contains("--replace");
    Cli replaced = Cli.run("restore", zip.toString(), "--data", copy.toString(), "--replace");
    assertThat(replaced.exit()).as(replaced.err()).isZero();
  }

  @Test
  void mistakesAreClearErrors() throws Exception {
    Cli noOutput = Cli.run("backup", "--data", dir.toString());
    assertThat(noOutput.exit()).isEqualTo(2);
    assertThat(noOutput.err()).contains("-o library.zip");
    Cli noDb = Cli.run("backup", "--data", dir.resolve("none").toString(), "-o", "x.zip");
    assertThat(noDb.exit()).isEqualTo(1);
    assertThat(noDb.err()).contains("no Flowbook database in");
    Path junk = dir.resolve("junk.zip");
    Files.writeString(junk, "not a zip");
    Cli bad = Cli.run("backup", "--verify", junk.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("not a zip archive");
    Cli missing =
        Cli.run("restore", dir.resolve("nothing.zip").toString(), "--data", dir.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file");
  }

  /** The highest Vn__ of the repository's migrations: the version a fresh library has. */
  private static int newestMigration() throws java.io.IOException {
    Path folder =
        ProjectPaths.root().resolve("flowbook-repository/src/main/resources/db/migration/common");
    try (var files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
          .max()
          .orElseThrow();
    }
  }
}
