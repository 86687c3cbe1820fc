package org.flowbook.server.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Request;
import org.flowbook.diagram.layout.Cancellation;

/**
 * Where expensive work runs — laying out a flowchart someone typed, rendering a PNG, writing a
 * manual: on a few threads of its own with a short queue, each job with a deadline. Pages keep the
 * request threads and the other cores, so a handful of heavy requests cannot make everyone wait;
 * when the queue is full the answer is 503 at once, when a job passes its deadline it is
 * interrupted (the layout checks for that and stops) and the answer is 503. The wait also ends when
 * Jetty sees the client's connection closed.
 */
public final class HeavyWork implements AutoCloseable {
  private static final long POLL_MILLIS = 100;
  private final ThreadPoolExecutor pool;
  private final Duration deadline;

  /**
   * @param threads jobs that run at once
   * @param queue jobs that may wait beside them
   * @param deadline how long one request waits for its job, queueing included
   */
  public HeavyWork(int threads, int queue, Duration deadline) {
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "flowbook-heavy-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.deadline = deadline;
  }

  /** The default: one core of two left to pages, a queue of four per thread, 20 seconds. */
  public static HeavyWork defaults() {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    return new HeavyWork(threads, 4 * threads, Duration.ofSeconds(20));
  }

  /** Runs {@code job} in the pool and waits for it within the deadline; see the class comment. */
  public <T> T run(Context ctx, Callable<T> job) {
    AtomicBoolean token = new AtomicBoolean();
    Job<T> future;
    try {
      future = new Job<>(() -> Cancellation.withToken(token, job), token);
      pool.execute(future);
    } catch (RejectedExecutionException e) {
      ctx.header("Retry-After", "10");
      throw InputError.unavailable("heavy.busy");
    }
    long end = System.nanoTime() + deadline.toNanos();
    try {
      while (true) {
        try {
          return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException notYet) {
          if (System.nanoTime() > end) {
            stop(future);
            throw InputError.unavailable("heavy.deadline", deadline.toSeconds());
          }
          if (clientGone(ctx)) {
            stop(future);
            throw InputError.unavailable("heavy.gone");
          }
        }
      }
    } catch (InterruptedException e) {
      stop(future);
      Thread.currentThread().interrupt();
      throw InputError.unavailable("heavy.gone");
    } catch (CancellationException e) {
      throw InputError.unavailable("heavy.gone");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Interrupts a running job (the layout stops at its next check: between its phases, each routed
   * flow and each of ELK's processors) and takes a waiting one out of the queue, where a cancelled
   * job would otherwise hold a place until a thread picks it up.
   */
  private void stop(Job<?> job) {
    job.token.set(true);
    job.cancel(true);
    pool.remove(job);
  }

  /** A job with the token that stops its layouts even when an interrupt is lost. */
  private static final class Job<T> extends FutureTask<T> {
    private final AtomicBoolean token;

    Job(Callable<T> work, AtomicBoolean token) {
      super(work);
      this.token = token;
    }
  }

  /** Jobs running or waiting now (for tests and monitoring). */
  public int pending() {
    return pool.getActiveCount() + pool.getQueue().size();
  }

  private static boolean clientGone(Context ctx) {
    try {
      return !Request.getBaseRequest(ctx.req()).getHttpChannel().getEndPoint().isOpen();
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
