package org.flowbook.repository.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.transfer.WorkspaceImporter;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;

/**
 * How many durable saves per second the library takes: writers that each save new versions of their
 * own copy of a process, as fast as the database commits them (every commit on disk before the save
 * returns). The figure of {@code flowbook bench saves}.
 */
public final class SaveBench {
  private static final Pattern ID_LINE = Pattern.compile("(?m)^id: .*$");
  private static final Pattern TRIGGER_LINE =
      Pattern.compile("(?m)^(startas när|triggered by): (.*)$");

  private SaveBench() {}

  /** The outcome: saves done by all writers together in the measured time. */
  public record Result(int writers, long saves, Duration measured) {
    public double perSecond() {
      return saves / (measured.toNanos() / 1e9);
    }
  }

  /**
   * Runs on the library at {@code jdbcUrl} (which should be empty: the workspace is imported into
   * it) for a warm-up and then the measured {@code duration}.
   *
   * @param processId the process of the workspace whose text the writers copy
   */
  public static Result run(
      String jdbcUrl, Path workspace, String processId, int writers, Duration duration)
      throws InterruptedException {
    try (Library lib = Library.open(jdbcUrl, Clock.systemUTC())) {
      WorkspaceImporter.importPath(lib, Library.SYSTEM, workspace);
      User author =
          lib.users()
              .create(
                  Library.SYSTEM.username(),
                  "bench",
                  "Bench",
                  AccessRole.AUTHOR,
                  "bench writer of saves");
      String text =
          lib.current(processId)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the workspace has no process '" + processId + "'"))
              .source();
      List<String> ids = new ArrayList<>();
      for (int w = 1; w <= writers; w++) {
        String id = "bench-" + w;
        SaveResult r =
            lib.processes()
                .create(author, ID_LINE.matcher(text).replaceFirst("id: " + id), "bench");
        if (!(r instanceof SaveResult.Saved)) {
          throw new IllegalStateException("cannot copy '" + processId + "': " + r);
        }
        ids.add(id);
      }
      saveFor(lib, author, ids, Duration.ofSeconds(2), new AtomicLong());
      AtomicLong saves = new AtomicLong();
      long start = System.nanoTime();
      saveFor(lib, author, ids, duration, saves);
      return new Result(writers, saves.get(), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static void saveFor(
      Library lib, User author, List<String> ids, Duration duration, AtomicLong saves)
      throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (String id : ids) {
      Thread t =
          new Thread(
              () -> {
                String base = lib.current(id).orElseThrow().source();
                int version = lib.processes().summary(id).orElseThrow().latestVersion();
                for (long n = 1; System.nanoTime() < end; n++) {
                  String text = changed(ID_LINE.matcher(base).replaceFirst("id: " + id), n);
                  SaveResult r = lib.processes().save(author, id, version, text, "save " + n);
                  if (!(r instanceof SaveResult.Saved s)) {
                    throw new IllegalStateException("save " + n + " of " + id + ": " + r);
                  }
                  version = s.version().version();
                  saves.incrementAndGet();
                }
              },
              "bench-" + id);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  /** The text with a change, so each save stores a version that differs from the one before. */
  private static String changed(String text, long n) {
    Matcher m = TRIGGER_LINE.matcher(text);
    return m.find()
        ? m.replaceFirst(Matcher.quoteReplacement(m.group(1) + ": " + m.group(2) + " (" + n + ")"))
        : text;
  }
}
