package org.flowbook.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** ops4: the environment's settings are checked at start and a wrong one names its variable. */
class OpsSettingsTest {
  @Test
  void defaultsWithoutTheVariables() {
    OpsSettings s = OpsSettings.fromEnvironment(Map.of());
    assertThat(s.metricsToken()).isEmpty();
    assertThat(s.requestLog()).isTrue();
    assertThat(s.pageCacheEntries()).isEqualTo(2_000);
  }

  @Test
  void readsEachVariable() {
    OpsSettings s =
        OpsSettings.fromEnvironment(
            Map.of(
                "FLOWBOOK_METRICS_TOKEN", "  0123456789abcdef01234567  ",
                "FLOWBOOK_REQUEST_LOG", "OFF",
                "FLOWBOOK_PAGE_CACHE", "0"));
    assertThat(s.metricsToken()).hasValue("0123456789abcdef01234567");
    assertThat(s.requestLog()).isFalse();
    assertThat(s.pageCacheEntries()).isZero();
    assertThat(s.toString()).doesNotContain("0123456789").contains("***");
  }

  @Test
  void aWrongValueNamesItsVariable() {
    assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("FLOWBOOK_METRICS_TOKEN", "short")))
        .hasMessageStartingWith("FLOWBOOK_METRICS_TOKEN: ")
        .hasMessageContaining("at least 24");
    assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("FLOWBOOK_REQUEST_LOG", "yes")))
        .hasMessageStartingWith("FLOWBOOK_REQUEST_LOG must be on or off");
    assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("FLOWBOOK_PAGE_CACHE", "lots")))
        .hasMessageStartingWith("FLOWBOOK_PAGE_CACHE must be a number");
    assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("FLOWBOOK_PAGE_CACHE", "-1")))
        .hasMessageStartingWith("FLOWBOOK_PAGE_CACHE: ");
  }
}
