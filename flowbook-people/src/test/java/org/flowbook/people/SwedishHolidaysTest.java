package org.flowbook.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.flowbook.people.calendar.SwedishHolidays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Holidays against the published Swedish calendars. */
class SwedishHolidaysTest {

  @ParameterizedTest
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25",
    "2285, 2285-03-22"
  })
  void easterSunday(int year, LocalDate easter) {
    assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void theHolidaysOf2027() {
    Map<LocalDate, String> h = SwedishHolidays.of(2027);
    assertThat(h)
        .containsEntry(LocalDate.of(2027, 3, 26), "Långfredagen")
        .containsEntry(LocalDate.of(2027, 3, 29), "Annandag påsk")
        .containsEntry(LocalDate.of(2027, 5, 6), "Kristi himmelfärdsdag")
        .containsEntry(LocalDate.of(2027, 5, 16), "Pingstdagen")
        .containsEntry(LocalDate.of(2027, 6, 25), "Midsommarafton")
        .containsEntry(LocalDate.of(2027, 6, 26), "Midsommardagen")
        .containsEntry(LocalDate.of(2027, 11, 6), "Alla helgons dag")
        .hasSize(16);
  }

  @Test
  void midsummerAndAllSaintsIn2026() {
    Map<LocalDate, String> h = SwedishHolidays.of(2026);
    assertThat(h)
        .containsEntry(LocalDate.of(2026, 6, 19), "Midsommarafton")
        .containsEntry(LocalDate.of(2026, 10, 31), "Alla helgons dag");
  }
}
