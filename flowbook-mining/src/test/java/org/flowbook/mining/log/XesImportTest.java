package org.flowbook.mining.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XES specifics: offsets vs wall-clock, lifecycle, merged traces, skipped events. */
class XesImportTest {
  @TempDir Path dir;

  @Test
  void trueInstantsByDefaultWallClockOnRequest() throws Exception {
    // Across the end of daylight-saving time: 01:00+02:00 to 03:00+01:00 is 3 hours, not 2.
    Path f =
        Logs.write(
            dir,
            "dst.xes",
            Logs.xes("c;a@2011-10-30T01:00:00.000+02:00;b@2011-10-30T03:00:00.000+01:00"));
    EventLog instant = EventLogs.read(f, ImportOptions.DEFAULT).log();
    EventLog wall = EventLogs.read(f, ImportOptions.DEFAULT.withWallClock(true)).log();
    assertThat(instant.time(1) - instant.time(0)).isEqualTo(3 * 3_600_000L);
    assertThat(wall.time(1) - wall.time(0)).isEqualTo(2 * 3_600_000L);
  }

  @Test
  void stableSortKeepsFileOrderForEqualTimes() throws Exception {
    Path f =
        Logs.write(
            dir,
            "order.xes",
            Logs.xes("c;z@2020-01-02T00:00:00Z;x@2020-01-01T00:00:00Z;y@2020-01-01T00:00:00Z"));
    EventLog log = EventLogs.read(f, ImportOptions.DEFAULT).log();
    assertThat(log.activityName(log.activity(0))).isEqualTo("x");
    assertThat(log.activityName(log.activity(1))).isEqualTo("y");
    assertThat(log.activityName(log.activity(2))).isEqualTo("z");
  }

  @Test
  void tracesWithTheSameIdAreOneCase() throws Exception {
    Path f =
        Logs.write(
            dir,
            "merge.xes",
            Logs.xes(
                "c;a@2020-01-01T00:00:00Z",
                "d;a@2020-01-01T00:00:00Z",
                "c;b@2020-01-01T01:00:00Z"));
    EventLog log = EventLogs.read(f, ImportOptions.DEFAULT).log();
    assertThat(log.cases()).isEqualTo(2);
    assertThat(log.end(0) - log.start(0)).isEqualTo(2);
  }

  @Test
  void keepsLifecycleAndResourceAndSkipsIncompleteEvents() throws Exception {
    String xes =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
          <global scope="event"><string key="concept:name" value="DEFAULT"/></global>
          <trace>
            <string key="concept:name" value="1"/>
            <event>
              <string key="concept:name" value="Review &amp; sign"/>
              <string key="lifecycle:transition" value="START"/>
              <string key="org:resource" value="Eva"/>
              <date key="time:timestamp" value="2020-01-01T10:00:00+01:00"/>
              <list key="meta"><string key="concept:name" value="nested, ignored"/></list>
            </event>
            <event>
              <string key="concept:name" value="Review &amp; sign"/>
              <string key="lifecycle:transition" value="complete"/>
              <date key="time:timestamp" value="2020-01-01T10:30:00+01:00"/>
            </event>
            <event>
              <date key="time:timestamp" value="2020-01-01T11:00:00+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Archive"/>
              <date key="time:timestamp" value="not a date"/>
            </event>
          </trace>
        </log>
        """;
    ImportResult r = EventLogs.read(Logs.write(dir, "life.xes", xes), ImportOptions.DEFAULT);
    EventLog log = r.log();
    assertThat(log.events()).isEqualTo(2);
    assertThat(log.activityNames()).containsExactly("Review & sign");
    assertThat(log.lifecycleNames().get(log.lifecycle(0))).isEqualTo("start");
    assertThat(log.lifecycleNames().get(log.lifecycle(1))).isEqualTo("complete");
    assertThat(log.resourceNames().get(log.resource(0))).isEqualTo("Eva");
    assertThat(log.resource(1)).isEqualTo(EventLog.NO_RESOURCE);
    assertThat(r.skipped()).isEqualTo(2);
    assertThat(r.problems())
        .extracting(Problem::code)
        .containsExactly("missing-activity", "bad-timestamp");
    assertThat(r.problems().get(1).location().line()).isEqualTo(23);
  }

  @Test
  void traceVariantsComeFromTheLog() throws Exception {
    Path f =
        Logs.write(
            dir,
            "v.xes",
            Logs.xes(
                "1;a@2020-01-01T00:00:00Z;b@2020-01-01T01:00:00Z",
                "2;a@2020-01-01T00:00:00Z;b@2020-01-01T01:00:00Z",
                "3;b@2020-01-01T00:00:00Z"));
    TraceVariants v = EventLogs.read(f, ImportOptions.DEFAULT).log().traceVariants();
    assertThat(v.cases()).isEqualTo(3);
    assertThat(v.counts()).containsExactly(2, 1);
    assertThat(v.traces().get(0)).containsExactly(0, 1);
    assertThat(v.activities()).containsExactly("a", "b");
  }
}
