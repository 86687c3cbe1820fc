package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.cli.MineCommandTest.Run;
import org.flowbook.testkit.Golden;
import org.flowbook.testkit.ProjectPaths;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook mine --model} and {@code --discover} end to end. */
class MineModelCommandTest {
  @TempDir Path dir;

  private static String demoLog() {
    return ProjectPaths.inRepo("examples/logs/purchase-approval.csv").toString();
  }

  @Test
  void conformanceOfTheDemoLogAgainstTheDocumentedProcess() {
    Run r =
        MineCommandTest.run(
            "mine",
            demoLog(),
            "--model",
            ProjectPaths.inRepo("examples/inkopsgodkannande.flow").toString(),
            "--top",
            "1");
    assertThat(r.exit()).isZero();
    String conformance = r.out().substring(r.out().indexOf("Conformance with"));
    Golden.assertMatches(
        Path.of("src/test/resources/golden/mine/purchase-approval-conformance.txt"), conformance);
  }

  @Test
  void theDocumentedFlowchartShowsWhereTheLogDeparts() throws Exception {
    Path svg = dir.resolve("deviations.svg");
    Run r =
        MineCommandTest.run(
            "mine",
            demoLog(),
            "--model",
            ProjectPaths.inRepo("examples/inkopsgodkannande.flow").toString(),
            "--model-map",
            svg.toString());
    assertThat(r.exit()).isZero();
    String text = Files.readString(svg);
    // Step 2 "Granska anmodan" is skipped in the demo log (see examples/logs/README.md).
    assertThat(text).contains("step--purchase-approval--2").containsPattern("\\d+× · \\d+ skipped");
    assertThat(text).contains("Log vs. documented process");

    Run wrongModel =
        MineCommandTest.run(
            "mine", demoLog(), "--model-map", dir.resolve("x.svg").toString());
    assertThat(wrongModel.exit()).isEqualTo(2);
  }

  @Test
  void conformanceJsonAgainstAPnmlNetMatchesPm4py() throws Exception {
    Run r =
        MineCommandTest.run(
            "mine",
            SharedData.require("logs/running-example.xes").toString(),
            "--model",
            SharedData.require("models/running-example_im.pnml").toString(),
            "--format",
            "json");
    assertThat(r.exit()).isZero();
    JsonNode c = new ObjectMapper().readTree(r.out()).get("conformance");
    assertThat(c.get("alignments").get("logFitness").asDouble()).isEqualTo(0.999979);
    assertThat(c.get("tokenReplay").get("logFitness").asDouble()).isEqualTo(1.0);
    assertThat(c.get("steps")).hasSize(8);
    assertThat(c.get("unmappedActivities")).isEmpty();
  }

  @Test
  void aBrokenModelExitsOne() throws Exception {
    Path bad = dir.resolve("bad.pnml");
    Files.writeString(bad, "<!DOCTYPE x [<!ENTITY e \"e\">]><pnml/>");
    Run r = MineCommandTest.run("mine", demoLog(), "--model", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[bad-pnml]");
    Run missing =
        MineCommandTest.run("mine", demoLog(), "--model", dir.resolve("none.flow").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("model-not-found");
  }

  @Test
  void discoverWritesADraftThatChecks() throws Exception {
    Path draft = dir.resolve("draft.flow");
    Run r = MineCommandTest.run("mine", demoLog(), "--discover", draft.toString(), "--noise", "0");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("100.0 % of cases fit");
    Run check =
        MineCommandTest.run(
            "check",
            draft.toString(),
            "--org",
            ProjectPaths.inRepo("examples/organization.flow").toString());
    assertThat(check.exit()).as(check.err() + check.out()).isZero();
    Path bpmn = dir.resolve("draft.bpmn");
    assertThat(MineCommandTest.run("mine", demoLog(), "--discover", bpmn.toString()).exit())
        .isZero();
    assertThat(Files.readString(bpmn)).contains("<definitions", "Lägg beställningen");
  }
}
