package org.flowbook.mining.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.mining.Reference;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.conformance.TokenReplay;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.PnmlReader;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Flowbook's IM and IMf nets on the shared logs held against PM4Py's nets of the same logs. */
class DiscoveryReferenceTest {
  static List<Arguments> logs() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode r : Reference.canonical()) {
      String name = r.get("name").asText();
      if (r.path("model_im").isObject() && !name.endsWith("_x2")) {
        out.add(Arguments.of(name, r));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("logs")
  void comparesWithPm4py(String name, JsonNode ref) throws Exception {
    TraceVariants log = TestLogs.sharedCsv(name + ".csv");
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d ", name, log.activities().size()));
    for (String model : List.of("im", "imf02")) {
      double noise = model.equals("im") ? 0 : 0.2;
      long t0 = System.nanoTime();
      ProcessTree tree = InductiveMiner.discover(log, noise);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      PetriNet ours = TreeToPetriNet.convert(tree);
      PetriNet theirs = PnmlReader.read(SharedData.require("models/" + name + "_" + model + ".pnml"));
      Optional<NetFootprint> fo = NetFootprint.of(ours, 300_000);
      Optional<NetFootprint> ft = NetFootprint.of(theirs, 300_000);
      String agree =
          fo.isPresent() && ft.isPresent()
              ? String.format(Locale.ROOT, "%.3f", fo.get().agreement(ft.get()))
              : "n/a";
      double tbr = TokenReplay.of(ours).replay(log).logFitness();
      row.append(
          String.format(
              Locale.ROOT,
              "| %d/%d vs %d/%d | %s | %.4f vs %.4f | %d ms ",
              ours.labels().size(),
              ours.invisibleCount(),
              theirs.labels().size(),
              theirs.invisibleCount(),
              agree,
              tbr,
              ref.path("tbr_" + model).path("log_fitness").asDouble(),
              ms));
    }
    System.out.println(row + "|");
  }
}
