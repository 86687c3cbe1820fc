package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.mining.report.Human;
import org.flowbook.model.Language;
import org.flowbook.testkit.Golden;
import org.flowbook.testkit.ProjectPaths;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook mine --model} and {@code --discover} end to end. */
class MineModelCommandTest {
  private static final Human EN = Human.of(Language.EN);
  private static final Human SV = Human.of(Language.SV);

  @TempDir Path dir;

  private static String demoLog() {
    return ProjectPaths.inRepo("examples/logs/purchase-approval.csv").toString();
  }

  /** The demo log mined against the documented purchase-approval process. */
  private static final List<String> DEMO_VS_MODEL =
      List.of(
          "mine",
          demoLog(),
          "--model",
          ProjectPaths.inRepo("examples/inkopsgodkannande.flow").toString());

  @Test
  void conformanceOfTheDemoLogAgainstTheDocumentedProcess() {
    Cli r = Cli.run(DEMO_VS_MODEL, "--top", "1", "--lang", "en");
    assertThat(r.exit()).isZero();
    String conformance = r.out().substring(r.out().indexOf("Conformance with"));
    Golden.assertMatches(
        Path.of("src/test/resources/golden/mine/purchase-approval-conformance.txt"), conformance);
  }

  /** The Swedish model makes the report Swedish unless --lang says otherwise. */
  @Test
  void theReportSpeaksTheLanguageOfTheDocumentedProcess() {
    Cli r = Cli.run(DEMO_VS_MODEL, "--top", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("purchase-approval.csv: 300 ärenden, ");
    String conformance = r.out().substring(r.out().indexOf("Överensstämmelse med"));
    Golden.assertMatches(
        Path.of("src/test/resources/golden/mine/purchase-approval-conformance.sv.txt"),
        conformance);
  }

  @Test
  void theDocumentedFlowchartShowsWhereTheLogDeparts() throws Exception {
    Path svg = dir.resolve("deviations.svg");
    Cli r = Cli.run(DEMO_VS_MODEL, "--model-map", svg.toString(), "--lang", "en");
    assertThat(r.exit()).isZero();
    String text = Files.readString(svg);
    // Step 2 "Granska anmodan" is skipped in the demo log (see examples/logs/README.md).
    assertThat(text)
        .contains("step--purchase-approval--2")
        .containsPattern("data-badge=\"\\d+× · median wait [0-9.]+ [a-z]+ · \\d+ skipped");
    assertThat(text).contains("Log vs. documented process");
    assertThat(badge(text, "2"))
        .contains("median wait " + EN.duration(medianWaitBefore("Granska anmodan")));
    assertThat(badge(text, "3"))
        .contains("median wait " + EN.duration(medianWaitBefore("Godkänn stort inköp")));

    Path sv = dir.resolve("avvikelser.svg");
    Cli swedish = Cli.run(DEMO_VS_MODEL, "--model-map", sv.toString());
    assertThat(swedish.exit()).isZero();
    assertThat(badge(Files.readString(sv), "2"))
        .contains("medianväntetid " + SV.duration(medianWaitBefore("Granska anmodan")))
        .containsPattern("\\d+× överhoppat");
    assertThat(Files.readString(sv)).contains("Loggen jämförd med den dokumenterade processen");

    Cli noModel = Cli.run("mine", demoLog(), "--model-map", dir.resolve("x.svg").toString());
    assertThat(noModel.exit()).isEqualTo(2);
    assertThat(noModel.err()).contains("--model-map needs a documented process");
    Cli badHeat = Cli.run(DEMO_VS_MODEL, "--model-map-heat", "colour");
    assertThat(badHeat.exit()).isEqualTo(2);
    assertThat(badHeat.err()).contains("use deviations or wait");
  }

  @Test
  void theHtmlReportShowsThePaintedFlowchartAndJsonTheWaits() throws Exception {
    String model = ProjectPaths.inRepo("examples/inkopsgodkannande.flow").toString();
    Path html = dir.resolve("report.html");
    Cli r =
        Cli.run(
            "mine",
            demoLog(),
            "--model",
            model,
            "--model-map-heat",
            "wait",
            "-o",
            html.toString(),
            "--lang",
            "en");
    assertThat(r.exit()).as(r.err()).isZero();
    String page = Files.readString(html);
    String section = page.substring(page.indexOf("<h2>Conformance with"));
    assertThat(section)
        .contains("<div class=\"chart\"><svg style=\"min-width:")
        .contains("the documented flowchart of <b>Inköpsgodkännande</b>")
        .contains("The darker a step, the longer cases wait before it.")
        .contains("median wait " + EN.duration(medianWaitBefore("Granska anmodan")))
        .contains("<th class=\"n\">median wait before</th>");
    assertThat(section.indexOf("<svg")).isLessThan(section.indexOf("<table>"));

    Cli json = Cli.run("mine", demoLog(), "--model", model, "--format", "json");
    JsonNode steps = new ObjectMapper().readTree(json.out()).get("conformance").get("steps");
    JsonNode review = steps.get(1);
    assertThat(review.get("title").asText()).isEqualTo("Granska anmodan");
    assertThat(review.get("waiting").get("medianMs").asDouble())
        .isEqualTo(medianWaitBefore("Granska anmodan"));
  }

  /** The step's badge text, from its group's data-badge attribute. */
  private static String badge(String svg, String step) {
    Matcher m =
        Pattern.compile("id=\"step--purchase-approval--" + step + "\"[^>]*data-badge=\"([^\"]*)\"")
            .matcher(svg);
    assertThat(m.find()).as("badge of step " + step).isTrue();
    return m.group(1);
  }

  /**
   * The median time from the previous event of a case to each {@code activity} event, worked out
   * from the demo CSV directly (not with the product's importer or analysis).
   */
  private static double medianWaitBefore(String activity) throws Exception {
    Map<String, List<String[]>> cases = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(Path.of(demoLog()));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      cases.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    List<Long> waits = new ArrayList<>();
    for (List<String[]> events : cases.values()) {
      events.sort(Comparator.comparing((String[] f) -> Instant.parse(f[2])));
      for (int i = 1; i < events.size(); i++) {
        if (events.get(i)[1].equals(activity)) {
          waits.add(
              Duration.between(Instant.parse(events.get(i - 1)[2]), Instant.parse(events.get(i)[2]))
                  .toMillis());
        }
      }
    }
    Collections.sort(waits);
    int n = waits.size();
    return n % 2 == 1 ? waits.get(n / 2) : (waits.get(n / 2 - 1) + waits.get(n / 2)) / 2.0;
  }

  @Test
  void conformanceJsonAgainstAPnmlNetMatchesPm4py() throws Exception {
    Cli r =
        Cli.run(
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
    // A Petri net is no documented flowchart: nothing to paint.
    Cli map =
        Cli.run(
            "mine",
            SharedData.require("logs/running-example.xes").toString(),
            "--model",
            SharedData.require("models/running-example_im.pnml").toString(),
            "--model-map",
            dir.resolve("net.svg").toString());
    assertThat(map.exit()).isEqualTo(2);
  }

  @Test
  void aBrokenModelExitsOne() throws Exception {
    Path bad = dir.resolve("bad.pnml");
    Files.writeString(bad, "<!DOCTYPE x [<!ENTITY e \"e\">]><pnml/>");
    Cli r = Cli.run("mine", demoLog(), "--model", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[bad-pnml]");
    Cli missing = Cli.run("mine", demoLog(), "--model", dir.resolve("none.flow").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("model-not-found");
  }

  @Test
  void discoverWritesADraftThatChecks() throws Exception {
    Path draft = dir.resolve("draft.flow");
    Cli r = Cli.run("mine", demoLog(), "--discover", draft.toString(), "--noise", "0");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("100.0 % of cases fit");
    // the organization.flow stub written beside the draft declares its roles
    Cli check = Cli.run("check", dir.toString());
    assertThat(check.exit()).as(check.err() + check.out()).isZero();
    Path bpmn = dir.resolve("draft.bpmn");
    assertThat(Cli.run("mine", demoLog(), "--discover", bpmn.toString(), "--force").exit())
        .isZero();
    assertThat(Files.readString(bpmn)).contains("<definitions", "Lägg beställningen");
  }
}
