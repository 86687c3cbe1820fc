package org.flowbook.server.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;

/**
 * The server's metrics (decision 0632), read by Prometheus from {@code /metrics}: requests and
 * their latency per route template and status, background jobs, the database pool and the JVM. One
 * registry per server, so two servers in one test JVM never mix their counts.
 */
public final class ServerMetrics implements AutoCloseable {
  /**
   * Latency buckets of the request histogram. Fixed rather than Micrometer's percentile histogram
   * (about 70 buckets per series): about 150 routes times a few statuses stays a few thousand
   * series, and these bounds are the ones an alert on a reading page or a save is written against.
   */
  private static final Duration[] REQUEST_BUCKETS = {
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private static final Duration[] JOB_BUCKETS = {
    Duration.ofMillis(100),
    Duration.ofSeconds(1),
    Duration.ofSeconds(10),
    Duration.ofMinutes(1),
    Duration.ofMinutes(10),
    Duration.ofHours(1)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public ServerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** One answered request. */
  public void request(String method, String route, int status, long nanos) {
    Timer.builder("http.server.requests")
        .description("HTTP requests by route template and status")
        .tags("method", method, "route", route, "status", String.valueOf(status))
        .serviceLevelObjectives(REQUEST_BUCKETS)
        .register(registry)
        .record(Duration.ofNanos(nanos));
  }

  /**
   * Runs one background job and records its duration under {@code flowbook_jobs_seconds} with the
   * outcome {@code success} or {@code failure} (it threw, or {@code failed} says so of its result).
   */
  public <T> T job(String name, Supplier<T> work, java.util.function.Predicate<T> failed) {
    long start = System.nanoTime();
    String outcome = "failure";
    try {
      T result = work.get();
      outcome = failed.test(result) ? "failure" : "success";
      return result;
    } finally {
      Timer.builder("flowbook.jobs")
          .description("Background jobs: log checks, e-mail digests")
          .tags("job", name, "outcome", outcome)
          .serviceLevelObjectives(JOB_BUCKETS)
          .register(registry)
          .record(Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * The connection pool's state, under the names HikariCP's own Micrometer tracker uses ({@code
   * hikaricp_connections_active} …), read from the running pool (its configuration is sealed once
   * it started, so the tracker itself cannot be added afterwards).
   */
  public void pool(DataSource dataSource) {
    if (!(dataSource instanceof HikariDataSource hikari)) {
      return;
    }
    String pool = hikari.getPoolName();
    poolGauge("hikaricp.connections", "Total connections", pool, hikari, p -> total(p));
    poolGauge("hikaricp.connections.active", "Connections in use", pool, hikari, p -> active(p));
    poolGauge("hikaricp.connections.idle", "Idle connections", pool, hikari, p -> idle(p));
    poolGauge(
        "hikaricp.connections.pending",
        "Threads waiting for a connection",
        pool,
        hikari,
        p -> pending(p));
    Gauge.builder("hikaricp.connections.max", hikari, HikariDataSource::getMaximumPoolSize)
        .description("Largest number of connections")
        .tag("pool", pool)
        .register(registry);
  }

  private void poolGauge(
      String name,
      String description,
      String pool,
      HikariDataSource hikari,
      ToDoubleFunction<HikariPoolMXBean> value) {
    Gauge.builder(
            name,
            hikari,
            h -> {
              HikariPoolMXBean bean = h.getHikariPoolMXBean();
              return bean == null ? Double.NaN : value.applyAsDouble(bean);
            })
        .description(description)
        .tag("pool", pool)
        .register(registry);
  }

  private static double total(HikariPoolMXBean p) {
    return p.getTotalConnections();
  }

  private static double active(HikariPoolMXBean p) {
    return p.getActiveConnections();
  }

  private static double idle(HikariPoolMXBean p) {
    return p.getIdleConnections();
  }

  private static double pending(HikariPoolMXBean p) {
    return p.getThreadsAwaitingConnection();
  }

  /** Everything in the Prometheus text format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  /** The registry, for more meters (page cache hits …). */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
