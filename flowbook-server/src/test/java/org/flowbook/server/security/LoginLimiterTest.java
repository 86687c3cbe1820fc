package org.flowbook.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flowbook.server.security.LoginLimiter.Attempt;
import org.junit.jupiter.api.Test;

/** Back-off per name and address, shared by every spelling of a name, never a lasting lock-out. */
class LoginLimiterTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-05T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final LoginLimiter limiter = new LoginLimiter(clock);

  private static Attempt from(String name, String address) {
    return new Attempt(name, address, null);
  }

  @Test
  void everySpellingOfANameSharesOneCount() {
    String[] spellings = {"victim", "VICTIM", "Victim", " victim ", "vIcTiM"};
    for (String s : spellings) {
      assertThat(limiter.check(from(s, "10.0.0.1")).allowed()).isTrue();
      limiter.failed(from(s, "10.0.0.1"));
    }
    // Five failures are free; the sixth failure starts the back-off for every spelling.
    limiter.failed(from("VICTIM", "10.0.0.1"));
    for (String s : spellings) {
      assertThat(limiter.check(from(s, "10.0.0.1")).allowed()).as(s).isFalse();
    }
  }

  @Test
  void theWaitDoublesAfterTheFreeFailuresAndIsCapped() {
    Attempt a = from("rut", "10.0.0.1");
    for (int i = 0; i < LoginLimiter.NAME_AND_ADDRESS.freeFailures(); i++) {
      limiter.failed(a);
      assertThat(limiter.check(a).allowed()).isTrue();
    }
    long[] expectedSeconds = {1, 2, 4, 8, 16};
    for (long expected : expectedSeconds) {
      limiter.failed(a);
      LoginLimiter.Decision d = limiter.check(a);
      assertThat(d.allowed()).isFalse();
      assertThat(d.retryAfter()).isEqualTo(Duration.ofSeconds(expected));
      clock.advance(d.retryAfter());
      assertThat(limiter.check(a).allowed()).isTrue();
    }
    for (int i = 0; i < 30; i++) {
      limiter.failed(a);
    }
    assertThat(limiter.check(a).retryAfter()).isEqualTo(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(15));
    assertThat(limiter.check(a).allowed()).isTrue();
  }

  @Test
  void aSuccessForgetsTheNamesFailures() {
    Attempt a = from("rut", "10.0.0.1");
    for (int i = 0; i < 6; i++) {
      limiter.failed(a);
    }
    clock.advance(Duration.ofSeconds(1));
    limiter.succeeded(a);
    limiter.failed(a);
    assertThat(limiter.check(a).allowed()).isTrue();
  }

  @Test
  void guessingOneNameFromManyAddressesBacksOffThatNameEverywhere() {
    for (int i = 0; i < LoginLimiter.NAME.freeFailures() + 1; i++) {
      limiter.failed(from("admin", "10.1.0." + i));
    }
    assertThat(limiter.check(from("admin", "192.168.7.7")).allowed()).isFalse();
    assertThat(limiter.check(from("rut", "192.168.7.7")).allowed()).isTrue();
  }

  @Test
  void sprayingManyNamesFromOneAddressBacksOffThatAddress() {
    for (int i = 0; i < LoginLimiter.ADDRESS.freeFailures() + 1; i++) {
      limiter.failed(from("user" + i, "10.0.0.9"));
    }
    assertThat(limiter.check(from("someone-else", "10.0.0.9")).allowed()).isFalse();
    assertThat(limiter.check(from("someone-else", "10.0.0.10")).allowed()).isTrue();
  }

  @Test
  void anAttackerCannotLockTheAdminOutOfABrowserTheyUsedBefore() {
    // The admin signed in from the office before and got a device cookie.
    String device = limiter.succeeded(from("admin", "10.0.0.5"));
    // An attacker at the same office address hammers the admin name and sprays other names.
    for (int i = 0; i < 200; i++) {
      limiter.failed(from("admin", "10.0.0.5"));
      limiter.failed(from("admin", "203.0.113." + (i % 50)));
      limiter.failed(from("user" + i, "10.0.0.5"));
    }
    assertThat(limiter.check(from("admin", "10.0.0.5")).allowed()).isFalse();
    // The admin's own browser is not held back by any of it.
    Attempt own = new Attempt("Admin", "10.0.0.5", device);
    assertThat(limiter.check(own).allowed()).isTrue();
    // A cookie for another name, or a forged one, does not help.
    String rutDevice = limiter.succeeded(from("rut", "10.0.0.6"));
    assertThat(limiter.check(new Attempt("admin", "10.0.0.5", rutDevice)).allowed()).isFalse();
    assertThat(limiter.check(new Attempt("admin", "10.0.0.5", "forged")).allowed()).isFalse();
    // Without the cookie the admin waits at most the cap, never for good.
    clock.advance(LoginLimiter.NAME.cap());
    assertThat(limiter.check(from("admin", "198.51.100.1")).allowed()).isTrue();
  }

  @Test
  void theTrustedBrowserStillBacksOffOnItsOwnWrongPasswords() {
    String device = limiter.succeeded(from("admin", "10.0.0.5"));
    Attempt own = new Attempt("admin", "10.0.0.5", device);
    for (int i = 0; i < LoginLimiter.NAME_AND_ADDRESS.freeFailures() + 1; i++) {
      limiter.failed(own);
    }
    assertThat(limiter.check(own).allowed()).isFalse();
  }
}
