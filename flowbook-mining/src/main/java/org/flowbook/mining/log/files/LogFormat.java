package org.flowbook.mining.log.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.flowbook.mining.log.LogReader;
import org.flowbook.mining.log.csv.CsvReader;
import org.flowbook.mining.log.xes.XesReader;

/** The log formats Flowbook reads, each with its reader; chosen by the file name. */
public enum LogFormat {
  XES(XesReader::new, ".xes", ".xes.gz", ".xes.gzip"),
  CSV(CsvReader::new, ".csv", ".csv.gz", ".tsv", ".tsv.gz");

  private final Supplier<LogReader> reader;
  private final String[] suffixes;

  LogFormat(Supplier<LogReader> reader, String... suffixes) {
    this.reader = reader;
    this.suffixes = suffixes;
  }

  public LogReader reader() {
    return reader.get();
  }

  /** The format a file name's extension says, if it is one of ours. */
  public static Optional<LogFormat> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (LogFormat f : values()) {
      for (String s : f.suffixes) {
        if (name.endsWith(s)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
