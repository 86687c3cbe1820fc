package org.flowbook.diagram.layout;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * Stops a layout nobody waits for any more (a server gives up on a request that took too long): the
 * phases check between steps and ELK checks between its processors, and the work ends with a {@link
 * CancellationException} instead of running on.
 *
 * <p>Two signals stop it: the thread's interrupt flag, and a token the caller sets from another
 * thread ({@link #withToken}). The token is needed because the interrupt flag can be lost — the
 * JDK's font code clears it when an interrupt lands while it reads a font file, which the text
 * measuring of a layout does.
 */
public final class Cancellation {
  private static final ThreadLocal<AtomicBoolean> TOKEN = new ThreadLocal<>();

  private Cancellation() {}

  /**
   * Runs {@code work} on this thread with {@code token}: setting it (from any thread) stops every
   * layout inside {@code work} at its next check.
   */
  public static <T> T withToken(AtomicBoolean token, Callable<T> work) throws Exception {
    AtomicBoolean previous = TOKEN.get();
    TOKEN.set(token);
    try {
      return work.call();
    } finally {
      if (previous == null) {
        TOKEN.remove();
      } else {
        TOKEN.set(previous);
      }
    }
  }

  /** True when this thread was interrupted or its token was set. */
  static boolean requested() {
    AtomicBoolean token = TOKEN.get();
    return Thread.currentThread().isInterrupted() || (token != null && token.get());
  }

  /** Throws when cancellation was requested; the interrupt flag stays set for the caller. */
  static void check() {
    if (requested()) {
      throw new CancellationException("layout cancelled");
    }
  }

  /** An ELK progress monitor that reports a requested cancellation. */
  static BasicProgressMonitor monitor() {
    return new BasicProgressMonitor() {
      @Override
      public boolean isCanceled() {
        return requested();
      }
    };
  }
}
