package org.flowbook.repository.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.db.Rows;

/**
 * What other instances changed, read from the audit log. Every change to the library writes an
 * audit entry in its own transaction (see ChangeMark), so the log is a change feed no writer can
 * forget: an instance polls it for entries above the last one it saw and brings its caches (the
 * search index, the organization) up to date.
 *
 * <p>Audit ids are handed out before commit, so an entry can become visible after one with a higher
 * id. The feed therefore remembers the ids it skipped over ("gaps") and asks for them again until
 * they appear or {@code gapGrace} has passed (an id of a rolled-back transaction never appears).
 * Applying a change twice is harmless: it re-reads the process from the database.
 */
public final class ChangeFeed {
  /** More missing ids than this in one jump are not waited for (a bulk import by another node). */
  private static final int MAX_GAPS = 10_000;

  /** One audit entry as the feed sees it. */
  public record Change(long id, String action, String target) {
    /** The process this entry changed, or empty. Targets look like {@code process:ID@VERSION}. */
    public java.util.Optional<String> processId() {
      if (!target.startsWith("process:")) {
        return java.util.Optional.empty();
      }
      String rest = target.substring("process:".length());
      int at = rest.lastIndexOf('@');
      return java.util.Optional.of(at < 0 ? rest : rest.substring(0, at));
    }

    /** True when the organization or the people file changed (roles, language, people). */
    public boolean organizationChanged() {
      return target.equals("organization")
          || target.equals("people")
          || target.startsWith("person ");
    }
  }

  private final Database db;
  private final Duration gapGrace;
  private final NavigableMap<Long, Long> gaps = new TreeMap<>();
  private long floor;
  private long top;

  /**
   * A feed that starts after the entries visible now. Open it before building the caches it keeps
   * up to date, so nothing committed in between is missed (it is applied twice at worst).
   */
  public ChangeFeed(Database db, Duration gapGrace) {
    this.db = db;
    this.gapGrace = gapGrace;
    this.top =
        db.read(
            c ->
                Rows.one(c, "SELECT COALESCE(MAX(id), 0) FROM audit_log", rs -> rs.getLong(1))
                    .orElse(0L));
    this.floor = top;
  }

  /** The changes that became visible since the last poll, in id order. */
  public synchronized List<Change> poll() {
    long from = floor;
    List<Change> rows =
        db.read(
            c ->
                Rows.list(
                    c,
                    "SELECT id, action, target FROM audit_log WHERE id > ? ORDER BY id",
                    rs -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3)),
                    from));
    // Wall time, not the library's clock (tests fix that): the grace is about commits in flight.
    long now = System.nanoTime();
    List<Change> fresh = new ArrayList<>();
    for (Change row : rows) {
      if (row.id() > top) {
        if (row.id() - top - 1 <= MAX_GAPS) {
          for (long missing = top + 1; missing < row.id(); missing++) {
            gaps.put(missing, now);
          }
        }
        top = row.id();
        fresh.add(row);
      } else if (gaps.remove(row.id()) != null) {
        fresh.add(row);
      }
    }
    long grace = gapGrace.toNanos();
    gaps.values().removeIf(noticed -> now - noticed > grace);
    floor = gaps.isEmpty() ? top : gaps.firstKey() - 1;
    return fresh;
  }

  /** The ids still waited for (for tests and the log). */
  public synchronized int waiting() {
    return gaps.size();
  }
}
