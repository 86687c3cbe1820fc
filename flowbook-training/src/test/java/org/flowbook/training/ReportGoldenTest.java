package org.flowbook.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.testkit.Golden;
import org.flowbook.training.curriculum.Curricula;
import org.flowbook.training.impact.TrainingImpact;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.report.CurriculumReport;
import org.flowbook.training.report.ImpactReport;
import org.flowbook.training.report.MatrixReport;
import org.flowbook.training.report.MatrixXlsx;
import org.flowbook.training.status.MatrixBuilder;
import org.flowbook.training.status.TrainingMatrix;
import org.flowbook.training.version.ProcessVersion;
import org.flowbook.training.version.Versions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goldens of every report for the hand-made workspace: one of each status, both languages. */
class ReportGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/golden");

  @TempDir Path dir;

  private TrainingMatrix matrix() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v2 = Fixtures.edit("2", "- Kontrollera budgeten.", "- Kontrollera budgeten <noga>.");
    Versions v = Versions.current(ws).then(ProcessVersion.labelled(v2));
    return new MatrixBuilder(ws, v)
        .build(
            List.of(
                // Current: nothing Bo does changed.
                TrainingRecord.of("Bo Ek", "inkop", "1", LocalDate.of(2027, 2, 1), "=Anna \"A\""),
                // Stale: step 2 is Emma's.
                TrainingRecord.of("Emma Strand", "inkop", "1", LocalDate.of(2027, 2, 1), "Anna"),
                // Expired: Inköpare's training is valid 12 months.
                TrainingRecord.of("Oskar Nyberg", "inkop", "2", LocalDate.of(2026, 1, 5), "Anna")),
            LocalDate.of(2027, 6, 1));
  }

  @Test
  void matrixInEveryFormat() {
    TrainingMatrix m = matrix();
    Golden.assertMatches(DIR.resolve("matrix-sv.txt"), MatrixReport.text(m, Language.SV));
    Golden.assertMatches(DIR.resolve("matrix-en.txt"), MatrixReport.text(m, Language.EN));
    Golden.assertMatches(DIR.resolve("matrix-sv.csv"), MatrixReport.csv(m, Language.SV));
    Golden.assertMatches(DIR.resolve("matrix.json"), MatrixReport.json(m));
    Golden.assertMatches(DIR.resolve("matrix-en.html"), MatrixReport.html(m, Language.EN));
    assertThat(MatrixReport.summary(m, Language.SV))
        .isEqualTo("1 aktuella, 1 inaktuella, 1 utgångna, 1 saknas");
  }

  @Test
  void xlsxHoldsTheSameCellsAsText() throws Exception {
    TrainingMatrix m = matrix();
    try (Workbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(MatrixXlsx.write(m, Language.SV)))) {
      var grid = wb.getSheetAt(0);
      assertThat(grid.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Inköp");
      assertThat(grid.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bo Ek");
      assertThat(grid.getRow(1).getCell(1).getStringCellValue()).isEqualTo("aktuell");
      assertThat(grid.getRow(2).getCell(1).getStringCellValue()).isEqualTo("inaktuell");
      assertThat(grid.getRow(3).getCell(1).getStringCellValue()).isEqualTo("utgången");
      assertThat(grid.getRow(4).getCell(1).getStringCellValue()).isEqualTo("saknas");
      var list = wb.getSheetAt(1);
      assertThat(list.getLastRowNum()).isEqualTo(4);
      // A trainer named like a formula stays text.
      assertThat(list.getRow(1).getCell(7).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(list.getRow(1).getCell(7).getStringCellValue()).isEqualTo("=Anna \"A\"");
    }
  }

  @Test
  void curriculumInEveryFormat() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    var c = Curricula.of(ws, "Inköpare");
    Golden.assertMatches(DIR.resolve("curriculum-sv.txt"), CurriculumReport.text(c, Language.SV));
    Golden.assertMatches(DIR.resolve("curriculum-en.txt"), CurriculumReport.text(c, Language.EN));
    Golden.assertMatches(DIR.resolve("curriculum.json"), CurriculumReport.json(c));
    Golden.assertMatches(DIR.resolve("curriculum-sv.html"), CurriculumReport.html(c, Language.SV));
  }

  @Test
  void impactAsTextAndJson() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v1 = ws.process("inkop").orElseThrow();
    Process v2 = Fixtures.edit("2", "- Kontrollera budgeten.", "- Kontrollera budgeten noga.");
    TrainingImpact ti = TrainingImpact.of(ws, v1, v2);
    Golden.assertMatches(
        DIR.resolve("impact-sv.txt"),
        ImpactReport.text(ti, ws.organization(), v1, v2, Language.SV));
    Golden.assertMatches(
        DIR.resolve("impact-en.txt"),
        ImpactReport.text(ti, ws.organization(), v1, v2, Language.EN));
    Golden.assertMatches(DIR.resolve("impact.json"), ImpactReport.json(ti, v1, v2));
  }
}
