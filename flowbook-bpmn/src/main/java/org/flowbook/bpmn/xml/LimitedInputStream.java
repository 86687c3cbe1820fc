package org.flowbook.bpmn.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails once more than a set number of bytes have been read. */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws IOException {
    count += n;
    if (count > limit) {
      throw new TooLargeException(limit);
    }
  }

  /** Thrown when the limit is passed; a distinct type so the reader can name the cause. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLargeException(long limit) {
      super("input is larger than " + limit + " bytes");
      this.limit = limit;
    }
  }
}
