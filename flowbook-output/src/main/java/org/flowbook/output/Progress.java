package org.flowbook.output;

/**
 * Told as long work comes along (a manual put together, a log read, traces aligned), so a terminal
 * or a web page can show how far it has come. The one progress interface of every module.
 */
@FunctionalInterface
public interface Progress {
  /** Progress nobody watches. */
  Progress NONE = (done, total, what) -> {};

  /**
   * Called after a piece of work.
   *
   * @param done units finished so far (pieces, traces, bytes read)
   * @param total units in all, the same during one run; 0 when unknown
   * @param what what was just finished ("Inköpsgodkännande", "PDF"), or "" when it says nothing
   */
  void update(long done, long total, String what);
}
