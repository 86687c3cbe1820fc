package org.flowbook.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.flowbook.training.bench.TrainingBenchmark;
import org.junit.jupiter.api.Test;

/** The benchmark's subject is what it claims (sizes, every status present); no timing here. */
class TrainingBenchmarkTest {
  @Test
  void aSmallSubjectHasEveryStatus() {
    TrainingBenchmark.Subject s = TrainingBenchmark.synthetic(300, 30, 20, 10, 7);
    TrainingBenchmark.Row r = TrainingBenchmark.measure(s, 0, 1, LocalDate.of(2027, 6, 1));
    assertThat(r.people()).isEqualTo(300);
    assertThat(r.processes()).isEqualTo(30);
    assertThat(r.cells()).isEqualTo(9000);
    assertThat(r.stale()).isPositive();
    assertThat(r.expired()).isPositive();
    assertThat(r.missing()).isPositive();
  }
}
