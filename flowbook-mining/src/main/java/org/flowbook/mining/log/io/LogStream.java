package org.flowbook.mining.log.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.flowbook.mining.log.InputProblem;

/**
 * The bytes of a log as parsers read them. Remembers why reading failed, because some parsers (the
 * JDK's StAX reader) report a failing stream as a mere "premature end of file".
 */
public final class LogStream extends FilterInputStream {
  private InputProblem failure;

  LogStream(InputStream in) {
    super(in);
  }

  /** The problem that ended reading early, if one did. */
  public Optional<InputProblem> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (InputProblem e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (InputProblem e) {
      failure = e;
      throw e;
    }
  }
}
