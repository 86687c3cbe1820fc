package org.flowbook.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flowbook.repository.evidence.EvidenceRecord;
import org.junit.jupiter.api.Test;

/** Periods and what is due, computed by hand from the calendar. */
class CadenceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @Test
  void periodsAreWrittenAsTheCalendarNamesThem() {
    assertThat(Cadence.DAILY.periodOf(TODAY)).isEqualTo("2026-12-03");
    // 2026-12-03 is a Thursday in ISO week 49; 2027-01-01 is a Friday in week 53 of 2026.
    assertThat(Cadence.WEEKLY.periodOf(TODAY)).isEqualTo("2026-W49");
    assertThat(Cadence.WEEKLY.periodOf(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    assertThat(Cadence.MONTHLY.periodOf(TODAY)).isEqualTo("2026-12");
    assertThat(Cadence.QUARTERLY.periodOf(TODAY)).isEqualTo("2026-Q4");
    assertThat(Cadence.YEARLY.periodOf(TODAY)).isEqualTo("2026");
  }

  @Test
  void aPeriodStartsOnItsFirstDayAndWrongOnesAreRefused() {
    assertThat(Cadence.WEEKLY.start("2026-W01")).hasValue(LocalDate.of(2025, 12, 29));
    assertThat(Cadence.WEEKLY.start("2026-W53")).hasValue(LocalDate.of(2026, 12, 28));
    assertThat(Cadence.WEEKLY.start("2025-W53")).isEmpty(); // 2025 has 52 ISO weeks
    assertThat(Cadence.QUARTERLY.start("2026-Q4")).hasValue(LocalDate.of(2026, 10, 1));
    assertThat(Cadence.MONTHLY.start("2026-02")).hasValue(LocalDate.of(2026, 2, 1));
    for (String bad : List.of("2026-13", "2026-00", "26-11", "2026-11-01", "november", "")) {
      assertThat(Cadence.MONTHLY.accepts(bad)).as(bad).isFalse();
    }
    assertThat(Cadence.DAILY.accepts("2026-02-30")).isFalse();
    assertThat(Cadence.PER_CASE.accepts("Faktura 4711")).isTrue();
    assertThat(Cadence.PER_CASE.accepts(" ")).isFalse();
    assertThat(Cadence.parse("MONTHLY")).hasValue(Cadence.MONTHLY);
    assertThat(Cadence.parse("per-case")).hasValue(Cadence.PER_CASE);
  }

  @Test
  void thePeriodsOfAWindowRunToTheCurrentOne() {
    assertThat(Cadence.MONTHLY.periods(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 2)))
        .containsExactly("2026-01", "2026-02", "2026-03");
    assertThat(Cadence.QUARTERLY.periods(Cadence.QUARTERLY.lookBackFrom(TODAY), TODAY))
        .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    assertThat(Cadence.MONTHLY.periods(Cadence.MONTHLY.lookBackFrom(TODAY), TODAY))
        .hasSize(12)
        .startsWith("2026-01")
        .endsWith("2026-12");
    assertThat(Cadence.PER_CASE.periods(LocalDate.of(2020, 1, 1), TODAY)).isEmpty();
  }

  @Test
  void overdueAreTheEndedPeriodsWithoutEvidenceAndDueIsTheCurrentOne() {
    TrackedControl quarterly =
        new TrackedControl(
            "Avstämning", "p", "P", "Ekonomichef", Cadence.QUARTERLY, List.of(), List.of());
    ControlStatus none = Controls.status(quarterly, List.of(), TODAY);
    assertThat(none.overdue()).containsExactly("2026-Q3", "2026-Q2", "2026-Q1");
    assertThat(none.due()).hasValue("2026-Q4");

    List<EvidenceRecord> records =
        List.of(
            record("p", "Avstämning", "2026-Q2"),
            record("p", "Avstämning", "2026-Q4"),
            record("other", "Avstämning", "2026-Q1"),
            record("p", "Annan", "2026-Q3"));
    ControlStatus some = Controls.status(quarterly, records, TODAY);
    assertThat(some.overdue()).containsExactly("2026-Q3", "2026-Q1");
    assertThat(some.due()).isEmpty();
    assertThat(some.records()).hasSize(2);

    TrackedControl perCase =
        new TrackedControl("Attest", "p", "P", "Chef", Cadence.PER_CASE, List.of(), List.of());
    assertThat(Controls.status(perCase, List.of(), TODAY).upToDate()).isTrue();
  }

  private static EvidenceRecord record(String process, String control, String period) {
    return new EvidenceRecord(
        1, control, process, period, "ok", Optional.empty(), "rut", "Rut", Instant.EPOCH);
  }
}
