package org.flowbook.mining.conformance;

/** Told how far long work has come, so a shell can draw a progress bar. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total) -> {};

  void advanced(int done, int total);
}
