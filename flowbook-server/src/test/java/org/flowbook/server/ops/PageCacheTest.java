package org.flowbook.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ops4: the page cache's tags and its bound. */
class PageCacheTest {
  @Test
  void theTagIsTheHashOfTheBytesAndMatchingFollowsRfc9110() {
    String a = PageCache.etag("<p>a</p>".getBytes(StandardCharsets.UTF_8));
    String b = PageCache.etag("<p>b</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(a).isNotEqualTo(b).startsWith("\"").endsWith("\"").hasSize(24);
    assertThat(PageCache.etag("<p>a</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
    assertThat(PageCache.matches(a, a)).isTrue();
    assertThat(PageCache.matches("\"x\", " + a, a)).isTrue();
    assertThat(PageCache.matches("W/" + a, a)).isTrue();
    assertThat(PageCache.matches("*", a)).isTrue();
    assertThat(PageCache.matches(b, a)).isFalse();
    assertThat(PageCache.matches("", a)).isFalse();
    assertThat(PageCache.matches(null, a)).isFalse();
  }

  @Test
  void keepsAtMostItsEntriesDroppingTheLeastRecentlyUsed() {
    PageCache cache = new PageCache(10, new SimpleMeterRegistry());
    org.flowbook.repository.audit.ChangeMark mark =
        new org.flowbook.repository.audit.ChangeMark(1, 1);
    for (int i = 0; i < 10; i++) {
      cache.put(key(i, mark), page(i));
    }
    assertThat(cache.get(key(0, mark))).isNotNull(); // used: stays
    cache.put(key(10, mark), page(10));
    assertThat(cache.size()).isLessThanOrEqualTo(10);
    assertThat(cache.get(key(0, mark))).isNotNull();
    assertThat(cache.get(key(10, mark))).isNotNull();
    assertThat(cache.get(key(1, mark))).isNull(); // the least recently used went
    // Another state of the library is another key.
    assertThat(cache.get(key(0, new org.flowbook.repository.audit.ChangeMark(2, 2)))).isNull();
  }

  @Test
  void offKeepsNothing() {
    PageCache cache = new PageCache(0, new SimpleMeterRegistry());
    org.flowbook.repository.audit.ChangeMark mark =
        new org.flowbook.repository.audit.ChangeMark(1, 1);
    cache.put(key(1, mark), page(1));
    assertThat(cache.size()).isZero();
  }

  private static PageCache.Key key(int i, org.flowbook.repository.audit.ChangeMark mark) {
    return new PageCache.Key("/processes/{id}", java.util.List.of("p" + i), mark);
  }

  private static PageCache.Page page(int i) {
    byte[] html = ("<p>" + i + "</p>").getBytes(StandardCharsets.UTF_8);
    return new PageCache.Page(html, PageCache.etag(html));
  }
}
