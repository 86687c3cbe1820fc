package org.flowbook.mining.log.xes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a large XES file in parts on two cores gives exactly what reading it in one piece does.
 */
class ParallelXesTest {
  @TempDir Path dir;

  @Test
  void partsGiveTheSameLogAsOnePiece() throws Exception {
    Path file = SharedData.require("logs/BPIC15_1.xes.gz");
    ImportOptions o = ImportOptions.DEFAULT;
    ImportResult parts = ParallelXes.read(file, o);
    ImportResult whole = XesReader.sequential(file, o);
    assertSame(parts.log(), whole.log());
  }

  @Test
  void unnamedTracesBadEventsAndATagInAComment() throws Exception {
    // more than two parts of 4 MiB; traces without a name; a bad timestamp every 500 traces.
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log>\n");
    for (int t = 0; s.length() < 9 << 20; t++) {
      s.append("<trace>\n");
      if (t % 3 != 0) {
        s.append("<string key=\"concept:name\" value=\"c").append(t % 7919).append("\"/>\n");
      }
      for (int e = 0; e < 5; e++) {
        String stamp = t % 500 == 7 && e == 2 ? "never" : "2020-01-01T00:0" + e + ":00Z";
        s.append("<event>\n<string key=\"concept:name\" value=\"a")
            .append((t + e) % 11)
            .append("\"/>\n<date key=\"time:timestamp\" value=\"")
            .append(stamp)
            .append("\"/>\n</event>\n");
      }
      s.append("</trace>\n");
    }
    s.append("</log>\n");
    Path plain = dir.resolve("big.xes");
    Files.writeString(plain, s);
    ImportResult parts = ParallelXes.read(plain, ImportOptions.DEFAULT);
    ImportResult whole = XesReader.sequential(plain, ImportOptions.DEFAULT);
    assertSame(parts.log(), whole.log());
    assertThat(parts.problems()).isEqualTo(whole.problems());
    assertThat(parts.skipped()).isEqualTo(whole.skipped()).isGreaterThan(10);

    // A <trace> tag inside a comment where the file would be cut: the reader falls back to one
    // piece and still reads it right.
    int at = s.indexOf("<trace>", 4 << 20);
    s.insert(at, "<!-- an old <trace> was here -->\n");
    Files.writeString(plain, s);
    ImportResult withComment = new XesReader().read(plain, ImportOptions.DEFAULT);
    assertThat(withComment.log().events()).isEqualTo(whole.log().events());
  }

  private static void assertSame(EventLog a, EventLog b) {
    assertThat(a.events()).isEqualTo(b.events());
    assertThat(a.cases()).isEqualTo(b.cases());
    assertThat(a.activityNames()).isEqualTo(b.activityNames());
    assertThat(a.resourceNames()).isEqualTo(b.resourceNames());
    for (int c = 0; c < a.cases(); c++) {
      assertThat(a.caseId(c)).isEqualTo(b.caseId(c));
      assertThat(a.start(c)).isEqualTo(b.start(c));
    }
    for (int e = 0; e < a.events(); e++) {
      if (a.activity(e) != b.activity(e)
          || a.time(e) != b.time(e)
          || a.resource(e) != b.resource(e)
          || a.lifecycle(e) != b.lifecycle(e)) {
        throw new AssertionError("event " + e + " differs");
      }
    }
  }
}
