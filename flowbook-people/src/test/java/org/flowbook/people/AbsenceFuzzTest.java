package org.flowbook.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Set;
import org.flowbook.model.Problem;
import org.flowbook.notation.SourceText;
import org.flowbook.people.absence.AbsenceCsv;
import org.flowbook.people.absence.AbsenceFile;
import org.flowbook.people.absence.AbsenceImport;
import org.flowbook.people.absence.IcsReader;

/**
 * Jazzer fuzz targets for the absence readers. Under {@code mvn verify} they replay the saved
 * inputs in {@code src/test/resources/org/flowbook/people/AbsenceFuzzTestInputs/}; to fuzz for real
 * run {@code JAZZER_FUZZ=1 mvn -pl flowbook-people -am test -Dtest=AbsenceFuzzTest}.
 */
class AbsenceFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void icsNeverThrows(byte[] input) {
    AbsenceImport r =
        IcsReader.read("fuzz.ics", input, Set.of("anna berg"), LocalDate.of(2030, 1, 1));
    allOrNothing(r);
    assertThat(r.absences().size()).isLessThanOrEqualTo(IcsReader.MAX_OCCURRENCES + 1);
  }

  @FuzzTest(maxDuration = "60s")
  void absenceFileNeverThrows(byte[] input) {
    AbsenceFile.Document doc = AbsenceFile.parse(SourceText.decode("frånvaro.flow", input));
    allOrNothing(doc.result());
    if (!doc.result().hasErrors()) {
      String once = AbsenceFile.format(doc);
      AbsenceFile.Document again =
          AbsenceFile.parse(
              SourceText.decode(
                  "frånvaro.flow", once.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(
              again.result().absences().stream().map(a -> a.person() + a.from() + a.to()).toList())
          .isEqualTo(
              doc.result().absences().stream().map(a -> a.person() + a.from() + a.to()).toList());
      assertThat(AbsenceFile.format(again)).isEqualTo(once);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void absenceCsvNeverThrows(byte[] input) {
    allOrNothing(AbsenceCsv.parse(SourceText.decode("frånvaro.csv", input)));
  }

  private static void allOrNothing(AbsenceImport r) {
    if (r.problems().stream().anyMatch(Problem::isError)) {
      assertThat(r.absences()).as("nothing is half-imported").isEmpty();
    }
  }
}
