package org.flowbook.mining.log;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.flowbook.output.Progress;

/**
 * How to import a log.
 *
 * @param wallClock drop the UTC offset of timestamps and compute with local wall-clock time, as
 *     PM4Py does (off by default: timestamps are true instants)
 * @param strict fail at the first bad row or event instead of skipping and reporting it
 * @param columns the CSV column mapping
 * @param zone the time zone of timestamps written without an offset (default UTC)
 * @param timestampPattern a {@link java.time.format.DateTimeFormatter} pattern for CSV timestamps,
 *     or empty to detect the format
 * @param limits size limits
 * @param progress told how far the import has read
 */
public record ImportOptions(
    boolean wallClock,
    boolean strict,
    ColumnMapping columns,
    ZoneId zone,
    String timestampPattern,
    ImportLimits limits,
    Progress progress) {

  public static final ImportOptions DEFAULT =
      new ImportOptions(
          false,
          false,
          ColumnMapping.DETECT,
          ZoneOffset.UTC,
          "",
          ImportLimits.DEFAULT,
          Progress.NONE);

  public ImportOptions {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(zone, "zone");
    timestampPattern = timestampPattern == null ? "" : timestampPattern;
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(progress, "progress");
  }

  public ImportOptions withWallClock(boolean on) {
    return new ImportOptions(on, strict, columns, zone, timestampPattern, limits, progress);
  }

  public ImportOptions withStrict(boolean on) {
    return new ImportOptions(wallClock, on, columns, zone, timestampPattern, limits, progress);
  }

  public ImportOptions withColumns(ColumnMapping c) {
    return new ImportOptions(wallClock, strict, c, zone, timestampPattern, limits, progress);
  }

  public ImportOptions withZone(ZoneId z) {
    return new ImportOptions(wallClock, strict, columns, z, timestampPattern, limits, progress);
  }

  public ImportOptions withTimestampPattern(String p) {
    return new ImportOptions(wallClock, strict, columns, zone, p, limits, progress);
  }

  public ImportOptions withLimits(ImportLimits l) {
    return new ImportOptions(wallClock, strict, columns, zone, timestampPattern, l, progress);
  }

  public ImportOptions withProgress(Progress p) {
    return new ImportOptions(wallClock, strict, columns, zone, timestampPattern, limits, p);
  }
}
