package org.flowbook.repository.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/**
 * The library's own consistency check, run after every restore and by {@code flowbook backup
 * --verify}: every process has all its versions 1…latest and its published version; every version
 * has the audit entry that made it ({@code process:ID@VERSION}); audit ids are unique and the
 * entries complete; and, against a backup's manifest, every table holds as many rows as the archive
 * and every stored file is present with its checksum.
 */
public final class LibraryCheck {
  private LibraryCheck() {}

  /** What the check found: no problems means consistent. */
  public record Result(Map<String, Long> rows, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Checks the library in {@code db}; with a manifest, also against what the backup held. */
  public static Result run(Database db, Optional<Manifest> manifest, Optional<Path> files) {
    List<String> problems = new ArrayList<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    db.read(
        c -> {
          for (Tables.Table t : Tables.read(c).inOrder()) {
            rows.put(t.name(), count(c, "SELECT COUNT(*) FROM " + t.name()));
          }
          versions(c, problems);
          audit(c, problems);
          return null;
        });
    manifest.ifPresent(
        m -> {
          for (Manifest.Table t : m.tables()) {
            Long have = rows.get(t.name());
            if (have == null) {
              problems.add("table " + t.name() + " of the backup is missing");
            } else if (have != t.rows()) {
              problems.add(
                  "table " + t.name() + " has " + have + " rows; the backup held " + t.rows());
            }
          }
          files.ifPresent(dir -> files(dir, m, problems));
        });
    return new Result(rows, List.copyOf(problems));
  }

  private static void versions(Connection c, List<String> problems) throws SQLException {
    record P(String id, int latest, Integer published) {}
    List<P> processes =
        Rows.list(
            c,
            "SELECT id, latest_version, published_version FROM processes ORDER BY id",
            rs -> new P(rs.getString(1), rs.getInt(2), Rows.integer(rs, "published_version")));
    Map<String, Set<Integer>> versions = new LinkedHashMap<>();
    for (String[] v :
        Rows.list(
            c,
            "SELECT process_id, version FROM process_versions",
            rs -> new String[] {rs.getString(1), String.valueOf(rs.getInt(2))})) {
      versions.computeIfAbsent(v[0], k -> new HashSet<>()).add(Integer.parseInt(v[1]));
    }
    Set<String> audited =
        new HashSet<>(
            Rows.list(
                c,
                "SELECT DISTINCT target FROM audit_log WHERE target LIKE 'process:%'",
                rs -> rs.getString(1)));
    for (P p : processes) {
      Set<Integer> have = versions.getOrDefault(p.id(), Set.of());
      for (int v = 1; v <= p.latest(); v++) {
        if (!have.contains(v)) {
          problems.add("process " + p.id() + " lacks version " + v + " of " + p.latest());
        } else if (!audited.contains("process:" + p.id() + "@" + v)) {
          problems.add("process " + p.id() + " version " + v + " has no audit entry");
        }
      }
      if (have.size() > p.latest()) {
        problems.add("process " + p.id() + " has versions past its latest " + p.latest());
      }
      if (p.published() != null && !have.contains(p.published())) {
        problems.add("process " + p.id() + " is published at a missing version " + p.published());
      }
    }
    for (String id : versions.keySet()) {
      if (processes.stream().noneMatch(p -> p.id().equals(id))) {
        problems.add("versions of an unknown process " + id);
      }
    }
  }

  private static void audit(Connection c, List<String> problems) throws SQLException {
    long incomplete =
        count(
            c,
            "SELECT COUNT(*) FROM audit_log WHERE occurred_at IS NULL OR actor IS NULL"
                + " OR action IS NULL OR target IS NULL OR detail IS NULL");
    if (incomplete > 0) {
      problems.add(incomplete + " audit entries are incomplete");
    }
    long duplicates = count(c, "SELECT COUNT(*) - COUNT(DISTINCT id) FROM audit_log");
    if (duplicates > 0) {
      problems.add(duplicates + " audit ids are used twice");
    }
  }

  private static void files(Path dir, Manifest m, List<String> problems) {
    for (Manifest.StoredFile f : m.files()) {
      Path p = dir.resolve(f.path()).normalize();
      if (!p.startsWith(dir.normalize()) || !Files.isRegularFile(p)) {
        problems.add("stored file " + f.path() + " is missing");
        continue;
      }
      try (InputStream in = Files.newInputStream(p)) {
        var digest = LibraryBackup.sha256();
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
          digest.update(buf, 0, n);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(f.sha256())) {
          problems.add("stored file " + f.path() + " differs from the backup");
        }
      } catch (IOException e) {
        problems.add("stored file " + f.path() + " cannot be read: " + e.getMessage());
      }
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    return Rows.one(c, sql, rs -> rs.getLong(1)).orElse(0L);
  }
}
