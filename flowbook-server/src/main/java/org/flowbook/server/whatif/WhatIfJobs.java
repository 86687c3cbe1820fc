package org.flowbook.server.whatif;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.flowbook.simulation.compare.Comparison;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what-if simulations in the background, the way {@code LogJobs} checks logs: one run at a
 * time on a thread of its own (a run's replications use the cores they get), a short queue (full:
 * refused with 503), at most one queued or running job per person (another is refused with 409
 * until it ends), progress for the job page. Finished jobs are kept for {@link #KEEP}, in memory
 * only — a what-if is asked again rather than stored.
 */
public final class WhatIfJobs implements AutoCloseable {
  /** How long a finished job stays on its page. */
  public static final Duration KEEP = Duration.ofHours(2);

  private static final Logger LOG = LoggerFactory.getLogger(WhatIfJobs.class);

  private final ThreadPoolExecutor pool;
  private final Map<String, WhatIfJob> jobs = new ConcurrentHashMap<>();
  private final Map<String, Instant> started = new ConcurrentHashMap<>();
  private final Clock clock;

  public WhatIfJobs(int queue, Clock clock) {
    this.clock = clock;
    this.pool =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "flowbook-whatif-job");
              t.setDaemon(true);
              return t;
            });
  }

  /** Three runs may wait behind the one running. */
  public static WhatIfJobs defaults() {
    return new WhatIfJobs(3, Clock.systemUTC());
  }

  /** Why a job was not queued. */
  public enum Refusal {
    /** The person has a run queued or running. */
    ONE_AT_A_TIME,
    /** The queue is full. */
    BUSY
  }

  /**
   * Queues {@code work} (given a progress listener of finished replications) as a new job of {@code
   * job}'s owner; the job's id, or why not.
   */
  public synchronized Result submit(WhatIfJob job, Function<IntConsumer, Comparison> work) {
    forgetOld();
    boolean busy =
        jobs.values().stream()
            .anyMatch(j -> j.owner().equals(job.owner()) && !j.phase().finished());
    if (busy) {
      return new Result(Optional.empty(), Optional.of(Refusal.ONE_AT_A_TIME));
    }
    String id = UUID.randomUUID().toString();
    WhatIfJob queued =
        new WhatIfJob(
            id,
            job.owner(),
            job.processId(),
            job.title(),
            job.scenario(),
            job.shown(),
            WhatIfJob.Phase.QUEUED,
            0,
            job.total(),
            Optional.empty(),
            job.unstaffed());
    jobs.put(id, queued);
    started.put(id, clock.instant());
    try {
      pool.execute(() -> run(id, work));
      return new Result(Optional.of(id), Optional.empty());
    } catch (RejectedExecutionException e) {
      jobs.remove(id);
      started.remove(id);
      return new Result(Optional.empty(), Optional.of(Refusal.BUSY));
    }
  }

  /** A queued job's id, or why it was refused. */
  public record Result(Optional<String> id, Optional<Refusal> refusal) {}

  /** The job, only for the person who started it. */
  public Optional<WhatIfJob> find(String id, String user) {
    WhatIfJob j = id == null ? null : jobs.get(id);
    return j != null && j.owner().equals(user) ? Optional.of(j) : Optional.empty();
  }

  private void run(String id, Function<IntConsumer, Comparison> work) {
    try {
      update(id, WhatIfJob.Phase.RUNNING, 0);
      Comparison c = work.apply(done -> update(id, WhatIfJob.Phase.RUNNING, done));
      jobs.computeIfPresent(id, (k, j) -> j.finished(WhatIfJob.Phase.DONE, Optional.of(c)));
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.error("what-if job {} failed", id, e);
      jobs.computeIfPresent(id, (k, j) -> j.finished(WhatIfJob.Phase.FAILED, Optional.empty()));
    }
  }

  private void update(String id, WhatIfJob.Phase phase, int done) {
    jobs.computeIfPresent(id, (k, j) -> j.at(phase, Math.max(j.done(), done)));
  }

  private void forgetOld() {
    Instant limit = clock.instant().minus(KEEP);
    started.forEach(
        (id, at) -> {
          WhatIfJob j = jobs.get(id);
          if (at.isBefore(limit) && (j == null || j.phase().finished())) {
            jobs.remove(id);
            started.remove(id);
          }
        });
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
