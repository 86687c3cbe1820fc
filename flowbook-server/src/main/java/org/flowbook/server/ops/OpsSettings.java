package org.flowbook.server.ops;

import java.util.Optional;

/**
 * Health, logs, metrics and page reuse (ops4, issue 20 items 3 and 5).
 *
 * @param metricsToken a secret that lets a scraper read {@code /metrics} with {@code Authorization:
 *     Bearer …} ({@code FLOWBOOK_METRICS_TOKEN}); without it only a signed-in administrator can
 * @param requestLog whether every request is logged as one JSON line ({@code flowbook.access})
 * @param pageCacheEntries how many rendered reading pages are kept for reuse (0 turns it off)
 */
public record OpsSettings(Optional<String> metricsToken, boolean requestLog, int pageCacheEntries) {
  /** The environment variable of {@link #metricsToken}. */
  public static final String METRICS_TOKEN_ENV = "FLOWBOOK_METRICS_TOKEN";

  /** Shortest accepted metrics token: a guessable one would open the metrics to anybody. */
  public static final int MIN_TOKEN_LENGTH = 24;

  /** {@code off} turns the request log off (on by default). */
  public static final String REQUEST_LOG_ENV = "FLOWBOOK_REQUEST_LOG";

  /** How many rendered pages are kept (default {@value #DEFAULT_PAGE_CACHE}; 0 is off). */
  public static final String PAGE_CACHE_ENV = "FLOWBOOK_PAGE_CACHE";

  public static final int DEFAULT_PAGE_CACHE = 2_000;

  /**
   * The settings from the environment ({@link #METRICS_TOKEN_ENV}, {@link #REQUEST_LOG_ENV}, {@link
   * #PAGE_CACHE_ENV}); a value that makes no sense is an {@link IllegalArgumentException} naming
   * the variable.
   */
  public static OpsSettings fromEnvironment(java.util.Map<String, String> env) {
    String log = env.getOrDefault(REQUEST_LOG_ENV, "on").strip().toLowerCase(java.util.Locale.ROOT);
    if (!log.equals("on") && !log.equals("off")) {
      throw new IllegalArgumentException(REQUEST_LOG_ENV + " must be on or off, not '" + log + "'");
    }
    String cache = env.getOrDefault(PAGE_CACHE_ENV, String.valueOf(DEFAULT_PAGE_CACHE)).strip();
    int entries;
    try {
      entries = Integer.parseInt(cache);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PAGE_CACHE_ENV + " must be a number of pages (0 turns reuse off), not '" + cache + "'");
    }
    try {
      return new OpsSettings(
          Optional.ofNullable(env.get(METRICS_TOKEN_ENV)), log.equals("on"), entries);
    } catch (IllegalArgumentException e) {
      String which = e.getMessage().startsWith("the metrics") ? METRICS_TOKEN_ENV : PAGE_CACHE_ENV;
      throw new IllegalArgumentException(which + ": " + e.getMessage(), e);
    }
  }

  public OpsSettings {
    metricsToken = metricsToken == null ? Optional.empty() : metricsToken.filter(t -> !t.isBlank());
    metricsToken.ifPresent(
        t -> {
          if (t.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException(
                "the metrics token must have at least "
                    + MIN_TOKEN_LENGTH
                    + " characters (e.g. openssl rand -hex 24), not "
                    + t.strip().length());
          }
        });
    metricsToken = metricsToken.map(String::strip);
    if (pageCacheEntries < 0 || pageCacheEntries > 1_000_000) {
      throw new IllegalArgumentException(
          "the page cache holds 0 to 1,000,000 pages, not " + pageCacheEntries);
    }
  }

  /** Request log on, no metrics token, the default page cache. */
  public static OpsSettings defaults() {
    return new OpsSettings(Optional.empty(), true, DEFAULT_PAGE_CACHE);
  }

  public OpsSettings withMetricsToken(String token) {
    return new OpsSettings(Optional.ofNullable(token), requestLog, pageCacheEntries);
  }

  public OpsSettings withPageCache(int entries) {
    return new OpsSettings(metricsToken, requestLog, entries);
  }

  @Override
  public String toString() {
    // The token is a secret: never in a log line.
    return "OpsSettings[metricsToken="
        + (metricsToken.isPresent() ? "***" : "none")
        + ", requestLog="
        + requestLog
        + ", pageCacheEntries="
        + pageCacheEntries
        + "]";
  }
}
