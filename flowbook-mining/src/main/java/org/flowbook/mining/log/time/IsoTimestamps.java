package org.flowbook.mining.log.time;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A fast reader of ISO-8601 timestamps as XES and most exports write them: {@code yyyy-MM-dd[(T|
 * )HH:mm[:ss[.fraction]]][Z|±HH:MM|±HHMM|±HH]}, to epoch milliseconds, without allocating. An
 * instance is not thread-safe. Fractions beyond milliseconds are cut off.
 *
 * <p>{@code wallClock} drops the written offset and reads the local time as UTC (PM4Py's
 * convention); a timestamp without offset is in {@code zone}.
 */
public final class IsoTimestamps {
  private final boolean wallClock;
  private final ZoneId zone;
  private final boolean zoneIsUtc;
  // Not thread-safe: a reader owns its instance (timestamps of a String are copied here).
  private final byte[] scratch = new byte[64];
  // The text being read.
  private byte[] text;
  private int textFrom;
  private int textTo;

  public IsoTimestamps(boolean wallClock, ZoneId zone) {
    this.wallClock = wallClock;
    this.zone = zone;
    this.zoneIsUtc = zone.normalized().equals(ZoneOffset.UTC);
  }

  /** Epoch milliseconds of {@code s}; throws {@link DateTimeParseException} when it is not ISO. */
  public long parse(CharSequence s) {
    int n = s.length();
    if (n > scratch.length) {
      throw new DateTimeParseException("not an ISO-8601 timestamp: '" + s + "'", s, 0);
    }
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c > 0x7F) {
        throw new DateTimeParseException("not an ISO-8601 timestamp: '" + s + "'", s, k);
      }
      scratch[k] = (byte) c;
    }
    return parse(scratch, 0, n);
  }

  /**
   * Epoch milliseconds of the ASCII text {@code b[from, to)} (an XML attribute value as the XES
   * reader finds it, without making a string); throws {@link DateTimeParseException} when it is not
   * ISO.
   */
  public long parse(byte[] b, int from, int to) {
    text = b;
    textFrom = from;
    textTo = to;
    int n = to;
    int i = from;
    int year = digits(i, 4);
    i += 4;
    expect(i++, '-');
    int month = digits(i, 2);
    i += 2;
    expect(i++, '-');
    int day = digits(i, 2);
    i += 2;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    if (i < n && (b[i] == 'T' || b[i] == ' ')) {
      i++;
      hour = digits(i, 2);
      i += 2;
      expect(i++, ':');
      minute = digits(i, 2);
      i += 2;
      if (i < n && b[i] == ':') {
        second = digits(i + 1, 2);
        i += 3;
        if (i < n && (b[i] == '.' || b[i] == ',')) {
          i++;
          int scale = 100;
          int start = i;
          while (i < n && isDigit(b[i])) {
            if (scale > 0) {
              millis += (b[i] - '0') * scale;
              scale /= 10;
            }
            i++;
          }
          if (i == start) {
            throw bad(i);
          }
        }
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
      throw bad(from);
    }
    if (hour > 23 || minute > 59 || second > 60) {
      throw bad(from + 11);
    }
    long local = (daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second);
    local = local * 1000 + millis;
    if (i == n) {
      return withoutOffset(local);
    }
    byte c = b[i];
    if (c == 'Z' || c == 'z') {
      if (i + 1 != n) {
        throw bad(i + 1);
      }
      return local;
    }
    if (c != '+' && c != '-') {
      throw bad(i);
    }
    int sign = c == '-' ? -1 : 1;
    i++;
    int oh = digits(i, 2);
    i += 2;
    int om = 0;
    if (i < n) {
      if (b[i] == ':') {
        i++;
      }
      om = digits(i, 2);
      i += 2;
    }
    if (i != n || oh > 18 || om > 59) {
      throw bad(i);
    }
    if (wallClock) {
      return local;
    }
    return local - sign * (oh * 3600L + om * 60L) * 1000L;
  }

  private long withoutOffset(long localMillis) {
    if (wallClock || zoneIsUtc) {
      return localMillis;
    }
    java.time.LocalDateTime t =
        java.time.LocalDateTime.ofEpochSecond(
            Math.floorDiv(localMillis, 1000L),
            (int) Math.floorMod(localMillis, 1000L) * 1_000_000,
            ZoneOffset.UTC);
    return t.atZone(zone).toInstant().toEpochMilli();
  }

  private int digits(int at, int count) {
    if (at + count > textTo) {
      throw bad(Math.min(at, textTo));
    }
    int v = 0;
    for (int k = at; k < at + count; k++) {
      byte c = text[k];
      if (!isDigit(c)) {
        throw bad(k);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private void expect(int at, char c) {
    if (at >= textTo || text[at] != c) {
      throw bad(Math.min(at, textTo));
    }
  }

  private DateTimeParseException bad(int at) {
    String s = new String(text, textFrom, textTo - textFrom, StandardCharsets.ISO_8859_1);
    return new DateTimeParseException(
        "not an ISO-8601 timestamp: '" + s + "'", s, Math.max(0, at - textFrom));
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
  static long daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}
