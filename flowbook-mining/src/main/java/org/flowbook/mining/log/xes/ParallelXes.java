package org.flowbook.mining.log.xes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.log.ImportFailures;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.RowProblems;
import org.flowbook.mining.log.io.LogInput;
import org.flowbook.mining.log.io.LogStream;

/**
 * Reads a large XES file on several cores: the calling thread cuts the decompressed bytes into
 * parts of a few MiB just before a {@code <trace} tag, worker threads parse each part as a document
 * of its own (wrapped in {@code <log>...</log>}, with the same scanner), and the calling thread
 * merges the parts in file order, so numbering and results equal those of reading in one piece. At
 * most a few parts are in memory at once.
 *
 * <p>A tag inside a comment or CDATA section would make a part unparseable on its own; then, and
 * for encodings other than UTF-8, the caller reads the file in one piece instead.
 */
final class ParallelXes {
  private static final int PART = 4 << 20;
  private static final int IN_FLIGHT = 3;
  private static final int MAX_PART = 64 << 20;
  private static final byte[] OPEN = "<log>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE = "</log>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRACE = "<trace".getBytes(StandardCharsets.US_ASCII);

  private ParallelXes() {}

  /**
   * True when a second core is free to parse: measured on a busy 2-core machine, parts cost about
   * 15 % more CPU and every hand-over between threads waits for the scheduler, so they only pay
   * when the load average leaves a core idle.
   */
  static boolean pays() {
    int cores = Runtime.getRuntime().availableProcessors();
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return cores > 1 && (load < 0 || load <= cores - 1);
  }

  /** The file cannot be read in parts; read it in one piece. */
  static final class NotSplittable extends Exception {
    private static final long serialVersionUID = 1L;

    NotSplittable() {
      super(null, null, false, false);
    }
  }

  /** A part's result, with the number of lines it spans. */
  private record Parsed(XesPart part, int lines) {}

  static ImportResult read(Path file, ImportOptions options)
      throws LogImportException, NotSplittable {
    // LogImportException: only from the merge (an empty log); part failures become NotSplittable.
    ExecutorService workers =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "flowbook-xes-part");
              t.setDaemon(true);
              return t;
            });
    Deque<Future<Parsed>> pending = new ArrayDeque<>();
    LogStream in = null;
    try {
      in = LogInput.open(file, options, false);
      Merger merger = new Merger(file, options);
      byte[] buf = new byte[PART + (1 << 16)];
      int len = fill(in, buf, 0);
      if (!isUtf8(buf, len)) {
        throw new NotSplittable();
      }
      boolean first = true;
      while (true) {
        int cut = -1;
        int scanned = PART - TRACE.length - 1;
        boolean eof = false;
        while (cut < 0) {
          if (len >= PART) {
            cut = indexOfTrace(buf, scanned, len);
            scanned = Math.max(0, len - TRACE.length);
            if (cut >= 0) {
              break;
            }
          }
          if (len == buf.length) {
            if (buf.length >= MAX_PART) {
              // No trace boundary for a long stretch: read it streaming, in one piece.
              throw new NotSplittable();
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          int n = in.read(buf, len, buf.length - len);
          if (n < 0) {
            eof = true;
            break;
          }
          len += n;
        }
        if (first && eof) {
          // Small enough to read in one piece without the overhead of parts.
          throw new NotSplittable();
        }
        int end = eof ? len : cut;
        byte[] part = Arrays.copyOf(buf, end);
        boolean isFirst = first;
        boolean isLast = eof;
        pending.add(workers.submit(() -> parse(file, options, part, isFirst, isLast)));
        first = false;
        if (eof) {
          break;
        }
        System.arraycopy(buf, end, buf, 0, len - end);
        len -= end;
        while (pending.size() >= IN_FLIGHT) {
          merger.add(take(pending));
        }
      }
      while (!pending.isEmpty()) {
        merger.add(take(pending));
      }
      return merger.finish();
    } catch (IOException e) {
      throw ImportFailures.of(file, e);
    } finally {
      pending.forEach(f -> f.cancel(true));
      workers.shutdownNow();
      XesReader.closeQuietly(in);
    }
  }

  /** Combines the parts in file order. */
  private static final class Merger {
    private final Path file;
    private final EventLogBuilder log = new EventLogBuilder();
    private final RowProblems problems;
    private int lines;
    private int traces;
    private int unnamed;

    Merger(Path file, ImportOptions options) {
      this.file = file;
      this.problems = new RowProblems(file.toString(), options);
    }

    void add(Parsed p) {
      int before = traces;
      p.part().log().appendTo(log, id -> XesPart.caseId(id, before));
      problems.absorb(p.part().problems(), lines);
      traces += p.part().traces();
      unnamed += p.part().unnamed();
      lines += p.lines();
    }

    ImportResult finish() throws LogImportException {
      return XesReader.finish(file, log, problems, unnamed);
    }
  }

  private static Parsed parse(
      Path file, ImportOptions options, byte[] bytes, boolean first, boolean last)
      throws LogImportException, IOException, XesScanner.OtherEncoding {
    InputStream body = new ByteArrayInputStream(bytes);
    InputStream doc =
        new SequenceInputStream(
            new SequenceInputStream(new ByteArrayInputStream(first ? new byte[0] : OPEN), body),
            new ByteArrayInputStream(last ? new byte[0] : CLOSE));
    XesPart part = new XesScanner(file.toString(), options).parse(doc);
    int lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return new Parsed(part, lines);
  }

  private static Parsed take(Deque<Future<Parsed>> pending)
      throws LogImportException, NotSplittable {
    Future<Parsed> next = pending.removeFirst();
    try {
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSplittable();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      // Malformed XML, a document type, a bad event in strict mode: let the one-piece reader
      // report it, with the exact line and the same wording as without parts.
      throw new NotSplittable();
    }
  }

  private static int fill(InputStream in, byte[] buf, int from) throws IOException {
    int len = from;
    while (len < 4096) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        break;
      }
      len += n;
    }
    return len;
  }

  /** True when the XML declaration names UTF-8 (or no encoding) and there is no UTF-16 mark. */
  static boolean isUtf8(byte[] buf, int len) {
    if (len >= 2
        && ((buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF)
            || (buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE))) {
      return false;
    }
    String head = new String(buf, 0, Math.min(len, 512), StandardCharsets.ISO_8859_1);
    int decl = head.indexOf("<?xml");
    if (decl < 0) {
      return true;
    }
    int end = head.indexOf("?>", decl);
    String d =
        (end < 0 ? head.substring(decl) : head.substring(decl, end)).toLowerCase(Locale.ROOT);
    int enc = d.indexOf("encoding");
    if (enc < 0) {
      return true;
    }
    String rest = d.substring(enc);
    return rest.contains("utf-8") || rest.contains("utf8") || rest.contains("us-ascii");
  }

  /** The first {@code <trace} followed by white space, {@code >} or {@code /} in buf[from, to). */
  static int indexOfTrace(byte[] buf, int from, int to) {
    for (int i = from; i + TRACE.length < to; i++) {
      if (buf[i] != '<' || buf[i + 1] != 't') {
        continue;
      }
      int k = 2;
      while (k < TRACE.length && buf[i + k] == TRACE[k]) {
        k++;
      }
      if (k == TRACE.length) {
        byte next = buf[i + k];
        if (next == '>'
            || next == '/'
            || next == ' '
            || next == '\t'
            || next == '\n'
            || next == '\r') {
          return i;
        }
      }
    }
    return -1;
  }
}
