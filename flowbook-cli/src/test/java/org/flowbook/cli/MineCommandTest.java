package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.testkit.Golden;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowbook mine} and {@code flowbook bench mining} end to end through picocli. */
class MineCommandTest {
  @TempDir Path dir;

  private static String log(String name) {
    return SharedData.require("logs/" + name).toString();
  }

  @Test
  void textReportOfTheRunningExample() {
    Cli r = Cli.run("mine", log("running-example.xes"), "--wall-clock");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    Golden.assertMatches(Path.of("src/test/resources/golden/mine/running-example.txt"), r.out());
  }

  @Test
  void htmlReportIsSelfContained() throws Exception {
    Path html = dir.resolve("report.html");
    Cli r = Cli.run("mine", log("running-example.xes"), "--wall-clock", "-o", html.toString());
    assertThat(r.exit()).isZero();
    String page = Files.readString(html);
    assertThat(page).doesNotContain("<script", "http://", "https://", "<link");
    Golden.assertMatches(Path.of("src/test/resources/golden/mine/running-example.html"), page);
  }

  @Test
  void swedishTextAndHtmlReportsOfTheRunningExample() throws Exception {
    Cli r = Cli.run("mine", log("running-example.xes"), "--wall-clock", "--lang", "sv");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("running-example.xes: 6 ärenden, 42 händelser");
    Golden.assertMatches(Path.of("src/test/resources/golden/mine/running-example.sv.txt"), r.out());
    Path html = dir.resolve("rapport.html");
    Cli h =
        Cli.run(
            "mine",
            log("running-example.xes"),
            "--wall-clock",
            "--lang",
            "sv",
            "-o",
            html.toString());
    assertThat(h.exit()).isZero();
    Golden.assertMatches(
        Path.of("src/test/resources/golden/mine/running-example.sv.html"), Files.readString(html));
  }

  @Test
  void jsonHasNoLanguageAndABadLanguageIsAUsageError() {
    Cli en = Cli.run("mine", log("running-example.xes"), "--format", "json", "--lang", "en");
    Cli sv = Cli.run("mine", log("running-example.xes"), "--format", "json", "--lang", "sv");
    assertThat(sv.exit()).isZero();
    assertThat(sv.out()).isEqualTo(en.out());
    Cli bad = Cli.run("mine", log("running-example.xes"), "--lang", "de");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--lang must be sv or en, not 'de'");
    assertThat(bad.out()).isEmpty();
  }

  @Test
  void swedishProcessMap() throws Exception {
    Path svg = dir.resolve("karta.svg");
    Cli r =
        Cli.run(
            "mine",
            log("running-example.xes"),
            "--map",
            svg.toString(),
            "--map-metric",
            "time",
            "--lang",
            "sv",
            "--format",
            "json");
    assertThat(r.exit()).isZero();
    String text = Files.readString(svg);
    assertThat(text).contains("running-example.xes – medelväntetid", ">slut<", "6,0 d");
    assertThat(text).doesNotContain("6.0 d", "mean waiting time");
  }

  @Test
  void jsonReportHasTheDocumentedShape() throws Exception {
    Cli r =
        Cli.run(
            "mine", log("running-example.xes"), "--format", "json", "--wall-clock", "--top", "3");
    assertThat(r.exit()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("summary").get("cases").asInt()).isEqualTo(6);
    assertThat(j.get("summary").get("events").asInt()).isEqualTo(42);
    assertThat(j.get("variants").get("top")).hasSize(3);
    assertThat(j.get("dfg").get("edges")).hasSize(16);
    assertThat(j.get("caseDurations").get("meanMs").asDouble()).isEqualTo(966_890_000.0);
    assertThat(j.get("bottlenecks").get("transitionsByMean").get(0).get("from").asText())
        .isEqualTo("decide");
    assertThat(j.get("problems")).isEmpty();
    assertThat(j.get("wallClock").asBoolean()).isTrue();
  }

  @Test
  void csvWithExplicitColumns() throws Exception {
    Path csv = dir.resolve("export.csv");
    Files.writeString(
        csv, "Nr;Vad;När\n1;Registrera;2024-01-01 08:00\n1;Besluta;2024-01-02 08:00\n");
    Cli r =
        Cli.run("mine", csv.toString(), "--case", "Nr", "--activity", "Vad", "--timestamp", "När");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("export.csv: 1 case, 2 events, 2 activities");
    assertThat(r.out()).contains("median 1.0 d");
  }

  @Test
  void unreadableLogExitsOneWithALocatedError() throws Exception {
    Path bad = dir.resolve("bad.xes");
    Files.writeString(bad, "<?xml version=\"1.0\"?>\n<log><trace>\n</log>\n");
    Cli r = Cli.run("mine", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("bad.xes:3:").contains("error[xml-syntax]");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badRowsAreWarningsUnlessStrict() throws Exception {
    Path csv = dir.resolve("rows.csv");
    Files.writeString(csv, "case,activity,timestamp\n1,a,2024-01-01T00:00:00Z\n1,b,tomorrow\n");
    Cli lenient = Cli.run("mine", csv.toString());
    assertThat(lenient.exit()).isZero();
    assertThat(lenient.err()).contains("rows.csv:3:5: warning[bad-timestamp]");
    assertThat(lenient.err()).contains("1,b,tomorrow");
    Cli strict = Cli.run("mine", csv.toString(), "--strict");
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.err()).contains("rows.csv:3:5: error[bad-timestamp]");
  }

  @Test
  void drawsTheProcessMap() throws Exception {
    Path svg = dir.resolve("map.svg");
    Cli r =
        Cli.run(
            "mine",
            log("running-example.xes"),
            "--map",
            svg.toString(),
            "--map-metric",
            "time",
            "--format",
            "json");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("wrote " + svg);
    javax.xml.parsers.DocumentBuilderFactory f =
        javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var doc = f.newDocumentBuilder().parse(svg.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    String text = Files.readString(svg);
    for (String activity :
        java.util.List.of(
            "register request",
            "examine casually",
            "check ticket",
            "decide",
            "pay compensation",
            "reject request",
            "reinitiate request",
            "examine thoroughly")) {
      assertThat(text).contains(activity);
    }
    // decide → pay compensation waits 6.0 days on average (REFERENCE.md: 514,160 s).
    assertThat(text).contains("6.0 d");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("mine", log("running-example.xes"), "--top", "0").exit()).isEqualTo(2);
    assertThat(Cli.run("mine", log("running-example.xes"), "--format", "pdf").exit()).isEqualTo(2);
    assertThat(Cli.run("mine", log("running-example.xes"), "--timezone", "Mars/Olympus").exit())
        .isEqualTo(2);
    assertThat(Cli.run("mine").exit()).isEqualTo(2);
    assertThat(
            Cli.run("mine", log("running-example.xes"), "--map", "x.svg", "--map-metric", "cost")
                .exit())
        .isEqualTo(2);
  }

  @Test
  void benchPrintsATable() {
    Cli r = Cli.run("bench", "mining", log("running-example.xes"), "--runs", "1", "--warmup", "0");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("42 events, 6 cases")
        .contains("import")
        .contains("performance DFG")
        .contains("peak heap used");
  }
}
