package org.flowbook.repository.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flowbook.repository.Library;
import org.flowbook.repository.PostgresSchemas;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore of the whole library: H2 to PostgreSQL and back give the same rows, a backup
 * taken under write load restores to a library that passes its check, and a damaged, hostile or
 * misdirected archive is refused before anything is written.
 */
class BackupTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
  private static final AtomicInteger COUNTER = new AtomicInteger();
  @TempDir Path dir;

  private String h2() {
    return Database.h2Url(dir.resolve("h2-" + COUNTER.incrementAndGet()));
  }

  private static Library filled(String url) {
    Library lib = Library.open(url, CLOCK);
    WorkspaceImporter.importPath(
        lib,
        Library.SYSTEM,
        ProjectPaths.root().resolve("flowbook-repository/src/test/resources/workspace"));
    lib.users().create("system", "eva", "Eva Ek", AccessRole.AUTHOR, "a-long-pass-phrase-eva");
    lib.sessions().start(lib.users().byName("eva").orElseThrow());
    lib.cluster()
        .loginFailures()
        .fail("name:eva", CLOCK.instant(), CLOCK.instant().minusSeconds(3600), n -> Instant.EPOCH);
    return lib;
  }

  private Path backup(Library lib, Optional<Path> files) throws IOException {
    Path zip = dir.resolve("backup-" + COUNTER.incrementAndGet() + ".zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      LibraryBackup.write(lib.database(), files, out, CLOCK, line -> {});
    }
    return zip;
  }

  /** Every table as text, rows in key order, values as the archive writes them. */
  private static Map<String, List<String>> dump(Database db) {
    return db.read(
        c -> {
          Map<String, List<String>> out = new LinkedHashMap<>();
          for (Tables.Table t : Tables.read(c).inOrder()) {
            List<String> rows = new ArrayList<>();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var ps =
                    c.prepareStatement(
                        "SELECT * FROM " + t.name() + " ORDER BY " + String.join(", ", t.key()));
                var rs = ps.executeQuery()) {
              while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (Tables.Column col : t.columns()) {
                  bytes.reset();
                  try (var gen = LibraryBackup.JSON.getFactory().createGenerator(bytes)) {
                    Values.write(gen, rs, rs.findColumn(col.name()), col);
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                  row.append(col.name())
                      .append('=')
                      .append(bytes.toString(StandardCharsets.UTF_8))
                      .append(' ');
                }
                rows.add(row.toString());
              }
            }
            out.put(t.name(), rows);
          }
          return out;
        });
  }

  private void roundTrip(String from, String to) throws IOException {
    Map<String, List<String>> before;
    Path zip;
    try (Library lib = filled(from)) {
      before = dump(lib.database());
      zip = backup(lib, Optional.empty());
    }
    assertThat(before.get("audit_log")).isNotEmpty();
    assertThat(before.get("login_failures")).hasSize(1);
    List<String> progress = new ArrayList<>();
    LibraryRestore.Report report =
        LibraryRestore.restore(zip, to, Optional.empty(), false, progress::add);
    assertThat(report.check().problems()).isEmpty();
    assertThat(progress).anyMatch(l -> l.startsWith("restore: audit_log "));
    try (Library lib = Library.open(to, CLOCK)) {
      assertThat(dump(lib.database())).isEqualTo(before);
      assertThat(lib.search().search("fakturan", 5, false)).isNotEmpty();
      // New rows continue after the restored ids.
      long last = lib.audit().latest(1, 0).get(0).id();
      lib.audit().append("system", "login", "user:eva", "");
      assertThat(lib.audit().latest(1, 0).get(0).id()).isGreaterThan(last);
      assertThat(lib.users().byName("eva")).isPresent();
    }
  }

  @Test
  void h2ToH2KeepsEveryRow() throws IOException {
    roundTrip(h2(), h2());
  }

  @Test
  void h2ToPostgresIsARestore() throws IOException {
    roundTrip(h2(), PostgresSchemas.fresh("backup_to"));
  }

  @Test
  void postgresToH2KeepsEveryRow() throws IOException {
    roundTrip(PostgresSchemas.fresh("backup_from"), h2());
  }

  @Test
  void aNonEmptyLibraryIsRefusedUnlessReplaced() throws IOException {
    Path zip;
    try (Library lib = filled(h2())) {
      zip = backup(lib, Optional.empty());
    }
    String target = h2();
    try (Library other = Library.open(target, CLOCK)) {
      other.users().create("system", "karl", "Karl", AccessRole.ADMIN, "a-long-pass-phrase-karl");
    }
    assertThatThrownBy(() -> LibraryRestore.restore(zip, target, Optional.empty(), false, l -> {}))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("not empty")
        .hasMessageContaining("--replace");
    try (Library other = Library.open(target, CLOCK)) {
      assertThat(other.users().byName("karl")).isPresent();
    }
    assertThat(LibraryRestore.restore(zip, target, Optional.empty(), true, l -> {}).check().ok())
        .isTrue();
    try (Library other = Library.open(target, CLOCK)) {
      assertThat(other.users().byName("karl")).isEmpty();
      assertThat(other.users().byName("eva")).isPresent();
    }
  }

  @Test
  void storedFilesGoAlongAndAreChecked() throws IOException {
    Path files = dir.resolve("files");
    Files.createDirectories(files.resolve("evidence/2026"));
    Files.writeString(files.resolve("evidence/2026/kvitto.txt"), "kvitto åäö");
    Files.write(files.resolve("blob.bin"), new byte[] {0, 1, 2, (byte) 255});
    Path zip;
    try (Library lib = filled(h2())) {
      zip = backup(lib, Optional.of(files));
    }
    Path restored = dir.resolve("restored-files");
    LibraryRestore.Report report =
        LibraryRestore.restore(zip, h2(), Optional.of(restored), false, l -> {});
    assertThat(report.check().problems()).isEmpty();
    assertThat(report.manifest().files()).hasSize(2);
    assertThat(Files.readString(restored.resolve("evidence/2026/kvitto.txt")))
        .isEqualTo("kvitto åäö");
    assertThat(Files.readAllBytes(restored.resolve("blob.bin"))).containsExactly(0, 1, 2, 255);
    Files.writeString(restored.resolve("blob.bin"), "changed");
    assertThat(
            LibraryCheck.run(
                    Database.open(h2()), Optional.of(report.manifest()), Optional.of(restored))
                .problems())
        .anyMatch(p -> p.contains("blob.bin differs"));
  }

  @Test
  void aBackupUnderWriteLoadRestoresToAConsistentLibrary() throws Exception {
    Path zip;
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger saves = new AtomicInteger();
    try (Library lib = filled(PostgresSchemas.fresh("backup_load"))) {
      String source = lib.processes().version("purchase-approval", 1).orElseThrow().source();
      Thread writer =
          new Thread(
              () -> {
                int base =
                    lib.processes().summary("purchase-approval").orElseThrow().latestVersion();
                for (int n = 1; !stop.get(); n++) {
                  SaveResult r =
                      lib.processes()
                          .save(
                              Library.SYSTEM,
                              "purchase-approval",
                              base,
                              source.replace("Bifoga offerten", "Bifoga offert " + n),
                              "load " + n);
                  base = ((SaveResult.Saved) r).version().version();
                  saves.incrementAndGet();
                }
              });
      writer.start();
      while (saves.get() < 5) {
        Thread.sleep(10);
      }
      zip = backup(lib, Optional.empty());
      stop.set(true);
      writer.join();
    }
    assertThat(saves.get()).isGreaterThan(5);
    LibraryRestore.Report report =
        LibraryRestore.restore(zip, h2(), Optional.empty(), false, l -> {});
    assertThat(report.check().problems()).isEmpty();
    assertThat(report.check().rows().get("process_versions")).isGreaterThan(5);
  }

  @Test
  void theCheckFindsAMissingVersionAndAMissingAuditEntry() {
    String url = h2();
    try (Library lib = filled(url)) {
      assertThat(LibraryCheck.run(lib.database(), Optional.empty(), Optional.empty()).ok())
          .isTrue();
      lib.database()
          .inTransaction(
              c -> {
                Rows.update(c, "UPDATE processes SET latest_version = latest_version + 1");
                return null;
              });
      assertThat(LibraryCheck.run(lib.database(), Optional.empty(), Optional.empty()).problems())
          .anyMatch(p -> p.contains("lacks version"));
    }
  }

  @Test
  void aChangedByteIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path zip;
    try (Library lib = filled(h2())) {
      zip = backup(lib, Optional.empty());
    }
    Path tampered =
        rewrite(zip, "tables/users.jsonl", s -> s.replace("Eva Ek", "Eve Ek"), Map.of());
    String target = h2();
    assertThatThrownBy(
            () -> LibraryRestore.restore(tampered, target, Optional.empty(), false, l -> {}))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("tables/users.jsonl")
        .hasMessageContaining("checksum");
    assertThatThrownBy(() -> LibraryRestore.verify(tampered, l -> {}))
        .hasMessageContaining("checksum");
    try (Library lib = Library.open(target, CLOCK)) {
      assertThat(lib.isEmpty()).isTrue();
      assertThat(lib.users().isEmpty()).isTrue();
    }
  }

  @Test
  void hostileArchivesAreRefused() throws IOException {
    Path zip;
    try (Library lib = filled(h2())) {
      zip = backup(lib, Optional.empty());
    }
    // An entry outside the archive's folders (zip-slip).
    Path slip = rewrite(zip, null, s -> s, Map.of("files/../../etc/cron.d/x", "boom".getBytes()));
    assertThatThrownBy(() -> LibraryRestore.verify(slip, l -> {}))
        .hasMessageContaining("is not allowed");
    Path absolute = rewrite(zip, null, s -> s, Map.of("/tmp/x", "boom".getBytes()));
    assertThatThrownBy(() -> LibraryRestore.verify(absolute, l -> {}))
        .hasMessageContaining("is not allowed");
    // A bomb: the users table inflates far past the size its manifest gives it.
    byte[] bomb = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(bomb, (byte) ' ');
    Path bombed = rewrite(zip, null, s -> s, Map.of("tables/users.jsonl", bomb));
    assertThatThrownBy(() -> LibraryRestore.verify(bombed, l -> {}))
        .hasMessageContaining("tables/users.jsonl")
        .hasMessageContaining("unpacks to more than");
    // Not a zip at all.
    Path text = dir.resolve("not.zip");
    Files.writeString(text, "hello");
    assertThatThrownBy(() -> LibraryRestore.verify(text, l -> {}))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("not a zip");
  }

  /** Copies {@code zip}, changing one entry's text and adding or replacing raw entries. */
  private Path rewrite(
      Path zip,
      String entry,
      java.util.function.UnaryOperator<String> change,
      Map<String, byte[]> replace)
      throws IOException {
    Path out = dir.resolve("rewritten-" + COUNTER.incrementAndGet() + ".zip");
    try (ZipFile in = new ZipFile(zip.toFile());
        ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        if (replace.containsKey(e.getName())) {
          continue;
        }
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(entry)) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(bytes);
        z.closeEntry();
      }
      for (Map.Entry<String, byte[]> r : replace.entrySet()) {
        z.putNextEntry(new ZipEntry(r.getKey()));
        z.write(r.getValue());
        z.closeEntry();
      }
    }
    return out;
  }
}
