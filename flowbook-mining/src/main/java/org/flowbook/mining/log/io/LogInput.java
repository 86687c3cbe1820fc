package org.flowbook.mining.log.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.InputProblem;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Opens a log file for reading: detects gzip by its magic bytes (not the name), applies the limits,
 * reports progress, and on a multi-core machine decompresses on a second thread.
 */
public final class LogInput {
  private LogInput() {}

  /**
   * The decompressed, guarded bytes of {@code file}.
   *
   * @param markupGuard bound the bytes between two {@code <} (for XML)
   */
  public static LogStream open(Path file, ImportOptions options, boolean markupGuard)
      throws IOException {
    return open(file, options, markupGuard, Runtime.getRuntime().availableProcessors() > 1);
  }

  /** As {@link #open(Path, ImportOptions, boolean)}, choosing whether to use a second thread. */
  public static LogStream open(
      Path file, ImportOptions options, boolean markupGuard, boolean parallel) throws IOException {
    long size = Files.size(file);
    CountingInputStream counted =
        new CountingInputStream(Files.newInputStream(file), size, options.progress());
    BufferedInputStream raw = new BufferedInputStream(counted, 64 * 1024);
    boolean gzip = isGzip(raw);
    InputStream decoded = raw;
    if (gzip) {
      try {
        decoded = new GZIPInputStream(raw, 64 * 1024);
      } catch (java.io.EOFException e) {
        raw.close();
        throw new InputProblem(
            Problem.error(
                "truncated-gzip",
                "the gzip file ends inside its header: it was cut off while downloading or copying",
                "download or copy the file again; `gzip -t FILE` checks it",
                SourceLocation.file(file.toString())));
      }
    }
    InputStream guarded =
        new GuardedInputStream(
            decoded, file.toString(), options.limits(), counted, gzip, markupGuard);
    if (gzip && parallel) {
      return new LogStream(new InflatingPipe(guarded));
    }
    return new LogStream(new BufferedInputStream(guarded, 64 * 1024));
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b;
  }
}
