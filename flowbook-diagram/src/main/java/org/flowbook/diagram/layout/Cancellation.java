package org.flowbook.diagram.layout;

import java.util.concurrent.CancellationException;
import org.eclipse.elk.core.util.BasicProgressMonitor;

/**
 * Stops a layout whose thread was interrupted (a server gives up on a request that took too long):
 * the phases check between steps and ELK checks between its processors, so the work ends instead of
 * running on for a caller that no longer waits.
 */
final class Cancellation {
  private Cancellation() {}

  /** Throws when the current thread was interrupted; the flag stays set for the caller. */
  static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("layout cancelled: the thread was interrupted");
    }
  }

  /** An ELK progress monitor that reports the thread's interruption as cancellation. */
  static BasicProgressMonitor monitor() {
    return new BasicProgressMonitor() {
      @Override
      public boolean isCanceled() {
        return Thread.currentThread().isInterrupted();
      }
    };
  }
}
