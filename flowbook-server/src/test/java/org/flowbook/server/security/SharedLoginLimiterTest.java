package org.flowbook.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flowbook.repository.Library;
import org.flowbook.repository.db.Database;
import org.flowbook.server.security.LoginLimiter.Attempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances' limiters on one database (decision 0625): failures made on one count on the other,
 * and a device cookie issued by one is trusted by the other. Fails with the in-memory limiter each
 * instance had before.
 */
class SharedLoginLimiterTest {
  @TempDir Path dir;

  @Test
  void failuresAndDeviceCookiesAreSharedBetweenInstances() {
    LoginLimiterTest.ManualClock clock = new LoginLimiterTest.ManualClock();
    String url = Database.h2Url(dir);
    try (Library a = Library.open(url, clock);
        Library b = Library.open(url, clock)) {
      LoginLimiter onA = new LoginLimiter(a, clock);
      LoginLimiter onB = new LoginLimiter(b, clock);
      Attempt guess = new Attempt("victim", "10.0.0.9", null);
      for (int i = 0; i < LoginLimiter.NAME_AND_ADDRESS.freeFailures(); i++) {
        (i % 2 == 0 ? onA : onB).failed(guess);
      }
      assertThat(onB.check(guess).allowed()).isTrue();
      onA.failed(guess);
      LoginLimiter.Decision onOther = onB.check(guess);
      assertThat(onOther.allowed()).as("the sixth failure, made on A, blocks on B").isFalse();
      assertThat(onOther.retryAfter()).hasSeconds(1);

      String cookie = onA.succeeded(new Attempt("eva", "10.0.0.1", null));
      assertThat(onB.trusted("eva", cookie)).isTrue();
      assertThat(onB.trusted("karl", cookie)).isFalse();
      // A success on B clears the name's count made on A.
      onB.succeeded(guess);
      assertThat(onA.check(new Attempt("victim", "10.0.0.7", null)).allowed()).isTrue();
    }
  }
}
