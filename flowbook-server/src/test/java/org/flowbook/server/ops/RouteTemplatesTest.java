package org.flowbook.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ops4: a path becomes the route it was registered under, never itself. */
class RouteTemplatesTest {
  @Test
  void theMostSpecificRouteWinsAndUnknownPathsShareOneLabel() {
    RouteTemplates t = new RouteTemplates();
    t.add("/");
    t.add("/processes/{id}");
    t.add("/processes/new");
    t.add("/processes/{id}/versions/{n}/{action}");
    t.add("/roles/{name}");
    assertThat(t.of("/")).isEqualTo("/");
    assertThat(t.of("/processes/purchase-approval")).isEqualTo("/processes/{id}");
    assertThat(t.of("/processes/new")).isEqualTo("/processes/new");
    assertThat(t.of("/processes/x/versions/3/approve"))
        .isEqualTo("/processes/{id}/versions/{n}/{action}");
    assertThat(t.of("/roles/Anna Berg")).isEqualTo("/roles/{name}");
    assertThat(t.of("/static/app.js")).isEqualTo("/static/*");
    assertThat(t.of("/wp-admin/anna.berg@example.se")).isEqualTo("unmatched");
    assertThat(t.of("/processes//")).isEqualTo("unmatched");
  }

  @Test
  void requestIdsThatCouldBreakALineAreReplaced() {
    assertThat(RequestId.of("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
    assertThat(RequestId.of("a b")).isNotEqualTo("a b").hasSize(36);
    assertThat(RequestId.of("x".repeat(129))).hasSize(36);
    assertThat(RequestId.of("")).hasSize(36);
    assertThat(RequestId.of(null)).hasSize(36);
  }
}
