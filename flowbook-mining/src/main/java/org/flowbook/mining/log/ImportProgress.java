package org.flowbook.mining.log;

/** Told now and then how far an import has read, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {
  ImportProgress NONE = (read, total) -> {};

  /**
   * Called at most every few hundred KiB with the bytes of the file (as stored, i.e. compressed)
   * read so far and the file size (0 when unknown).
   */
  void update(long bytesRead, long totalBytes);
}
