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
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.flowbook.repository.Library;
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
 * The counts live in the library's database ({@link FailureCounts#shared}), so every server
 * instance on one database counts the same failures, and the device key is one shared key, so a
 * cookie issued by one instance is trusted by the others (decision 0625).
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
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

  private final FailureCounts counts;
  private final Clock clock;
  private final byte[] deviceKey;
  private volatile Instant lastSweep = Instant.EPOCH;

  /** A limiter that keeps its counts and device key in memory (one instance, tests). */
  public LoginLimiter(Clock clock) {
    this(FailureCounts.memory(), randomKey(), clock);
  }

  /** A limiter whose counts and device key every instance on the library's database shares. */
  public LoginLimiter(Library library, Clock clock) {
    this(
        FailureCounts.shared(library.cluster().loginFailures()),
        library.cluster().secrets().key("device-cookie"),
        clock);
  }

  LoginLimiter(FailureCounts counts, byte[] deviceKey, Clock clock) {
    this.counts = counts;
    this.deviceKey = deviceKey.clone();
    this.clock = clock;
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
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
    Instant until = counts.blockedUntil(keys(a));
    return now.isBefore(until) ? new Decision(false, Duration.between(now, until)) : Decision.ALLOW;
  }

  public void failed(Attempt a) {
    Instant now = clock.instant();
    if (lastSweep.plus(SWEEP_EVERY).isBefore(now)) {
      lastSweep = now;
      counts.forgetIdle(now.minus(FORGET_AFTER));
    }
    List<String> keys = keys(a);
    List<Policy> policies = policies(a);
    for (int i = 0; i < keys.size(); i++) {
      Policy p = policies.get(i);
      counts.fail(keys.get(i), now, now.minus(FORGET_AFTER), count -> blockedUntil(p, now, count));
    }
  }

  /** The end of the back-off after {@code failures} failures in a bucket of policy {@code p}. */
  private static Instant blockedUntil(Policy p, Instant now, int failures) {
    int over = failures - p.freeFailures();
    if (over <= 0) {
      return Instant.EPOCH;
    }
    Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(over - 1, 30));
    return now.plus(wait.compareTo(p.cap()) > 0 ? p.cap() : wait);
  }

  /**
   * A correct password: the name's failures are forgotten (the address's are not, they may be
   * someone else's). Returns the device cookie to set, which trusts this browser for this name.
   */
  public String succeeded(Attempt a) {
    counts.forget(
        List.of(
            NAME.prefix() + ":" + a.username(),
            NAME_AND_ADDRESS.prefix() + ":" + a.username() + "@" + a.address(),
            NAME_AND_ADDRESS.prefix() + ":" + a.username() + "@device:" + a.device()));
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

  /** Where the failure counts live: in memory, or in the database every instance shares. */
  interface FailureCounts {
    Instant blockedUntil(List<String> keys);

    void fail(String key, Instant now, Instant forgetBefore, IntFunction<Instant> blockFor);

    void forget(List<String> keys);

    void forgetIdle(Instant before);

    static FailureCounts shared(org.flowbook.repository.cluster.LoginFailures store) {
      return new FailureCounts() {
        @Override
        public Instant blockedUntil(List<String> keys) {
          return store.blockedUntil(keys);
        }

        @Override
        public void fail(
            String key, Instant now, Instant forgetBefore, IntFunction<Instant> blockFor) {
          store.fail(key, now, forgetBefore, blockFor);
        }

        @Override
        public void forget(List<String> keys) {
          store.forget(keys);
        }

        @Override
        public void forgetIdle(Instant before) {
          store.forgetIdle(before);
        }
      };
    }

    /** Counts in memory, bounded: a flood from very many addresses is forgotten, not stored. */
    static FailureCounts memory() {
      return new FailureCounts() {
        private static final int MAX_KEYS = 100_000;
        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        @Override
        public Instant blockedUntil(List<String> keys) {
          Instant latest = Instant.EPOCH;
          for (String k : keys) {
            Bucket b = buckets.get(k);
            if (b != null && b.blockedUntil.isAfter(latest)) {
              latest = b.blockedUntil;
            }
          }
          return latest;
        }

        @Override
        public void fail(
            String key, Instant now, Instant forgetBefore, IntFunction<Instant> blockFor) {
          if (buckets.size() > MAX_KEYS) {
            forgetIdle(forgetBefore);
            if (buckets.size() > MAX_KEYS) {
              buckets.clear();
            }
          }
          buckets.compute(
              key,
              (k, b) -> {
                int count = (b == null || b.last.isBefore(forgetBefore) ? 0 : b.failures) + 1;
                return new Bucket(count, now, blockFor.apply(count));
              });
        }

        @Override
        public void forget(List<String> keys) {
          keys.forEach(buckets::remove);
        }

        @Override
        public void forgetIdle(Instant before) {
          buckets.values().removeIf(b -> b.last.isBefore(before));
        }
      };
    }
  }

  /** The failures of one bucket in memory and until when it waits. */
  private record Bucket(int failures, Instant last, Instant blockedUntil) {}
}
