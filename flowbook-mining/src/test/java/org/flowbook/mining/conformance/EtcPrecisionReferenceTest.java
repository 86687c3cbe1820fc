package org.flowbook.mining.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.mining.TestLogs;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.PnmlReader;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ETC precision against PM4Py 2.7.14's {@code precision_token_based_replay} on the shared nets
 * (figures in {@code pm4py-precision.tsv}, made by {@code pm4py_precision.py} beside it).
 */
class EtcPrecisionReferenceTest {
  static List<Arguments> pairs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in =
        EtcPrecisionReferenceTest.class.getResourceAsStream("pm4py-precision.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("pair\t")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(Arguments.of(f[0], Double.parseDouble(f[1])));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void precisionMatchesPm4py(String pair, double expected) throws Exception {
    PetriNet net = PnmlReader.read(SharedData.require("models/" + pair + ".pnml"));
    String log = pair.replaceFirst("_(im|imf02)$", "");
    EtcPrecision.Result pm4py = EtcPrecision.asPm4py(net, TestLogs.sharedCsv(log + ".csv"));
    assertThat(pm4py.precision()).isCloseTo(expected, within(1e-6));
    // counting every activity the model allows after a prefix can only add allowed and escaping
    // activities (precision itself may go either way: an added activity that cases did do there
    // raises it)
    EtcPrecision.Result full = EtcPrecision.of(net, TestLogs.sharedCsv(log + ".csv"));
    assertThat(full.allowed()).isGreaterThanOrEqualTo(pm4py.allowed());
    assertThat(full.escaping()).isGreaterThanOrEqualTo(pm4py.escaping());
    assertThat(full.unfitPrefixes()).isEqualTo(pm4py.unfitPrefixes());
  }
}
