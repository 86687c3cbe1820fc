package org.flowbook.mining.log.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.flowbook.output.Progress;

/** Counts the bytes read from the file as stored and tells the progress listener now and then. */
final class CountingInputStream extends FilterInputStream {
  private static final long STEP = 256 * 1024;
  private final Progress progress;
  private final long total;
  private long read;
  private long nextReport = STEP;

  CountingInputStream(InputStream in, long total, Progress progress) {
    super(in);
    this.total = total;
    this.progress = progress;
  }

  long bytesRead() {
    return read;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(int n) {
    read += n;
    if (read >= nextReport) {
      nextReport = read + STEP;
      progress.update(read, total, "");
    }
  }

  @Override
  public void close() throws IOException {
    progress.update(read, total, "");
    super.close();
  }
}
