package org.flowbook.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How an instance keeps in step with the other instances on the same database (decision 0625).
 *
 * @param feedInterval how often the instance reads the others' changes (search index, organization)
 *     from the audit log; an edit on one instance is found by a search on another after at most
 *     about this long
 * @param jobLease how long a background job's lease lasts: an instance that dies mid-run blocks the
 *     job for at most this long, and a run must finish within it
 * @param jobCheck how often each instance looks whether a background job is due
 */
public record ClusterSettings(Duration feedInterval, Duration jobLease, Duration jobCheck) {
  /** The environment variables, as FLOWBOOK_DB_URL: a number with ms, s, m or h. */
  public static final String FEED_INTERVAL_ENV = "FLOWBOOK_FEED_INTERVAL";

  public static final String JOB_LEASE_ENV = "FLOWBOOK_JOB_LEASE";
  public static final String JOB_CHECK_ENV = "FLOWBOOK_JOB_CHECK";

  public static final ClusterSettings DEFAULTS =
      new ClusterSettings(Duration.ofMillis(500), Duration.ofMinutes(15), Duration.ofSeconds(30));

  public ClusterSettings {
    positive("feed interval", feedInterval);
    positive("job lease", jobLease);
    positive("job check", jobCheck);
  }

  /** The defaults, overridden by the environment variables that are set. */
  public static ClusterSettings from(Map<String, String> env) {
    return new ClusterSettings(
        duration(env, FEED_INTERVAL_ENV, DEFAULTS.feedInterval),
        duration(env, JOB_LEASE_ENV, DEFAULTS.jobLease),
        duration(env, JOB_CHECK_ENV, DEFAULTS.jobCheck));
  }

  private static void positive(String what, Duration d) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("the " + what + " must be longer than zero, not " + d);
    }
  }

  private static Duration duration(Map<String, String> env, String name, Duration fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return parse(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  /** {@code 500ms}, {@code 30s}, {@code 15m}, {@code 1h}. */
  public static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    String[][] units = {{"ms", "1"}, {"s", "1000"}, {"m", "60000"}, {"h", "3600000"}};
    for (String[] u : units) {
      if (t.endsWith(u[0])) {
        String number = t.substring(0, t.length() - u[0].length()).strip();
        if (!number.isEmpty()
            && number.chars().allMatch(Character::isDigit)
            && number.length() < 10) {
          return Duration.ofMillis(Long.parseLong(number) * Long.parseLong(u[1]));
        }
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a duration: write a whole number with ms, s, m or h, e.g. 500ms");
  }
}
