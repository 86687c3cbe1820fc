package org.flowbook.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.Decision;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessFormatter;
import org.junit.jupiter.api.Test;

/** Step lists as coordinators keep them in Excel and CSV, Swedish and English. */
class StepListImportTest {
  static final String SWEDISH =
      """
      Steg;Titel;Roll;Nästa;Villkor;Arbetstid;System
      1;Ta emot ärendet;Kundtjänst;2;;5;CRM
      2;Bedöm ärendet;Handläggare;3, 4;enkelt, komplicerat;15 min;CRM
      3;Besvara kunden;Kundtjänst;slut;;10;E-post
      4;Utred;Specialist;3;;2 h;
      """;

  private static BpmnImport csv(String text) {
    return Capture.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "arenden.csv",
        Capture.Format.CSV,
        "Ärenden");
  }

  @Test
  void aSwedishListBecomesASwedishProcessWithRolesBranchesAndTimes() {
    BpmnImport r = csv(SWEDISH);
    assertThat(r.hasErrors()).as("%s", r.problems()).isFalse();
    Process p = r.processes().get(0);
    assertThat(p.language()).isEqualTo(Language.SV);
    assertThat(r.organization().roles())
        .extracting(x -> x.name())
        .containsExactly("Kundtjänst", "Handläggare", "Specialist");
    Decision assess = (Decision) p.step("2").orElseThrow();
    assertThat(assess.title()).isEqualTo("Bedöm ärendet");
    assertThat(assess.performer()).isEqualTo("Handläggare");
    assertThat(assess.task().workTime()).isEqualTo(Duration.ofMinutes(15));
    assertThat(p.outgoing("2")).extracting(f -> f.label()).containsExactly("enkelt", "komplicerat");
    assertThat(p.step("4").orElseThrow().task().workTime()).isEqualTo(Duration.ofHours(2));
    assertThat(p.step("1").orElseThrow().task().systems()).containsExactly("CRM");
    String flow = ProcessFormatter.format(p);
    assertThat(flow).contains("2. Bedöm ärendet   [Handläggare]").contains("- enkelt -> 3");
  }

  @Test
  void branchesMayBeWrittenOneRowEach() {
    BpmnImport r =
        csv(
            """
            Step,Title,Role,Next,Condition
            1,Review application,Officer,2,approved
            1,,,3,rejected
            2,Send decision,Officer,end,
            3,Explain refusal,Officer,end,
            """);
    Process p = r.processes().get(0);
    assertThat(p.language()).isEqualTo(Language.EN);
    assertThat(p.outgoing("1")).extracting(f -> f.label()).containsExactly("approved", "rejected");
    assertThat(p.steps().stream().filter(s -> s.isWork())).hasSize(3);
  }

  @Test
  void withoutANextColumnTheRowsFollowEachOther() {
    BpmnImport r =
        csv("Aktivitet;Roll\nTa emot;Reception\nRegistrera;Registrator\nArkivera;Registrator\n");
    Process p = r.processes().get(0);
    assertThat(p.outgoing("1")).extracting(f -> f.to()).containsExactly("2");
    assertThat(p.outgoing("2")).extracting(f -> f.to()).containsExactly("3");
  }

  @Test
  void unknownColumnsAndStepsAreWarnedAtTheirCell() {
    BpmnImport r = csv("Steg;Titel;Rolll;Nästa\n1;Ta emot;Kundtjänst;7\n");
    Problem column =
        r.problems().stream()
            .filter(x -> x.code().equals("table-unknown-column"))
            .findFirst()
            .orElseThrow();
    assertThat(column.location().line()).isEqualTo(1);
    assertThat(column.location().column()).isEqualTo(3);
    assertThat(column.hint()).contains("roll");
    Problem next =
        r.problems().stream()
            .filter(x -> x.code().equals("table-unknown-next"))
            .findFirst()
            .orElseThrow();
    assertThat(next.location().line()).isEqualTo(2);
    assertThat(next.location().column()).isEqualTo(4);
  }

  @Test
  void aListWithoutTitlesIsRefusedWithTheColumnsItKnows() {
    BpmnImport r = csv("A;B\n1;2\n");
    assertThat(r.problems()).anyMatch(p -> p.code().equals("table-no-title") && p.isError());
  }

  @Test
  void anExcelWorkbookIsReadLikeTheCsv() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XSSFSheet sheet = book.createSheet("Steg");
      String[][] rows = SWEDISH.lines().map(l -> l.split(";", -1)).toArray(String[][]::new);
      for (int i = 0; i < rows.length; i++) {
        var row = sheet.createRow(i + 2); // two empty rows above the header, as people do
        for (int c = 0; c < rows[i].length; c++) {
          if (i > 0 && c == 5 && rows[i][c].matches("\\d+")) {
            row.createCell(c).setCellValue(Integer.parseInt(rows[i][c])); // minutes as numbers
          } else {
            row.createCell(c).setCellValue(rows[i][c]);
          }
        }
      }
      book.write(bytes);
    }
    BpmnImport x =
        Capture.read(
            new ByteArrayInputStream(bytes.toByteArray()),
            "arenden.xlsx",
            Capture.Format.XLSX,
            "Ärenden");
    BpmnImport c = csv(SWEDISH);
    assertThat(ProcessFormatter.format(x.processes().get(0)))
        .isEqualTo(ProcessFormatter.format(c.processes().get(0)));
    Problem located =
        Capture.read(
                new ByteArrayInputStream(bytes.toByteArray()), "a.xlsx", Capture.Format.XLSX, "A")
            .problems()
            .stream()
            .findFirst()
            .orElse(null);
    assertThat(located).isNull();
  }
}
