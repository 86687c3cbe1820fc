package org.flowbook.mining.log.io;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;
import org.flowbook.mining.log.ImportFailures;
import org.flowbook.mining.log.ImportLimits;
import org.flowbook.mining.log.InputProblem;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Enforces the {@link ImportLimits} on the decompressed bytes before any parser sees them, and
 * turns gzip failures into problems a user can act on.
 *
 * <p>For XML it also bounds the bytes between two {@code <}: every tag, attribute value and text
 * lies between two of them, so this bounds the memory a parser can be made to spend on one value
 * without the parser's cooperation.
 */
final class GuardedInputStream extends FilterInputStream {
  private final String file;
  private final ImportLimits limits;
  private final CountingInputStream compressed;
  private final boolean gzip;
  private final boolean markupGuard;
  private long total;
  private long sinceMarkup;
  private int line = 1;

  GuardedInputStream(
      InputStream in,
      String file,
      ImportLimits limits,
      CountingInputStream compressed,
      boolean gzip,
      boolean markupGuard) {
    super(in);
    this.file = file;
    this.limits = limits;
    this.compressed = compressed;
    this.gzip = gzip;
    this.markupGuard = markupGuard;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(b, off, len);
    } catch (EOFException e) {
      throw gzip ? truncated() : e;
    } catch (ZipException e) {
      throw new InputProblem(
          Problem.error(
              "corrupt-gzip",
              "the gzip data is damaged after " + total + " decompressed bytes: " + e.getMessage(),
              "download or copy the file again; `gzip -t FILE` checks it",
              SourceLocation.file(file)));
    }
    if (n <= 0) {
      return n;
    }
    total += n;
    if (total > limits.maxBytes()) {
      throw new InputProblem(
          Problem.error(
              "too-large",
              "the log is larger than " + limits.maxBytes() + " bytes after decompression",
              "raise the limit with --max-size if the file is genuine",
              SourceLocation.file(file)));
    }
    if (gzip
        && limits.maxRatio() > 0
        && total > limits.ratioGraceBytes()
        && total > limits.maxRatio() * Math.max(1, compressed.bytesRead())) {
      throw new InputProblem(
          Problem.error(
              "decompression-bomb",
              "the file inflates more than "
                  + limits.maxRatio()
                  + " times ("
                  + compressed.bytesRead()
                  + " compressed bytes gave "
                  + total
                  + "); real event logs compress 10-30 times",
              "if the file is genuine, allow it with --max-size SIZE",
              SourceLocation.file(file)));
    }
    if (markupGuard) {
      scan(b, off, n);
    }
    return n;
  }

  private void scan(byte[] b, int off, int n) throws InputProblem {
    long gap = sinceMarkup;
    int max = limits.maxValueBytes();
    for (int i = off, end = off + n; i < end; i++) {
      byte c = b[i];
      if (c == '<') {
        gap = 0;
      } else {
        if (c == '\n') {
          line++;
        }
        if (++gap > max) {
          throw new InputProblem(ImportFailures.valueTooLong(file, max, line));
        }
      }
    }
    sinceMarkup = gap;
  }

  private InputProblem truncated() {
    return new InputProblem(
        Problem.error(
            "truncated-gzip",
            "the gzip file ends too early (after "
                + total
                + " decompressed bytes): it was probably cut off while downloading or copying",
            "download or copy the file again; `gzip -t FILE` checks it",
            SourceLocation.file(file)));
  }
}
