package org.flowbook.mining.discovery;

import java.util.TreeSet;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.PnmlReader;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  @Test
  void debug() throws Exception {
    String name = System.getProperty("log", "roadtraffic100traces");
    String model = System.getProperty("model", "im");
    TraceVariants log = TestLogs.sharedCsv(name + ".csv");
    ProcessTree tree = InductiveMiner.discover(log, model.equals("im") ? 0 : 0.2);
    System.out.println(ProcessTree.format(tree));
    PetriNet ours = TreeToPetriNet.convert(tree);
    PetriNet theirs = PnmlReader.read(SharedData.require("models/" + name + "_" + model + ".pnml"));
    NetFootprint a = NetFootprint.of(ours, 300000).orElseThrow();
    NetFootprint b = NetFootprint.of(theirs, 300000).orElseThrow();
    for (String[] k : new String[][] {{"follows"}, {"starts"}, {"ends"}}) {
      TreeSet<String> x = new TreeSet<>(k[0].equals("follows") ? a.follows() : k[0].equals("starts") ? a.starts() : a.ends());
      TreeSet<String> y = new TreeSet<>(k[0].equals("follows") ? b.follows() : k[0].equals("starts") ? b.starts() : b.ends());
      TreeSet<String> onlyX = new TreeSet<>(x); onlyX.removeAll(y);
      TreeSet<String> onlyY = new TreeSet<>(y); onlyY.removeAll(x);
      System.out.println(k[0] + " ours-only " + onlyX);
      System.out.println(k[0] + " pm4py-only " + onlyY);
    }
  }
}
