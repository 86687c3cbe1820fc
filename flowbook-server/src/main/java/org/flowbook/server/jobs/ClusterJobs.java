package org.flowbook.server.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.flowbook.repository.cluster.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work that must run once across all server instances on one database (the e-mail
 * digest, housekeeping), not once per instance. Every instance looks every {@code checkEvery}
 * whether a job is due; the one that takes the job's lease runs it (JobLeases). A run that throws
 * frees the lease at once, so the next look on any instance tries again; an instance that dies
 * mid-run leaves a lease that others take over once it expires.
 */
public final class ClusterJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);
  private final JobLeases leases;
  private final Duration leaseTime;
  private final Duration checkEvery;
  private final String holder;
  private final ScheduledExecutorService timer;

  public ClusterJobs(JobLeases leases, Duration leaseTime, Duration checkEvery) {
    this.leases = leases;
    this.leaseTime = leaseTime;
    this.checkEvery = checkEvery;
    this.holder = instanceName();
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "flowbook-jobs");
              t.setDaemon(true);
              return t;
            });
  }

  /** This instance as a lease holder: host, process id and a random tail (restarts differ). */
  public String holder() {
    return holder;
  }

  /** Runs {@code task} about every {@code every}, on one instance at a time across the cluster. */
  public void schedule(String job, Duration every, Runnable task) {
    long check = Math.max(50, Math.min(every.toMillis(), checkEvery.toMillis()));
    // The first look waits a period (at most a minute), as the digest's timer always did: a
    // starting server is busy enough, and tests that run a job by hand are not raced.
    long first = Math.max(check, Math.min(every.toMillis(), 60_000));
    timer.scheduleWithFixedDelay(
        () -> runIfDue(job, every, task), first, check, TimeUnit.MILLISECONDS);
  }

  /** One look: runs the job here when it is due and this instance takes its lease. */
  boolean runIfDue(String job, Duration every, Runnable task) {
    try {
      if (!leases.tryStart(job, holder, leaseTime)) {
        return false;
      }
    } catch (RuntimeException e) {
      LOG.warn("cannot take the lease of job {}; trying again", job, e);
      return false;
    }
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.warn("job {} failed; any instance tries it again at its next look", job, e);
      abandon(job);
      return true;
    }
    try {
      if (!leases.finished(job, holder, every)) {
        LOG.warn(
            "job {} ran longer than its lease ({}); another instance took it over", job, leaseTime);
      }
    } catch (RuntimeException e) {
      LOG.warn("cannot record the run of job {}", job, e);
    }
    return true;
  }

  private void abandon(String job) {
    try {
      leases.abandon(job, holder);
    } catch (RuntimeException e) {
      LOG.warn("cannot free the lease of job {}; it expires after {}", job, leaseTime, e);
    }
  }

  private static String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
    String name = host + "/" + pid + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
