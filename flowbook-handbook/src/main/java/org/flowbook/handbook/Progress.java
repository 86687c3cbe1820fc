package org.flowbook.handbook;

/** Told as a manual is put together, so a terminal or a web page can show how far it has come. */
@FunctionalInterface
public interface Progress {
  /**
   * Called after each piece of work.
   *
   * @param done pieces finished so far
   * @param total pieces in all (stays the same during one run)
   * @param what what was just finished ("Inköpsgodkännande", "PDF")
   */
  void advance(int done, int total, String what);

  static Progress none() {
    return (done, total, what) -> {};
  }
}
