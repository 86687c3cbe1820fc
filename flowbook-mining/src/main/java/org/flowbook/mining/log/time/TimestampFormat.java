package org.flowbook.mining.log.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A way timestamps are written in a CSV export, turning text into epoch milliseconds: ISO-8601
 * (fast path), the common day-first, month-first and slash/dot forms, or a user's pattern.
 */
public final class TimestampFormat {
  /** Patterns tried after ISO-8601, in order; day-first wins over month-first when both fit. */
  private static final List<String> COMMON =
      List.of(
          "yyyy/MM/dd[ HH:mm[:ss][.SSS]]",
          "dd/MM/yyyy[ HH:mm[:ss][.SSS]]",
          "MM/dd/yyyy[ HH:mm[:ss][.SSS]]",
          "dd-MM-yyyy[ HH:mm[:ss][.SSS]]",
          "dd.MM.yyyy[ HH:mm[:ss][.SSS]]",
          "yyyy-MM-dd HH.mm[.ss]",
          "d/M/yyyy[ H:mm[:ss]]",
          "M/d/yyyy[ H:mm[:ss]]",
          "d/M/yy[ H:mm[:ss]]",
          "M/d/yy[ H:mm[:ss]]");

  private final String description;
  private final IsoTimestamps iso;
  private final DateTimeFormatter formatter;
  private final boolean wallClock;
  private final ZoneId zone;

  private TimestampFormat(
      String description, DateTimeFormatter formatter, boolean wallClock, ZoneId zone) {
    this.description = description;
    this.formatter = formatter;
    this.iso = formatter == null ? new IsoTimestamps(wallClock, zone) : null;
    this.wallClock = wallClock;
    this.zone = zone;
  }

  /** ISO-8601 timestamps. */
  public static TimestampFormat iso(boolean wallClock, ZoneId zone) {
    return new TimestampFormat("ISO-8601", null, wallClock, zone);
  }

  /** A {@link DateTimeFormatter} pattern such as {@code dd/MM/yyyy HH:mm}. */
  public static TimestampFormat pattern(String pattern, boolean wallClock, ZoneId zone) {
    DateTimeFormatter f =
        new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern(pattern)
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter(Locale.ROOT);
    return new TimestampFormat(pattern, f, wallClock, zone);
  }

  /**
   * The first format that reads every value of {@code sample} (blank values are ignored), or empty
   * when none does.
   */
  public static Optional<TimestampFormat> detect(
      List<String> sample, boolean wallClock, ZoneId zone) {
    TimestampFormat iso = iso(wallClock, zone);
    if (readsAll(iso, sample)) {
      return Optional.of(iso);
    }
    for (String p : COMMON) {
      TimestampFormat f = pattern(p, wallClock, zone);
      if (readsAll(f, sample)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static boolean readsAll(TimestampFormat f, List<String> sample) {
    boolean any = false;
    for (String s : sample) {
      if (s.isBlank()) {
        continue;
      }
      try {
        f.parse(s);
        any = true;
      } catch (DateTimeException e) {
        return false;
      }
    }
    return any;
  }

  /** Epoch milliseconds of {@code text}; throws {@link DateTimeParseException} when unreadable. */
  public long parse(String text) {
    String s = text.strip();
    if (iso != null) {
      return iso.parse(s);
    }
    TemporalAccessor t = formatter.parse(s);
    LocalDateTime local =
        t.isSupported(ChronoField.HOUR_OF_DAY)
            ? LocalDateTime.of(
                LocalDate.from(t),
                java.time.LocalTime.of(
                    t.get(ChronoField.HOUR_OF_DAY),
                    t.isSupported(ChronoField.MINUTE_OF_HOUR)
                        ? t.get(ChronoField.MINUTE_OF_HOUR)
                        : 0,
                    t.isSupported(ChronoField.SECOND_OF_MINUTE)
                        ? t.get(ChronoField.SECOND_OF_MINUTE)
                        : 0,
                    t.isSupported(ChronoField.NANO_OF_SECOND)
                        ? t.get(ChronoField.NANO_OF_SECOND)
                        : 0))
            : LocalDate.from(t).atStartOfDay();
    if (wallClock) {
      return local.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
    if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
      return local
          .toInstant(ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)))
          .toEpochMilli();
    }
    return local.atZone(zone).toInstant().toEpochMilli();
  }

  /** How the format is written, for messages ("ISO-8601", "dd/MM/yyyy[ HH:mm[:ss]]"). */
  public String description() {
    return description;
  }
}
