package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;

/**
 * Jazzer fuzz target for the risk blocks and declared controls: arbitrary detail lines under a
 * {@code risk:} of a step and of the header, and under a {@code kontroll:} entry, never make the
 * readers throw, and what reads without errors formats to a fixed point. Under {@code mvn verify}
 * it replays the saved inputs in {@code
 * src/test/resources/org/flowbook/notation/RiskFuzzTestInputs/}; run {@code JAZZER_FUZZ=1 mvn -pl
 * flowbook-notation -am test -Dtest=RiskFuzzTest} to fuzz.
 */
class RiskFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void riskBlocksNeverThrow(FuzzedDataProvider data) {
    String headerDetails = data.consumeString(200);
    String stepDetails = data.consumeString(400);
    String controlDetails = data.consumeRemainingAsString();
    String process =
        "process: F\nid: f\nrisk: "
            + "Huvudrisk\n  "
            + headerDetails.replace("\n", "\n  ")
            + "\n\n1. Gör   [Chef]\n   risk: Steget\n     "
            + stepDetails.replace("\n", "\n     ")
            + "\n";
    ProcessDocument doc =
        ProcessParser.parse(
            "fuzz.flow", process.getBytes(java.nio.charset.StandardCharsets.UTF_8), Language.SV);
    if (doc.hasProcess() && !doc.hasErrors()) {
      String once = ProcessFormatter.format(doc);
      ProcessDocument again = ProcessParser.parse("fuzz.flow", once);
      assertThat(again.problems()).noneMatch(Problem::isError);
      assertThat(ProcessFormatter.format(again)).isEqualTo(once);
    }
    String org = "kontroll: K\n  " + controlDetails.replace("\n", "\n  ") + "\n";
    OrganizationDocument o = OrganizationParser.parse("organization.flow", org);
    if (!o.hasErrors()) {
      String once = OrganizationFormatter.format(o);
      assertThat(OrganizationFormatter.format(OrganizationParser.parse("organization.flow", once)))
          .isEqualTo(once);
    }
  }
}
