package org.flowbook.mining.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV import: column detection, quoting, bad rows with their lines, strict mode. */
class CsvImportTest {
  @TempDir Path dir;

  private ImportResult read(String csv) throws Exception {
    return EventLogs.read(Logs.write(dir, "log.csv", csv), ImportOptions.DEFAULT);
  }

  @Test
  void detectsSwedishColumnsAndSemicolons() throws Exception {
    ImportResult r =
        read(
            "Ärende;Aktivitet;Tidpunkt;Handläggare\n"
                + "A1;Registrera;2024-03-01 08:00;Eva\n"
                + "A1;Granska;2024-03-01 09:30;Olle\n"
                + "A2;Registrera;2024-03-02 10:00;Eva\n");
    EventLog log = r.log();
    assertThat(log.cases()).isEqualTo(2);
    assertThat(log.activityNames()).containsExactly("Registrera", "Granska");
    assertThat(log.resourceNames()).containsExactly("Eva", "Olle");
    assertThat(log.time(1) - log.time(0)).isEqualTo(90 * 60_000L);
  }

  @Test
  void detectsPm4pyStyleColumns() throws Exception {
    ImportResult r =
        read(
            "case:concept:name,concept:name,time:timestamp,org:resource,lifecycle:transition\n"
                + "1,a,2020-01-01T10:00:00+01:00,r,start\n"
                + "1,a,2020-01-01T11:00:00+01:00,r,complete\n");
    assertThat(r.log().events()).isEqualTo(2);
    assertThat(Instant.ofEpochMilli(r.log().time(0)))
        .isEqualTo(Instant.parse("2020-01-01T09:00:00Z"));
    assertThat(r.log().lifecycleNames()).contains("start", "complete");
  }

  @Test
  void explicitMappingByNameOrNumber() throws Exception {
    Path f =
        Logs.write(
            dir,
            "m.csv",
            "när,vem,vad,id\n01/02/2024 10:00,Eva,Skicka,7\n02/02/2024 10:00,Eva,Ta emot,7\n");
    ImportOptions o =
        ImportOptions.DEFAULT.withColumns(new ColumnMapping("4", "vad", "när", "vem", ""));
    EventLog log = EventLogs.read(f, o).log();
    assertThat(log.caseId(0)).isEqualTo("7");
    assertThat(log.activityNames()).containsExactly("Skicka", "Ta emot");
    // Day first: 1 February to 2 February.
    assertThat(log.time(1) - log.time(0)).isEqualTo(86_400_000L);
  }

  @Test
  void monthFirstWhenDayFirstCannotBe() throws Exception {
    ImportResult r = read("case,activity,timestamp\n1,a,12/31/2023 23:00\n1,b,01/01/2024 01:00\n");
    assertThat(r.log().time(1) - r.log().time(0)).isEqualTo(2 * 3_600_000L);
  }

  @Test
  void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() throws Exception {
    ImportResult r =
        read(
            "case,activity,timestamp\n"
                + "1,\"Check, then \"\"approve\"\"\",2020-01-01T00:00:00Z\n"
                + "1,\"two\nlines\",2020-01-01T00:01:00Z\n");
    assertThat(r.log().activityNames()).containsExactly("Check, then \"approve\"", "two\nlines");
  }

  @Test
  void raggedRowsAreSkippedWithTheirLine() throws Exception {
    ImportResult r =
        read(
            "case,activity,timestamp\n"
                + "1,a,2020-01-01T00:00:00Z\n"
                + "1,b\n"
                + "1,c,2020-01-01T00:02:00Z,extra\n"
                + "1,d,2020-01-01T00:03:00Z\n");
    assertThat(r.log().events()).isEqualTo(2);
    assertThat(r.skipped()).isEqualTo(2);
    assertThat(r.problems()).extracting(Problem::code).containsExactly("ragged-row", "ragged-row");
    assertThat(r.problems()).extracting(p -> p.location().line()).containsExactly(3, 4);
    assertThat(r.problems().get(0).headline())
        .endsWith(
            "log.csv:3:1: warning[ragged-row]: the row has 2 fields, the header 3; row skipped");
  }

