package org.flowbook.server.mining;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flowbook.mining.conformance.ActivityMatcher;
import org.flowbook.mining.conformance.Conformance;
import org.flowbook.mining.conformance.ConformanceResult;
import org.flowbook.mining.conformance.UnmappedActivity;
import org.flowbook.mining.discovery.Calibration;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.mining.report.ConformanceMap;
import org.flowbook.mining.translate.ProcessToPetriNet;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.Keyword;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks uploaded logs against processes in the background: one job at a time on a thread of its
 * own (the import and the alignments use the cores they get), a short queue (full: the upload is
 * refused with 503), progress per phase for the job page, and each job's files deleted when it
 * ends. Finished jobs are kept for {@link #KEEP} for their page and the "create draft" button, then
 * forgotten.
 */
public final class LogJobs implements AutoCloseable {
  /** How long a finished job stays on its page. */
  public static final Duration KEEP = Duration.ofHours(2);

  private static final Logger LOG = LoggerFactory.getLogger(LogJobs.class);

  private final ThreadPoolExecutor pool;
  private final Map<String, LogJob> jobs = new ConcurrentHashMap<>();
  private final Map<String, Instant> started = new ConcurrentHashMap<>();
  private final Path root;
  private volatile org.flowbook.server.ops.ServerMetrics metrics; // ops4: runs, failures, time

  public LogJobs(Path root, int queue) {
    this.root = root;
    this.pool =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "flowbook-log-job");
              t.setDaemon(true);
              return t;
            });
  }

  /** Jobs under the system's temporary folder, four may wait. */
  public static LogJobs defaults() {
    try {
      return new LogJobs(Files.createTempDirectory("flowbook-logs"), 4);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A new folder for one upload. */
  public Path newFolder() throws IOException {
    return Files.createTempDirectory(root, "upload");
  }

  /**
   * Queues the check of the log in {@code file} (in a folder from {@link #newFolder}, deleted when
   * the job ends) against {@code source}, the text of version {@code version}; empty when the queue
   * is full (the folder is then deleted at once).
   */
  public Optional<String> submit(
      String owner,
      String processId,
      int version,
      String source,
      Path file,
      String shownName,
      Language language) {
    forgetOld();
    String id = UUID.randomUUID().toString();
    jobs.put(
        id,
        new LogJob(
            id,
            owner,
            processId,
            version,
            shownName,
            LogJob.Phase.QUEUED,
            0,
            0,
            List.of(),
            Optional.empty()));
    started.put(id, Instant.now());
    try {
      pool.execute(() -> timed(id, () -> run(id, source, file, language)));
      return Optional.of(id);
    } catch (RejectedExecutionException e) {
      jobs.remove(id);
      started.remove(id);
      deleteFolder(file.getParent());
      return Optional.empty();
    }
  }

  /** The job, only for the person who uploaded it. */
  public Optional<LogJob> find(String id, String user) {
    LogJob j = id == null ? null : jobs.get(id);
    return j != null && j.owner().equals(user) ? Optional.of(j) : Optional.empty();
  }

  /** Counts this pool's jobs (runs, failures, duration) in the server's metrics (ops4). */
  public LogJobs observedBy(org.flowbook.server.ops.ServerMetrics metrics) {
    this.metrics = metrics;
    return this;
  }

  private void timed(String id, Runnable job) {
    org.flowbook.server.ops.ServerMetrics m = metrics;
    if (m == null) {
      job.run();
      return;
    }
    m.job(
        "log-check",
        () -> {
          job.run();
          return jobs.get(id);
        },
        j -> j == null || j.phase() == LogJob.Phase.FAILED);
  }

  private void run(String id, String source, Path file, Language language) {
    try {
      LogJob job = jobs.get(id);
      ImportResult imported;
      try {
        imported =
            EventLogs.read(
                file,
                ImportOptions.DEFAULT.withProgress(
                    (done, total, what) -> update(id, LogJob.Phase.READING, done, total)));
      } catch (LogImportException e) {
        jobs.put(id, job.failed(lines(e.problems(), file)));
        return;
      }
      EventLog log = imported.log();
      if (log.cases() == 0) {
        jobs.put(
            id, job.failed(List.of(job.fileName() + ": error[empty-log]: the log has no cases")));
        return;
      }
      var doc = ProcessParser.parse(job.processId() + ".flow", source);
      Process process = doc.process();
      update(id, LogJob.Phase.CHECKING, 0, 1);
      ConformanceResult result =
          Conformance.check(
              job.fileName(),
              ProcessToPetriNet.convert(process),
              log,
              log.traceVariants(),
              ActivityMatcher.byName(),
              (done, total, what) -> update(id, LogJob.Phase.CHECKING, done, total));
      Calibration calibration = Calibration.of(process, log, ActivityMatcher.byName());
      Set<Keyword> declared = new HashSet<>(doc.declared());
      if (calibration.process().casesPerMonth() != null) {
        declared.add(Keyword.VOLUME);
      }
      String calibrated =
          ProcessFormatter.format(
              new ProcessDocument(
                  calibration.process(),
                  doc.comments(),
                  declared,
                  doc.locator(),
                  List.of(),
                  doc.source()));
      LogJob.Result r =
          new LogJob.Result(
              log.cases(),
              log.events(),
              result.alignments().logFitness(),
              result.alignments().percentFittingTraces(),
              ConformanceMap.inlineSvg(process, result, ConformanceMap.Heat.DEVIATIONS, language),
              calibration.unseenSteps(),
              result.unmapped().stream().map(UnmappedActivity::activity).toList(),
              calibrated);
      jobs.put(id, jobs.get(id).finished(lines(imported.problems(), file), r));
    } catch (RuntimeException | Error e) {
      LOG.error("checking log job {} failed", id, e);
      LogJob job = jobs.get(id);
      jobs.put(id, job.failed(List.of(job.fileName() + ": error[internal]: " + e)));
    } finally {
      deleteFolder(file.getParent());
    }
  }

  private void update(String id, LogJob.Phase phase, long done, long total) {
    jobs.computeIfPresent(id, (k, j) -> j.at(phase, done, total));
  }

  /** Located lines, the upload's temporary path replaced by the name the user gave. */
  private static List<String> lines(List<Problem> problems, Path file) {
    String shown = file.getFileName().toString();
    List<String> out = new ArrayList<>();
    for (Problem p : problems) {
      var at = p.location();
      StringBuilder s = new StringBuilder(shown);
      if (at != null && at.line() > 0) {
        s.append(':').append(at.line());
        if (at.column() > 0) {
          s.append(':').append(at.column());
        }
      }
      s.append(": ")
          .append(p.severity().name().toLowerCase(java.util.Locale.ROOT))
          .append('[')
          .append(p.code())
          .append("]: ")
          .append(p.message().replace(file.toString(), shown));
      if (p.hint() != null && !p.hint().isEmpty()) {
        s.append(" — ").append(p.hint());
      }
      out.add(s.toString());
    }
    return out;
  }

  private void forgetOld() {
    Instant limit = Instant.now().minus(KEEP);
    started.forEach(
        (id, at) -> {
          LogJob j = jobs.get(id);
          if (at.isBefore(limit) && (j == null || j.phase().finished())) {
            jobs.remove(id);
            started.remove(id);
          }
        });
  }

  private static void deleteFolder(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("could not delete the upload folder {}", dir, e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    deleteFolder(root);
  }
}
