package org.flowbook.mining.log.files;

import java.nio.file.Path;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/** The entry point for importing: picks the reader by the file name and reads the log. */
public final class EventLogs {
  private EventLogs() {}

  /** Reads an XES ({@code .xes}, {@code .xes.gz}) or CSV ({@code .csv}, {@code .csv.gz}) log. */
  public static ImportResult read(Path file, ImportOptions options) throws LogImportException {
    LogFormat format =
        LogFormat.of(file)
            .orElseThrow(
                () ->
                    new LogImportException(
                        Problem.error(
                            "unknown-log-format",
                            "cannot tell the log format from the file name " + file.getFileName(),
                            "use a .xes, .xes.gz, .csv or .csv.gz file",
                            SourceLocation.file(file.toString()))));
    return format.reader().read(file, options);
  }
}
