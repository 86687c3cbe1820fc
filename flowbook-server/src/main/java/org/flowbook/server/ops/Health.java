package org.flowbook.server.ops;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.flowbook.repository.Library;
import org.flowbook.repository.db.Rows;

/**
 * The answers for load balancers and orchestrators (decision 0630), without sign-in and without
 * anything about the library's content or its people:
 *
 * <ul>
 *   <li>{@code GET /health} — liveness: the process answers HTTP. Touches nothing else, so a slow
 *       database never gets a healthy server restarted.
 *   <li>{@code GET /health/ready} — readiness: the database answers, every schema migration is
 *       applied, and the search index has seen every process in the database. 200 when all hold,
 *       else 503 with the check that failed. The result is reused for a second, so a balancer
 *       polling every 100 ms costs the database one query a second.
 * </ul>
 */
public final class Health {
  public static final String LIVE = "/health";
  public static final String READY = "/health/ready";
  private static final long REUSE_NANOS = Duration.ofSeconds(1).toNanos();

  private final Library library;
  private final LongSupplier nanoTime;
  private Readiness last;
  private long lastAt;

  /** The outcome of the readiness checks. */
  public record Readiness(boolean database, boolean migrations, boolean search) {
    public boolean ready() {
      return database && migrations && search;
    }

    Map<String, Object> json() {
      Map<String, Object> checks = new LinkedHashMap<>();
      checks.put("database", database ? "up" : "down");
      checks.put("migrations", !database ? "unknown" : migrations ? "applied" : "pending");
      checks.put("search", !database ? "unknown" : search ? "caught-up" : "behind");
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("status", ready() ? "ready" : "not-ready");
      o.put("checks", checks);
      return o;
    }
  }

  public Health(Library library) {
    this(library, System::nanoTime);
  }

  Health(Library library, LongSupplier nanoTime) {
    this.library = library;
    this.nanoTime = nanoTime;
  }

  public void register(Javalin app) {
    app.get(LIVE, this::live);
    app.get(READY, this::ready);
  }

  private void live(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.json(Map.of("status", "up"));
  }

  private void ready(Context ctx) {
    Readiness r = readiness();
    ctx.header("Cache-Control", "no-store");
    ctx.status(r.ready() ? 200 : 503).json(r.json());
  }

  /** The readiness checks, run at most once a second. */
  public synchronized Readiness readiness() {
    long now = nanoTime.getAsLong();
    if (last == null || now - lastAt >= REUSE_NANOS) {
      last = check();
      lastAt = now;
    }
    return last;
  }

  private Readiness check() {
    try {
      library.database().read(c -> Rows.one(c, "SELECT 1", rs -> rs.getInt(1)));
    } catch (RuntimeException e) {
      return new Readiness(false, false, false);
    }
    boolean migrated;
    boolean indexed;
    try {
      migrated = library.database().pendingMigrations() == 0;
      indexed = library.search().covers(library.processes().ids());
    } catch (RuntimeException e) {
      return new Readiness(false, false, false);
    }
    return new Readiness(true, migrated, indexed);
  }
}
