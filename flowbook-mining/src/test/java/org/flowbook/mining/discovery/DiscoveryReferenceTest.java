package org.flowbook.mining.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Flowbook's IM and IMf models of the shared logs held against PM4Py's nets of the same logs
 * ({@code models/<log>_im.pnml}, {@code _imf02.pnml}): the same activities, and the same
 * directly-follows footprint of the language (which activity can directly follow which, which can
 * start and end a case), a comparison that does not depend on how each tool lays out its silent
 * transitions. Prints one table row per log (token replay of both nets for information).
 */
class DiscoveryReferenceTest {
  /**
   * IMf footprints that differ from PM4Py's, with the agreement reached. Main cause (confirmed by
   * imitating it, which brings BPIC 2012 to 1.0 and the same token replay fitness 0.9994): PM4Py's
   * parallel split stores each projected trace with the count of the last variant that projects to
   * it instead of the sum, so frequent empty parts can look rare and be filtered away. Further,
   * PM4Py's choice among tied groups follows set-iteration order (REFERENCE.md: its IMf nets vary
   * between runs).
   */
  private static final Map<String, Double> IMF_KNOWN =
      Map.of(
          "08_receipt", 0.93,
          "Sepsis", 0.74,
          "BPI_2020_PrepaidTravelCost", 0.98,
          "BPI_2020_InternationalDeclarations", 0.91,
          "bpic2012", 0.90);

  /** Too many reachable markings to explore (PM4Py's IM net: 97 silent transitions). */
  private static final String TOO_LARGE = "BPI_2020_InternationalDeclarations";

  private static final int MAX_STATES = 300_000;

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
  void footprintMatchesPm4py(String name, JsonNode ref) throws Exception {
    TraceVariants log = TestLogs.sharedCsv(name + ".csv");
    StringBuilder row = new StringBuilder("| " + name + " ");
    for (String model : List.of("im", "imf02")) {
      boolean im = model.equals("im");
      PetriNet ours = TreeToPetriNet.convert(InductiveMiner.discover(log, im ? 0 : 0.2));
      PetriNet theirs =
          PnmlReader.read(SharedData.require("models/" + name + "_" + model + ".pnml"));
      Optional<NetFootprint> mine = NetFootprint.of(ours, MAX_STATES);
      Optional<NetFootprint> pm4py = NetFootprint.of(theirs, MAX_STATES);
      double agreement =
          mine.isPresent() && pm4py.isPresent() ? mine.get().agreement(pm4py.get()) : Double.NaN;
      row.append(
          String.format(
              Locale.ROOT,
              "| %d/%d vs %d/%d | %.3f | %.4f vs %.4f ",
              ours.labels().size(),
              ours.invisibleCount(),
              theirs.labels().size(),
              theirs.invisibleCount(),
              agreement,
              TokenReplay.of(ours).replay(log).logFitness(),
              ref.path("tbr_" + model).path("log_fitness").asDouble()));
      if (im) {
        assertThat(ours.labels()).containsExactlyInAnyOrderElementsOf(theirs.labels());
        if (!name.equals(TOO_LARGE)) {
          assertThat(agreement).as(name + " IM").isEqualTo(1.0);
        }
      } else if (IMF_KNOWN.containsKey(name)) {
        assertThat(agreement).as(name + " IMf").isGreaterThanOrEqualTo(IMF_KNOWN.get(name));
      } else {
        assertThat(agreement).as(name + " IMf").isEqualTo(1.0);
        assertThat(ours.labels()).containsExactlyInAnyOrderElementsOf(theirs.labels());
      }
    }
    System.out.println(row + "|");
  }
}
