package org.flowbook.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.flowbook.model.Problem;
import org.flowbook.notation.SourceText;
import org.flowbook.training.record.RecordImport;
import org.flowbook.training.record.TrainingCsv;

/**
 * Jazzer fuzz target for the training-record reader. Under {@code mvn verify} it replays the saved
 * inputs in {@code src/test/resources/org/flowbook/training/TrainingFuzzTestInputs/}; to fuzz for
 * real run {@code JAZZER_FUZZ=1 mvn -pl flowbook-training -am test -Dtest=TrainingFuzzTest}.
 */
class TrainingFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void recordCsvNeverThrows(byte[] input) {
    RecordImport r = TrainingCsv.parse(SourceText.decode("utbildning.csv", input));
    if (r.problems().stream().anyMatch(Problem::isError)) {
      assertThat(r.records()).as("nothing is half-imported").isEmpty();
    }
    for (var rec : r.records()) {
      assertThat(rec.person()).isNotBlank();
      assertThat(rec.trainer()).isNotBlank();
    }
  }
}
