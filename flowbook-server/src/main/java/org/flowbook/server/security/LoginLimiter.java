package org.flowbook.server.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flowbook.repository.users.Users;

/**
 * Slows down password guessing — on the sign-in form and on HTTP Basic alike — without letting an
 * attacker lock anyone out for good. The design
 * (docs/decisions/0602-api-tokens-and-sign-in-limits):
 *
 * <ul>
 *   <li>Failures count in three buckets: the user name <em>and</em> address together, the user name
 *       from anywhere, and the address for any name. Names are normalized as the library compares
 *       them ({@link Users#normalize}), so {@code RUT} and {@code rut} share one count.
 *   <li>Each bucket allows a few free failures, then backs off exponentially: 1 s, 2 s, 4 s … up to
 *       a cap. During a back-off an attempt is refused without checking the password (and without
 *       the cost of Argon2), with the time to wait.
 *   <li>Every back-off is temporary (at most {@link #NAME}'s cap) and a bucket is forgotten after
 *       an hour without failures; a success clears the name's buckets.
 *   <li>A browser where the person signed in before carries a <em>device cookie</em> for that name
 *       (OWASP's device-cookie scheme). Its attempts count only against that name-and-device: the
 *       failures others cause on the name, or from the address, never block it. So an attacker who
 *       hammers {@code admin} from anywhere, or shares the admin's address, cannot keep the admin
 *       out of a browser they used before.
 * </ul>
 *
 * Kept in memory: a restart forgets the failures and the device key (signing in again issues a new
 * cookie).
 */
public final class LoginLimiter {
  /** How a bucket backs off. */
  record Policy(String prefix, int freeFailures, Duration cap) {}

  static final Policy NAME_AND_ADDRESS = new Policy("pair", 5, Duration.ofMinutes(15));
  static final Policy NAME = new Policy("name", 10, Duration.ofMinutes(15));
  static final Policy ADDRESS = new Policy("addr", 50, Duration.ofMinutes(5));
  static final Duration FIRST_WAIT = Duration.ofSeconds(1);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  public static final Duration DEVICE_LIFETIME = Duration.ofDays(30);
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Clock clock;
  private final byte[] deviceKey = new byte[32];

  public LoginLimiter(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(deviceKey);
  }

  /** One sign-in attempt: the name as typed, the client's address, its device cookie or null. */
  public record Attempt(String username, String address, String device) {
    public Attempt {
      username = Users.normalize(username);
      address = address == null ? "" : address;
    }
  }

  /** Whether an attempt may check its password now; if not, how long to wait. */
  public record Decision(boolean allowed, Duration retryAfter) {
    static final Decision ALLOW = new Decision(true, Duration.ZERO);

    /** Whole seconds for a Retry-After header (at least 1). */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  public Decision check(Attempt a) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : keys(a)) {
      Bucket b = buckets.get(key);
      if (b != null) {
        Duration w = b.waitAt(now);
        if (w.compareTo(wait) > 0) {
          wait = w;
        }
      }
    }
    return wait.isZero() ? Decision.ALLOW : new Decision(false, wait);
  }

  public void failed(Attempt a) {
    if (buckets.size() > MAX_KEYS) {
      forgetOld();
    }
    Instant now = clock.instant();
    List<String> keys = keys(a);
    List<Policy> policies = policies(a);
    for (int i = 0; i < keys.size(); i++) {
      Policy p = policies.get(i);
      buckets.computeIfAbsent(keys.get(i), k -> new Bucket(p)).fail(now);
    }
  }

  /**
   * A correct password: the name's failures are forgotten (the address's are not, they may be
   * someone else's). Returns the device cookie to set, which trusts this browser for this name.
   */
  public String succeeded(Attempt a) {
    buckets.remove(NAME.prefix() + ":" + a.username());
    buckets.remove(NAME_AND_ADDRESS.prefix() + ":" + a.username() + "@" + a.address());
    buckets.remove(NAME_AND_ADDRESS.prefix() + ":" + a.username() + "@device:" + a.device());
    return deviceCookie(a.username());
  }

  /** True when {@code cookie} was issued by this limiter for a sign-in as {@code username}. */
  boolean trusted(String username, String cookie) {
    return cookie != null
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8),
            deviceCookie(Users.normalize(username)).getBytes(StandardCharsets.UTF_8));
  }

  /** The buckets an attempt counts in, in the order of {@link #policies}. */
  private List<String> keys(Attempt a) {
    List<String> keys = new ArrayList<>(3);
    if (trusted(a.username(), a.device())) {
      keys.add(NAME_AND_ADDRESS.prefix() + ":" + a.username() + "@device:" + a.device());
      return keys;
    }
    keys.add(NAME_AND_ADDRESS.prefix() + ":" + a.username() + "@" + a.address());
    keys.add(NAME.prefix() + ":" + a.username());
    keys.add(ADDRESS.prefix() + ":" + a.address());
    return keys;
  }

  private List<Policy> policies(Attempt a) {
    return trusted(a.username(), a.device())
        ? List.of(NAME_AND_ADDRESS)
        : List.of(NAME_AND_ADDRESS, NAME, ADDRESS);
  }

  private void forgetOld() {
    Instant now = clock.instant();
    buckets.values().removeIf(b -> b.forgotten(now));
    if (buckets.size() > MAX_KEYS) {
      // Only a flood from very many addresses gets here; forgetting beats running out of memory.
      buckets.clear();
    }
  }

  private String deviceCookie(String normalizedName) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(deviceKey, "HmacSHA256"));
      byte[] tag = mac.doFinal(("device:" + normalizedName).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** The failures of one bucket and until when it waits. */
  private static final class Bucket {
    private final Policy policy;
    private int failures;
    private Instant last = Instant.EPOCH;
    private Instant blockedUntil = Instant.EPOCH;

    Bucket(Policy policy) {
      this.policy = policy;
    }

    synchronized void fail(Instant now) {
      if (forgotten(now)) {
        failures = 0;
      }
      failures++;
      last = now;
      int over = failures - policy.freeFailures();
      if (over > 0) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(over - 1, 30));
        blockedUntil = now.plus(wait.compareTo(policy.cap()) > 0 ? policy.cap() : wait);
      }
    }

    synchronized Duration waitAt(Instant now) {
      return now.isBefore(blockedUntil) ? Duration.between(now, blockedUntil) : Duration.ZERO;
    }

    synchronized boolean forgotten(Instant now) {
      return last.plus(FORGET_AFTER).isBefore(now);
    }
  }
}
