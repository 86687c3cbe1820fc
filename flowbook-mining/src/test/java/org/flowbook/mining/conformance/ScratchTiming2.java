package org.flowbook.mining.conformance;

import org.flowbook.mining.TestLogs;
import org.flowbook.mining.petri.PnmlReader;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;

class ScratchTiming2 {
  @Test
  void time() throws Exception {
    for (String pair : System.getProperty("pairs", "Sepsis_im").split(",")) {
      var net = PnmlReader.read(SharedData.require("models/" + pair + ".pnml"));
      String log = pair.substring(0, pair.lastIndexOf('_'));
      var v = TestLogs.sharedCsv(log + ".csv");
      long t0 = System.nanoTime();
      var r = Alignments.of(net).check(v, Progress.NONE);
      System.err.printf("%s: %.3f s fit=%.6f avg=%.6f pct=%.4f unaligned=%d%n", pair, (System.nanoTime() - t0) / 1e9, r.logFitness(), r.averageTraceFitness(), r.percentFittingTraces(), r.unaligned());
    }
  }
}
