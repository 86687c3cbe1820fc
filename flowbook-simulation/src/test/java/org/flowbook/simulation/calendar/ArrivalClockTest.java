package org.flowbook.simulation.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An arrival profile on the clock, against values worked out by hand. */
class ArrivalClockTest {
  static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
  static final double H = 3600;
  static final double WEEK = 7 * 86400;

  // Monday 08–10 at intensity 2 and 09–12 at 1: segments 08–09 ×2, 09–10 ×3, 10–12 ×1,
  // 7200 + 10800 + 7200 = 25200 a week.
  static final ArrivalProfile OVERLAP =
      new ArrivalProfile(
          List.of(
              new ArrivalProfile.Window(DayOfWeek.MONDAY, 8 * 3600, 10 * 3600, 2),
              new ArrivalProfile.Window(DayOfWeek.MONDAY, 9 * 3600, 12 * 3600, 1)));

  @Test
  void overlappingWindowsAddUpAndTimeIsWeighted() {
    ArrivalClock c = new ArrivalClock(MONDAY, OVERLAP, Holidays.NONE);
    assertThat(OVERLAP.weeklyWeight()).isEqualTo(25200);
    assertThat(c.workingBefore(9.5 * H)).isEqualTo(7200 + 1800 * 3);
    assertThat(c.advance(0, 7200)).isEqualTo(9 * H);
    assertThat(c.advance(0, 9000)).isEqualTo(9 * H + 600);
    assertThat(c.advance(13 * H, 25200)).isEqualTo(WEEK + 12 * H);
    assertThat(c.nextOpen(13 * H)).isEqualTo(WEEK + 8 * H);
    assertThat(c.nextOpen(9 * H + 5)).isEqualTo(9 * H + 5);
    assertThat(c.nextOpen(0)).isEqualTo(8 * H);
  }

  @Test
  void aHolidayIsClosed() {
    LocalDate nextMonday = MONDAY.plusWeeks(1);
    ArrivalClock c = new ArrivalClock(MONDAY, OVERLAP, d -> d.equals(nextMonday));
    assertThat(c.nextOpen(13 * H)).isEqualTo(2 * WEEK + 8 * H);
    assertThat(c.advance(13 * H, 25200)).isEqualTo(2 * WEEK + 12 * H);
  }

  @Test
  void emptyOrBackwardWindowsAreRefused() {
    assertThatThrownBy(() -> new ArrivalProfile(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ArrivalProfile.Window(DayOfWeek.MONDAY, 100, 50, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ArrivalProfile.Window(DayOfWeek.MONDAY, 0, 50, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
