package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cluster timings from the environment: defaults, units, clear refusals. */
class ClusterSettingsTest {
  @Test
  void defaultsAndOverrides() {
    assertThat(ClusterSettings.from(Map.of())).isEqualTo(ClusterSettings.DEFAULTS);
    ClusterSettings s =
        ClusterSettings.from(
            Map.of(
                "FLOWBOOK_FEED_INTERVAL", "250ms",
                "FLOWBOOK_JOB_LEASE", "2h",
                "FLOWBOOK_JOB_CHECK", " 45s "));
    assertThat(s.feedInterval()).isEqualTo(Duration.ofMillis(250));
    assertThat(s.jobLease()).isEqualTo(Duration.ofHours(2));
    assertThat(s.jobCheck()).isEqualTo(Duration.ofSeconds(45));
    assertThat(ClusterSettings.parse("15m")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> ClusterSettings.from(Map.of("FLOWBOOK_JOB_LEASE", "fifteen")))
        .hasMessageContaining("FLOWBOOK_JOB_LEASE")
        .hasMessageContaining("500ms");
    assertThatThrownBy(() -> ClusterSettings.from(Map.of("FLOWBOOK_FEED_INTERVAL", "0s")))
        .hasMessageContaining("longer than zero");
    assertThatThrownBy(() -> ClusterSettings.parse("-5s")).hasMessageContaining("not a duration");
    assertThatThrownBy(() -> ClusterSettings.parse("99999999999s"))
        .hasMessageContaining("not a duration");
  }
}
