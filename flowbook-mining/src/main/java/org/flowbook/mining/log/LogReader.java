package org.flowbook.mining.log;

import java.nio.file.Path;

/** Reads one log file format into the columnar log. */
@FunctionalInterface
public interface LogReader {
  /**
   * Reads {@code file}, skipping and reporting bad rows or events (or failing on the first one in
   * strict mode).
   *
   * @throws LogImportException when the file cannot be read at all or a limit is exceeded
   */
  ImportResult read(Path file, ImportOptions options) throws LogImportException;
}
