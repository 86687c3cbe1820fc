package org.flowbook.server.ops;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.flowbook.repository.audit.ChangeMark;
import org.flowbook.server.http.MediaTypes;

/**
 * Rendered reading pages kept for reuse, answered with a strong ETag and 304 on {@code
 * If-None-Match} (decision 0633).
 *
 * <p>A page is kept under everything it is made from: the route and its parameters (process,
 * version, direction, the whole query), the language, the person (their id, role and session, whose
 * CSRF token is in every form — so a reader can never be given an author's draft page) and the day,
 * plus the library's {@link ChangeMark}, read from the database before the page is made. Every
 * committed change writes an audit entry and moves the mark, so a saved draft, a new published
 * version, a comment or an absence — on this server or another on the same database — makes every
 * kept page a miss; nothing is ever invalidated by hand, so nothing can be forgotten.
 *
 * <p>The ETag is a hash of the page's bytes: two answers with one ETag are the same bytes (a strong
 * validator), and a 304 is never given for a page that changed. Bounded by entries and by size;
 * when full, the least recently used tenth goes.
 */
public final class PageCache {
  /** Kept pages together hold at most this many bytes. */
  static final long MAX_BYTES = 48L * 1024 * 1024;

  private final int maxEntries;
  // Lock-free reads: under load a single lock on every page view was where threads waited (JFR).
  private final Map<Key, Kept> pages = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong clock = new AtomicLong();

  /** A kept page and when it was last used (a tick of {@link #clock}). */
  private static final class Kept {
    final Page page;
    volatile long used;

    Kept(Page page, long used) {
      this.page = page;
      this.used = used;
    }
  }

  private final Counter hits;
  private final Counter misses;
  private final Counter notModified;

  /** What a page is made from. */
  public record Key(String route, List<String> parts, ChangeMark mark) {
    public Key {
      parts = List.copyOf(parts);
    }
  }

  /**
   * A rendered page as UTF-8 (kept encoded, so a reuse sends the bytes without encoding a few
   * hundred kilobytes again) and its entity tag.
   */
  public record Page(byte[] html, String etag) {}

  public PageCache(int maxEntries, MeterRegistry registry) {
    this.maxEntries = maxEntries;
    this.hits =
        Counter.builder("flowbook.pages.reused")
            .description("Pages answered from the page cache")
            .register(registry);
    this.misses =
        Counter.builder("flowbook.pages.rendered")
            .description("Reading pages rendered")
            .register(registry);
    this.notModified =
        Counter.builder("flowbook.pages.not.modified")
            .description("Reading pages answered 304 Not Modified")
            .register(registry);
    Gauge.builder("flowbook.pages.kept", this, PageCache::size)
        .description("Pages in the page cache")
        .register(registry);
  }

  /**
   * Answers a reading page: the kept one when its key matches, else {@code render}'s (kept for next
   * time); 304 without a body when the browser's {@code If-None-Match} names it.
   */
  public void answer(Context ctx, Key key, Supplier<String> render) {
    Page page = maxEntries == 0 ? null : get(key);
    if (page == null) {
      misses.increment();
      byte[] html = render.get().getBytes(StandardCharsets.UTF_8);
      page = new Page(html, etag(html));
      put(key, page);
    } else {
      hits.increment();
    }
    ctx.header("ETag", page.etag());
    // Personal pages: the browser keeps them, asks each time (304 when unchanged); no proxy keeps
    // them.
    ctx.header("Cache-Control", "private, no-cache");
    ctx.header("Vary", "Cookie");
    if (matches(ctx.header("If-None-Match"), page.etag())) {
      notModified.increment();
      ctx.status(304);
      ctx.result("");
      return;
    }
    ctx.contentType(MediaTypes.HTML).result(page.html());
  }

  /** {@code If-None-Match} holds this tag (or {@code *}); weak comparison as RFC 9110 asks. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag) || (t.startsWith("W/") && t.substring(2).equals(etag))) {
        return true;
      }
    }
    return false;
  }

  /** A strong tag from the page's bytes: SHA-256, the first 16 bytes in base64url. */
  static String etag(byte[] html) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(html);
      return "\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 16))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  Page get(Key key) {
    Kept k = pages.get(key);
    if (k == null) {
      return null;
    }
    k.used = clock.incrementAndGet();
    return k.page;
  }

  void put(Key key, Page page) {
    if (maxEntries == 0 || page.html().length > MAX_BYTES / 8) {
      return;
    }
    Kept old = pages.put(key, new Kept(page, clock.incrementAndGet()));
    bytes.addAndGet(page.html().length - (old == null ? 0 : old.page.html().length));
    if (pages.size() > maxEntries || bytes.get() > MAX_BYTES) {
      evict();
    }
  }

  /** Drops the least recently used pages until a tenth is free (one writer at a time). */
  private synchronized void evict() {
    int keepEntries = maxEntries - Math.max(1, maxEntries / 10);
    long keepBytes = MAX_BYTES - MAX_BYTES / 10;
    if (pages.size() <= maxEntries && bytes.get() <= MAX_BYTES) {
      return;
    }
    List<Map.Entry<Key, Kept>> byUse = new ArrayList<>(pages.entrySet());
    byUse.sort(Comparator.comparingLong(e -> e.getValue().used));
    for (Map.Entry<Key, Kept> e : byUse) {
      if (pages.size() <= keepEntries && bytes.get() <= keepBytes) {
        break;
      }
      if (pages.remove(e.getKey(), e.getValue())) {
        bytes.addAndGet(-e.getValue().page.html().length);
      }
    }
  }

  public int size() {
    return pages.size();
  }
}
