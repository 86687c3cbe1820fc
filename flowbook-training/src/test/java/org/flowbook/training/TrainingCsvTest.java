package org.flowbook.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.flowbook.model.Problem;
import org.flowbook.notation.SourceText;
import org.flowbook.training.record.RecordImport;
import org.flowbook.training.record.TrainingCsv;
import org.flowbook.training.record.TrainingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Training records as CSV: both languages' headers, located errors, nothing half-imported. */
class TrainingCsvTest {

  private static RecordImport parse(String text) {
    return TrainingCsv.parse(
        SourceText.decode("utbildning.csv", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsSwedishHeadersWithOptionalStepAndValidity() {
    RecordImport r =
        parse(
            """
            person;process;steg;version;datum;utbildare;giltig
            Emma Strand;purchase-approval;;3.1;2026-09-14;Maria Sandberg;
            Oskar Nyberg;purchase-approval;4;3.1;2026-09-15;Maria Sandberg;6 mån
            """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.records()).hasSize(2);
    TrainingRecord oskar = r.records().get(1);
    assertThat(oskar.stepId()).isEqualTo("4");
    assertThat(oskar.validFor()).isEqualTo(Period.ofMonths(6));
    assertThat(oskar.date()).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(oskar.at().line()).isEqualTo(3);
    assertThat(r.records().get(0).isForStep()).isFalse();
  }

  @Test
  void readsEnglishHeadersInAnyOrderWithCommas() {
    RecordImport r =
        parse(
            """
            date,trainer,name,version,process
            2026-09-14,"Sandberg, Maria",Emma Strand,3.1,purchase-approval
            """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.records().get(0).trainer()).isEqualTo("Sandberg, Maria");
    assertThat(r.records().get(0).person()).isEqualTo("Emma Strand");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Emma;p;1;2026-13-01;Maria | 2 | not a date",
        "Emma;p;1;2999-01-01;Maria | 2 | in the future",
        "Emma;p;;2026-01-01;Maria | 2 | no version",
        ";p;1;2026-01-01; | 2 | no person, trainer",
        "Emma;p;1;2026-01-01;Maria;x | 2 | 6 fields",
      })
  void errorsNameTheirLineAndDropEveryRecord(String row, int line, String message) {
    RecordImport r =
        parse("person;process;version;datum;utbildare\nBo;p;1;2026-01-01;Maria\n" + row + "\n");
    Problem p = r.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    assertThat(p.location().line()).isEqualTo(line + 1);
    assertThat(p.message()).contains(message);
    assertThat(r.records()).as("nothing is half-imported").isEmpty();
  }

  @Test
  void aBadValidityIsAnError() {
    RecordImport r =
        parse("person;process;version;datum;utbildare;giltig\nBo;p;1;2026-01-01;Maria;snart\n");
    assertThat(r.problems()).extracting(Problem::message).anyMatch(m -> m.contains("'snart'"));
  }

  @Test
  void aMissingColumnNamesTheAcceptedHeaders() {
    RecordImport r = parse("person;process;version;datum\nBo;p;1;2026-01-01\n");
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("csv-missing-column");
              assertThat(p.hint()).contains("utbildare").contains("trainer");
            });
  }

  @Test
  void anOverLongFieldIsRefused() {
    RecordImport r =
        parse("person;process;version;datum;utbildare\n" + "x".repeat(600) + ";p;1;2026-01-01;M\n");
    assertThat(r.problems()).extracting(Problem::code).containsExactly("bad-training-record");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.csv");
    try (var ch =
        java.nio.channels.FileChannel.open(
            big, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), SourceText.MAX_BYTES + 10L);
    }
    RecordImport r = TrainingCsv.read(big, "big.csv");
    assertThat(r.problems()).extracting(Problem::code).containsExactly("file-too-large");
    assertThat(Files.size(big)).isGreaterThan(SourceText.MAX_BYTES);
  }

  @Test
  void writtenRecordsReadBackUnchanged() {
    var records =
        java.util.List.of(
            new TrainingRecord(
                "Anna \"Ann\" Berg",
                "p",
                "2b",
                "3.1",
                LocalDate.of(2026, 5, 4),
                "Lind; Erik",
                Period.ofYears(2),
                org.flowbook.model.SourceLocation.UNKNOWN),
            TrainingRecord.of("Bo", "q", "1", LocalDate.of(2026, 1, 2), "M"));
    for (boolean sv : new boolean[] {true, false}) {
      RecordImport r = parse(TrainingCsv.write(records, sv));
      assertThat(r.problems()).isEmpty();
      assertThat(r.records())
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("at")
          .isEqualTo(records);
    }
  }

  /** training3: `flowbook check` tells record files from event logs and absence lists. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "person;process;steg;version;datum;utbildare;giltig|true",
        "\"Name\",\"Process\",\"Version\",\"Date\",\"Trainer\"|true",
        "date,trainer,name,version,process|true",
        "case;activity;timestamp;resource|false",
        "person;från;till|false",
        "person;process;version;datum|false",
        "|false"
      })
  void aRecordFileIsKnownByItsHeader(String header, boolean records) {
    assertThat(TrainingCsv.isRecordHeader(header == null ? "" : header)).isEqualTo(records);
  }

  /** training3: for check, the good rows come back beside the bad rows' problems. */
  @Test
  void parseRowsKeepsTheGoodRows() {
    SourceText src =
        SourceText.of(
            "u.csv",
            "person;process;version;datum;utbildare\n"
                + "Emma Strand;inkop;1;2026-01-10;Maria\n"
                + "Oskar Nyberg;inkop;1;2026-02-31;Maria\n");
    RecordImport rows = TrainingCsv.parseRows(src);
    assertThat(rows.records()).extracting(TrainingRecord::person).containsExactly("Emma Strand");
    assertThat(rows.problems())
        .extracting(Problem::code, p -> p.location().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("bad-training-record", 3));
    assertThat(TrainingCsv.parse(src).records()).isEmpty();
  }
}
