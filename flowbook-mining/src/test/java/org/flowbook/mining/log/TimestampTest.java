package org.flowbook.mining.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.stream.LongStream;
import org.flowbook.mining.log.time.IsoTimestamps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast ISO-8601 reader agrees with java.time, with and without wall-clock semantics. */
class TimestampTest {
  private final IsoTimestamps instants = new IsoTimestamps(false, ZoneOffset.UTC);
  private final IsoTimestamps wallClock = new IsoTimestamps(true, ZoneOffset.UTC);

  static LongStream seeds() {
    return LongStream.of(1, 2, 3, 20261127);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithJavaTime(long seed) {
    Random random = new Random(seed);
    DateTimeFormatter xes = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    for (int i = 0; i < 2000; i++) {
      long millis = (long) (random.nextDouble() * 4_000_000_000_000L) - 1_000_000_000_000L;
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(57) - 28) * 1800);
      OffsetDateTime t = Instant.ofEpochMilli(millis).atOffset(offset);
      String text = xes.format(t);
      assertThat(instants.parse(text)).as("seed %d: %s", seed, text).isEqualTo(millis);
      assertThat(wallClock.parse(text))
          .as("seed %d: %s as wall-clock", seed, text)
          .isEqualTo(t.toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2011-10-01T00:38:44.546+02:00",
        "2011-10-01T00:38:44.546+0200",
        "2011-10-01 00:38:44.546+02",
        "2011-09-30T22:38:44.546Z",
        "2011-09-30T22:38:44.546123Z"
      })
  void acceptsTheCommonSpellings(String text) {
    assertThat(Instant.ofEpochMilli(instants.parse(text)))
        .isEqualTo(Instant.parse("2011-09-30T22:38:44.546Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2011",
        "2011-13-01T00:00:00Z",
        "2011-02-29",
        "2011-10-01T25:00",
        "x",
        "2011-10-01T00:00:00+02:00junk"
      })
  void rejectsWhatIsNotATimestamp(String text) {
    assertThatThrownBy(() -> instants.parse(text)).isInstanceOf(DateTimeParseException.class);
  }
}
