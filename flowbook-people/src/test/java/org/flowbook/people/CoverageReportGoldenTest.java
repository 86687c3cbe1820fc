package org.flowbook.people;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.coverage.CoverageAnalyzer;
import org.flowbook.people.coverage.CoverageReport;
import org.flowbook.people.coverage.Granularity;
import org.flowbook.people.coverage.StandInTraining;
import org.flowbook.people.report.CoverageJson;
import org.flowbook.people.report.CoverageTextReport;
import org.flowbook.testkit.Golden;
import org.flowbook.training.record.TrainingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files of the text and JSON reports for a small hand-made summer: two assistants and a
 * deputy across overlapping absences, a loop between two single-person roles, midsummer, and the
 * stand-ins checked against one training record.
 */
class CoverageReportGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden");

  @Test
  void textAndJson(@TempDir Path dir) {
    Workspace ws =
        Fixtures.workspace(
            dir,
            """
            organisation: Test AB
            språk: sv

            roll: Ekonomiassistent
              timmar: 40 per vecka
              ersättare: Ekonomichef

            roll: Ekonomichef
              ersättare: Ekonomidirektör

            roll: Ekonomidirektör
              ersättare: Ekonomichef

            person: Anna Berg
              roller: Ekonomiassistent

            person: Bo Ek
              roller: Ekonomiassistent
              omfattning: 50 %

            person: Cecilia Lind
              roller: Ekonomichef

            person: Dan Holm
              roller: Ekonomidirektör
            """,
            """
            process: Leverantörsfakturor
            id: lev
            version: 1.0
            volym: 150 per månad

            1. Registrera fakturan   [Ekonomiassistent]   arbete 1 h
            2. Attestera   [Ekonomichef]   arbete 5 min
            3. Godkänn stora belopp   [Ekonomidirektör]   arbete 5 min
            """);
    CoverageReport r =
        new CoverageAnalyzer(
                ws,
                Fixtures.away(
                    "Anna Berg 2027-06-21 2027-07-02",
                    "Bo Ek 2027-06-28 2027-07-09",
                    "Cecilia Lind 2027-07-05 2027-07-16",
                    "Dan Holm 2027-07-12 2027-07-23"),
                WorkCalendar.swedish())
            .analyze(LocalDate.of(2027, 6, 21), LocalDate.of(2027, 7, 25), Granularity.WEEK);
    // Cecilia is trained on the process; Dan, who stands in for her, is not.
    r =
        StandInTraining.check(
            r,
            ws,
            List.of(
                TrainingRecord.of("Cecilia Lind", "lev", "1.0", LocalDate.of(2027, 1, 11), "Eva")));
    Golden.assertMatches(
        DIR.resolve("cover-sv.txt"), CoverageTextReport.write(r, Language.SV, true));
    Golden.assertMatches(
        DIR.resolve("cover-en.txt"), CoverageTextReport.write(r, Language.EN, true));
    Golden.assertMatches(DIR.resolve("cover.json"), CoverageJson.write(r, true));
  }
}
