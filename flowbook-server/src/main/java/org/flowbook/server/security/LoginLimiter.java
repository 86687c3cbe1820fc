package org.flowbook.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: at most {@value #MAX_FAILURES} failed sign-ins per address and per
 * user name in a sliding window of ten minutes. Kept in memory: a restart forgets it, which costs
 * an attacker a restart per ten guesses.
 */
public final class LoginLimiter {
  static final int MAX_FAILURES = 10;
  static final int MAX_FAILURES_PER_ADDRESS = 50;
  private static final Duration WINDOW = Duration.ofMinutes(10);
  private static final int MAX_KEYS = 100_000;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginLimiter(Clock clock) {
    this.clock = clock;
  }

  public boolean allowed(String address, String username) {
    return count("ip:" + address) < MAX_FAILURES_PER_ADDRESS
        && count("user:" + username) < MAX_FAILURES;
  }

  public void failed(String address, String username) {
    if (failures.size() > MAX_KEYS) {
      failures.clear();
    }
    for (String key : new String[] {"ip:" + address, "user:" + username}) {
      Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (q) {
        q.addLast(clock.instant());
      }
    }
  }

  public void succeeded(String username) {
    failures.remove("user:" + username);
  }

  private int count(String key) {
    Deque<Instant> q = failures.get(key);
    if (q == null) {
      return 0;
    }
    synchronized (q) {
      Instant cutoff = clock.instant().minus(WINDOW);
      while (!q.isEmpty() && q.peekFirst().isBefore(cutoff)) {
        q.removeFirst();
      }
      return q.size();
    }
  }
}
