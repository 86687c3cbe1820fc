package org.flowbook.mining.log.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream on a second thread into a small queue of chunks, so decompression (and the byte
 * checks) run on one core while the parser runs on the other. A failure on the reading thread is
 * rethrown to the reader at the point where it happened.
 */
final class InflatingPipe extends InputStream {
  private static final int CHUNK = 128 * 1024;
  private static final byte[] END = new byte[0];
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
  private final Thread producer;
  private byte[] current = new byte[0];
  private int pos;
  private boolean finished;

  InflatingPipe(InputStream source) {
    producer = new Thread(() -> pump(source), "flowbook-inflate");
    producer.setDaemon(true);
    producer.start();
  }

  private void pump(InputStream source) {
    try (source) {
      while (true) {
        byte[] chunk = new byte[CHUNK];
        int n = source.readNBytes(chunk, 0, CHUNK);
        if (n <= 0) {
          break;
        }
        queue.put(n == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, n));
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      try {
        queue.put(e);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pos >= current.length) {
      if (finished) {
        return -1;
      }
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the log");
      }
      if (next instanceof IOException e) {
        finished = true;
        throw e;
      }
      if (next instanceof RuntimeException e) {
        finished = true;
        throw e;
      }
      current = (byte[]) next;
      pos = 0;
      if (current == END) {
        finished = true;
        return -1;
      }
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public void close() {
    finished = true;
    producer.interrupt();
    queue.clear();
  }
}
