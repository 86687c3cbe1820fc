package org.flowbook.mining.conformance;

import org.flowbook.mining.TestLogs;
import org.flowbook.mining.petri.*;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;

class ScratchTiming {
  @Test
  void time() throws Exception {
    String pair = System.getProperty("pair", "Sepsis_im");
    var net = PnmlReader.read(SharedData.require("models/" + pair + ".pnml"));
    String log = pair.substring(0, pair.lastIndexOf('_'));
    var v = TestLogs.sharedCsv(log + ".csv");
    var labels = net.labels();
    int[] labelOf = new int[net.transitions().size()];
    for (int t = 0; t < labelOf.length; t++) labelOf[t] = net.transitions().get(t).isInvisible() ? -1 : labels.indexOf(net.transitions().get(t).label());
    var space = new MarkingSpace(new NetStructure(net), labelOf);
    var st = new NetStructure(net);
    var s = new AlignmentSearch(space, new MarkingEquation(st, labelOf, labels.size(), net.fin().toArray()), labels.size(), labelOf, net.initial().toArray(), net.fin().toArray());
    int[] toLabel = ActivityMatcher.byName().indexes(v.activities(), labels);
    long total = System.nanoTime();
    for (int i = 0; i < Math.min(v.traces().size(), Integer.getInteger("n", 60)); i++) {
      int[] tr = v.traces().get(i);
      int[] m = new int[tr.length];
      for (int k = 0; k < tr.length; k++) m[k] = toLabel[tr[k]];
      long t0 = System.nanoTime();
      var r = s.align(m, 2_000_000);
      System.err.printf("v%d len=%d cost=%s states=%d markings=%d %.1f ms%n", i, tr.length, r.map(AlignedTrace::cost).orElse(-1), s.lastStates, space.size(), (System.nanoTime() - t0) / 1e6);
    }
    System.err.printf("total %.2f s%n", (System.nanoTime() - total) / 1e9);
  }
}