  @Test
  void badTimestampIsLocatedAtItsField() throws Exception {
    ImportResult r =
        read(
            "case,activity,timestamp\n"
                + "1,a,2020-01-01T00:00:00Z\n"
                + "1,b,2020-13-45T99:00:00Z\n"
                + "1,c,2020-01-01T00:02:00Z\n");
    assertThat(r.log().events()).isEqualTo(2);
    Problem p = r.problems().get(0);
    assertThat(p.code()).isEqualTo("bad-timestamp");
    assertThat(p.location().line()).isEqualTo(3);
    assertThat(p.location().column()).isEqualTo(5);
  }

  @Test
  void strictStopsAtTheFirstBadRow() throws Exception {
    Path f =
        Logs.write(
            dir, "s.csv", "case,activity,timestamp\n1,a,2020-01-01T00:00:00Z\n1,b,yesterday\n");
    LogImportException e = Logs.failure(f, ImportOptions.DEFAULT.withStrict(true));
    assertThat(e.problem().code()).isEqualTo("bad-timestamp");
    assertThat(e.problem().isError()).isTrue();
    assertThat(e.problem().location().line()).isEqualTo(3);
  }

  @Test
  void manyBadRowsShowTheFirstTenThenACount() throws Exception {
    StringBuilder s = new StringBuilder("case,activity,timestamp\n1,a,2020-01-01T00:00:00Z\n");
    for (int i = 0; i < 25; i++) {
      s.append("1,b,never\n");
    }
    ImportResult r = read(s.toString());
    assertThat(r.skipped()).isEqualTo(25);
    assertThat(r.problems()).hasSize(11);
    assertThat(r.problems().get(10).code()).isEqualTo("more-bad-rows");
    assertThat(r.problems().get(10).message()).startsWith("15 more");
  }

  @Test
  void unreadableTimestampsNameTheOption() throws Exception {
    Path f = Logs.write(dir, "t.csv", "case,activity,timestamp\n1,a,soon\n1,b,later\n");
    LogImportException e = Logs.failure(f, ImportOptions.DEFAULT);
    assertThat(e.problem().code()).isEqualTo("unknown-timestamp-format");
    assertThat(e.problem().hint()).contains("--timestamp-format");
  }

  /** A spreadsheet's "CSV" in Windows-1252: the first non-UTF-8 byte is located, not misread. */
  @Test
  void aCsvThatIsNotUtf8IsLocated() throws Exception {
    Path f = dir.resolve("latin1.csv");
    java.nio.file.Files.write(
        f,
        "case,activity,timestamp\n1,Registrera,2024-07-01T12:00:00Z\n1,Granska ärendet,2024-07-01T13:00:00Z\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    LogImportException e = Logs.failure(f, ImportOptions.DEFAULT);
    assertThat(e.problem().code()).isEqualTo("csv-not-utf8");
    // "ä" is the 9th character of the activity, which starts at column 3 of line 3
    assertThat(e.problem().location().line()).isEqualTo(3);
    assertThat(e.problem().location().column()).isEqualTo(11);
    assertThat(e.problem().hint()).contains("CSV UTF-8");
    // the same text in UTF-8 reads
    Path ok =
        Logs.write(
            dir, "utf8.csv", "case,activity,timestamp\n1,Granska ärendet,2024-07-01T13:00:00Z\n");
    assertThat(EventLogs.read(ok, ImportOptions.DEFAULT).log().activityNames())
        .containsExactly("Granska ärendet");
  }

  @Test
  void missingColumnSaysWhichOptionToUse() throws Exception {
    Path f = Logs.write(dir, "c.csv", "x,y,z\n1,2,3\n");
    LogImportException e = Logs.failure(f, ImportOptions.DEFAULT);
    assertThat(e.problem().code()).isEqualTo("missing-column");
    assertThat(e.problem().hint()).isEqualTo("name the case column with --case COLUMN");
  }

  @Test
  void timeZoneAppliesToTimestampsWithoutOffset() throws Exception {
    Path f = Logs.write(dir, "z.csv", "case,activity,timestamp\n1,a,2024-07-01 12:00:00\n");
    EventLog log =
        EventLogs.read(f, ImportOptions.DEFAULT.withZone(java.time.ZoneId.of("Europe/Stockholm")))
            .log();
    assertThat(Instant.ofEpochMilli(log.time(0))).isEqualTo(Instant.parse("2024-07-01T10:00:00Z"));
  }
}
