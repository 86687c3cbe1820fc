package org.flowbook.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.flowbook.mining.log.ColumnMapping;
import org.flowbook.mining.log.ImportLimits;
import org.flowbook.mining.log.ImportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say how to read an event log, shared by {@code mine} and {@code bench mining}.
 */
final class LogOptions {
  @Option(
      names = "--case",
      paramLabel = "COL",
      description = "CSV column of the case id (name or number; default: detected).")
  String caseColumn = "";

  @Option(names = "--activity", paramLabel = "COL", description = "CSV column of the activity.")
  String activityColumn = "";

  @Option(names = "--timestamp", paramLabel = "COL", description = "CSV column of the timestamp.")
  String timestampColumn = "";

  @Option(
      names = "--resource",
      paramLabel = "COL",
      description = "CSV column of the resource (person, team, system).")
  String resourceColumn = "";

  @Option(
      names = "--lifecycle",
      paramLabel = "COL",
      description = "CSV column of the lifecycle transition (start/complete).")
  String lifecycleColumn = "";

  @Option(
      names = "--timestamp-format",
      paramLabel = "PATTERN",
      description = "CSV timestamp pattern, e.g. \"dd/MM/yyyy HH:mm\" (default: detected).")
  String timestampPattern = "";

  @Option(
      names = "--timezone",
      paramLabel = "ZONE",
      description =
          "Time zone of timestamps written without an offset, e.g. Europe/Stockholm (default: UTC).")
  String zone = "UTC";

  @Option(
      names = "--wall-clock",
      description =
          "Drop the UTC offsets of timestamps and compute with local wall-clock time, as PM4Py"
              + " does (durations across a daylight-saving change then differ by an hour).")
  boolean wallClock;

  @Option(
      names = "--strict",
      description = "Fail at the first bad row or event instead of skipping it.")
  boolean strict;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      description =
          "Largest decompressed log to read, e.g. 20g (default: 8g, and at most 200 times the compressed size).")
  String maxSize = "";

  ImportOptions toImportOptions(CommandSpec spec) {
    ImportLimits limits = ImportLimits.DEFAULT;
    if (!maxSize.isBlank()) {
      limits = limits.withMaxBytes(parseSize(spec, maxSize));
    }
    ZoneId z;
    try {
      z = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new ParameterException(
          spec.commandLine(), "unknown time zone '" + zone + "' (try Europe/Stockholm or UTC)");
    }
    return ImportOptions.DEFAULT
        .withWallClock(wallClock)
        .withStrict(strict)
        .withColumns(
            new ColumnMapping(
                caseColumn, activityColumn, timestampColumn, resourceColumn, lifecycleColumn))
        .withZone(z.equals(ZoneId.of("UTC")) ? ZoneOffset.UTC : z)
        .withTimestampPattern(timestampPattern)
        .withLimits(limits);
  }

  static long parseSize(CommandSpec spec, String text) {
    String s = text.strip().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long unit = 1;
    if (s.endsWith("k")) {
      unit = 1L << 10;
    } else if (s.endsWith("m")) {
      unit = 1L << 20;
    } else if (s.endsWith("g")) {
      unit = 1L << 30;
    } else if (s.endsWith("t")) {
      unit = 1L << 40;
    }
    if (unit > 1) {
      s = s.substring(0, s.length() - 1);
    }
    try {
      long n = Long.parseLong(s.strip());
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(), "--max-size wants a size such as 500m or 20g, not '" + text + "'");
    }
  }
}
