package org.flowbook.repository.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.flowbook.repository.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one instance shares with the other instances on the same database (decision 0625): the
 * change feed that keeps its in-memory caches (search index, organization) up to date, the leases
 * that let a background job run once, the sign-in failure counts and the shared keys. On the
 * embedded H2 database there is one instance; the same code runs and costs one small query per feed
 * interval.
 */
public final class Cluster implements AutoCloseable {
  /** How long a missing audit id is waited for before it counts as rolled back. */
  public static final Duration GAP_GRACE = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
  private final Database db;
  private final Consumer<ChangeFeed.Change> apply;
  private final JobLeases leases;
  private final LoginFailures loginFailures;
  private final SharedSecrets secrets;
  private volatile ChangeFeed feed;
  private ScheduledExecutorService follower;

  public Cluster(Database db, Clock clock, Consumer<ChangeFeed.Change> apply) {
    this.db = db;
    this.apply = apply;
    this.leases = new JobLeases(db, clock);
    this.loginFailures = new LoginFailures(db);
    this.secrets = new SharedSecrets(db, clock);
  }

  /** Starts the feed after what is visible now (before the caches are built from the database). */
  public void startFeed() {
    feed = new ChangeFeed(db, GAP_GRACE);
  }

  /**
   * Applies what became visible since the last call; returns how many changes. The follower calls
   * this every interval; tests and the CLI may call it directly.
   */
  public int catchUp() {
    ChangeFeed f = feed;
    if (f == null) {
      return 0;
    }
    int n = 0;
    for (ChangeFeed.Change change : f.poll()) {
      apply.accept(change);
      n++;
    }
    return n;
  }

  /** Polls the feed every {@code interval} on a daemon thread until {@link #close}. */
  public synchronized void follow(Duration interval) {
    if (follower != null || interval.isZero() || interval.isNegative()) {
      return;
    }
    follower =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "flowbook-change-feed");
              t.setDaemon(true);
              return t;
            });
    follower.scheduleWithFixedDelay(
        () -> {
          try {
            catchUp();
          } catch (RuntimeException e) {
            // A lost connection or a restarting database: the next poll tries again.
            LOG.warn("reading other instances' changes failed; trying again", e);
          }
        },
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  public JobLeases leases() {
    return leases;
  }

  public LoginFailures loginFailures() {
    return loginFailures;
  }

  public SharedSecrets secrets() {
    return secrets;
  }

  @Override
  public synchronized void close() {
    if (follower != null) {
      follower.shutdownNow();
      try {
        follower.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      follower = null;
    }
  }
}
