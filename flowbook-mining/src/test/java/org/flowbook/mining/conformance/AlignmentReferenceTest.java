package org.flowbook.mining.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowbook.mining.Reference;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.PnmlReader;
import org.flowbook.output.Progress;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alignment fitness reproduces PM4Py's on every log/net pair it finished within its timeout. The
 * slowest pairs for a unit test run (named in {@link #SLOW}) are measured by {@code flowbook bench
 * mining} instead.
 */
class AlignmentReferenceTest {
  static final Set<String> SLOW = Set.of();

  static List<Arguments> pairs() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode r : Reference.canonical()) {
      for (String model : List.of("im", "imf02")) {
        JsonNode a = r.path("align_" + model);
        String pair = r.get("name").asText() + "_" + model;
        if (a.isObject() && !SLOW.contains(pair)) {
          out.add(Arguments.of(pair, r.get("name").asText(), a));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void fitnessMatchesPm4py(String pair, String log, JsonNode expected) throws Exception {
    PetriNet net = PnmlReader.read(SharedData.require("models/" + pair + ".pnml"));
    TraceVariants variants = TestLogs.sharedCsv(log + ".csv");
    AlignmentReport report = Alignments.of(net).check(variants, Progress.NONE);
    assertThat(report.unaligned()).isZero();
    assertThat(report.logFitness()).isCloseTo(expected.get("log_fitness").asDouble(), within(1e-6));
    assertThat(report.averageTraceFitness())
        .isCloseTo(expected.get("average_trace_fitness").asDouble(), within(1e-6));
    assertThat(report.percentFittingTraces())
        .isCloseTo(expected.get("percentage_of_fitting_traces").asDouble(), within(1e-5));
  }
}
