package org.flowbook.mining.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.csv.CsvReader;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.PnmlException;
import org.flowbook.mining.petri.PnmlReader;

/**
 * Jazzer fuzz targets for the other readers of user files: CSV event logs and PNML Petri nets.
 * Whatever the bytes, they give a result or a located problem — never another exception, a hang or
 * a log without events. Under {@code mvn verify} the saved inputs in {@code
 * src/test/resources/org/flowbook/mining/fuzz/InputFuzzTestInputs/} are replayed; to fuzz for real
 * run {@code JAZZER_FUZZ=1 mvn -pl flowbook-mining -am test -Dtest=InputFuzzTest} and commit any
 * input it finds there as a regression case.
 */
class InputFuzzTest {
  private static Path scratch;

  private static synchronized Path scratch() throws IOException {
    if (scratch == null) {
      scratch = Files.createTempFile("flowbook-fuzz", ".csv");
      scratch.toFile().deleteOnExit();
    }
    return scratch;
  }

  @FuzzTest(maxDuration = "60s")
  void csvGivesALogOrAProblem(byte[] input) throws IOException {
    Path file = scratch();
    Files.write(file, input);
    try {
      ImportResult r = new CsvReader().read(file, ImportOptions.DEFAULT);
      assertThat(r.log().events()).isPositive();
      assertThat(r.log().cases()).isPositive();
    } catch (LogImportException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problem().message()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "60s")
  void pnmlGivesANetOrAProblem(byte[] input) {
    try {
      PetriNet net = PnmlReader.read(new ByteArrayInputStream(input));
      assertThat(net.transitions().size()).isLessThanOrEqualTo(PnmlReader.MAX_NODES);
    } catch (PnmlException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
