package org.flowbook.server.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;

/** The what-if job runner's bounds: one run per person at a time, a short queue. */
class WhatIfJobsTest {
  private static WhatIfJob job(String owner) {
    return new WhatIfJob(
        "",
        owner,
        null,
        "",
        WhatIfScenario.DEFAULT,
        Optional.empty(),
        WhatIfJob.Phase.QUEUED,
        0,
        4,
        Optional.empty(),
        List.of());
  }

  @Test
  void aSecondRunOfTheSamePersonWaitsForTheFirstAndAFullQueueIsBusy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (WhatIfJobs jobs = new WhatIfJobs(1, Clock.systemUTC())) {
      WhatIfJobs.Result first =
          jobs.submit(
              job("eva"),
              progress -> {
                progress.accept(1);
                await(release);
                throw new IllegalStateException("stopped by the test");
              });
      assertThat(first.id()).isPresent();
      assertThat(jobs.submit(job("eva"), p -> null).refusal())
          .contains(WhatIfJobs.Refusal.ONE_AT_A_TIME);
      // olle's run waits in the queue (size 1); a third person finds it full
      assertThat(jobs.submit(job("olle"), p -> null).id()).isPresent();
      assertThat(jobs.submit(job("rut"), p -> null).refusal()).contains(WhatIfJobs.Refusal.BUSY);
      assertThat(jobs.find(first.id().get(), "olle")).isEmpty();
      release.countDown();
      for (int i = 0;
          i < 100 && !jobs.find(first.id().get(), "eva").get().phase().finished();
          i++) {
        Thread.sleep(50);
      }
      assertThat(jobs.find(first.id().get(), "eva").get().phase())
          .isEqualTo(WhatIfJob.Phase.FAILED);
      // the first run has ended: eva may start another
      assertThat(jobs.submit(job("eva"), p -> null).id()).isPresent();
    }
  }

  @Test
  void theCaseCountBoundsARunBeforeItStarts() {
    Process p = Process.of("p", "P", List.of(), List.of()).withCasesPerMonth(10_000.0);
    WhatIfScenario s = new WhatIfScenario(12, 30, 300, Map.of(), 0);
    // before 10,000 + after 40,000 a month, 12 months, 30 replications
    assertThat(s.expectedCases(List.of(p), java.util.Set.of("p"))).isEqualTo(18_000_000);
    assertThat(s.expectedCases(List.of(p), java.util.Set.of("p")))
        .isGreaterThan(WhatIfScenario.MAX_CASES);
    WhatIfScenario small = new WhatIfScenario(1, 2, 0, Map.of(), 0);
    assertThat(small.expectedCases(List.of(p), java.util.Set.of())).isEqualTo(40_000);
  }

  private static void await(CountDownLatch l) {
    try {
      l.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
