package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.model.End;
import org.flowbook.model.MessageFlow;
import org.flowbook.model.Participant;
import org.flowbook.model.Process;
import org.flowbook.testkit.ProjectPaths;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConvertCommandTest {
  private static final Path EXAMPLES = ProjectPaths.inRepo("examples");

  @Test
  void flowToBpmnAndBackKeepsTheSteps(@TempDir Path dir) throws Exception {
    Path bpmn = dir.resolve("inkop.bpmn");
    Cli r =
        Cli.run("convert", EXAMPLES.resolve("inkopsgodkannande.flow").toString(), bpmn.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning[not-in-bpmn]");
    assertThat(Files.readString(bpmn)).contains("<bpmndi:BPMNShape").contains("<lane ");
    Path flow = dir.resolve("back").resolve("inkop.flow");
    Files.createDirectories(flow.getParent());
    r = Cli.run("convert", bpmn.toString(), flow.toString(), "--lang", "sv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(flow)).contains("process: Inköpsgodkännande").contains("språk: sv");
    assertThat(Files.readString(flow.resolveSibling("organization.flow"))).contains("roll: Chef");
    // the only complaint: the process it calls is not in that folder
    Cli check = Cli.run("check", flow.getParent().toString());
    assertThat(check.err().split("error\\[", -1).length - 1)
        .isEqualTo(check.err().split("error\\[unknown-process\\]", -1).length - 1);
  }

  @Test
  void workspaceToBpmnFolderAndBack(@TempDir Path dir) throws Exception {
    Path bpmn = dir.resolve("bpmn");
    assertThat(Cli.run("convert", EXAMPLES.toString(), bpmn.toString()).exit()).isZero();
    try (var files = Files.list(bpmn)) {
      assertThat(files.count()).isGreaterThan(10);
    }
    Path ws = dir.resolve("ws");
    Cli r = Cli.run("convert", bpmn.toString(), ws.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Cli check = Cli.run("check", ws.toString());
    assertThat(check.exit()).as(check.err()).isZero();
  }

  @Test
  void brokenBpmnGivesLocatedErrorsAndExitOne(@TempDir Path dir) {
    Path bad =
        SharedData.require("bpmn/bpmn-auto-layout/fixtures/failures/invalid-boundary-host.bpmn");
    Cli r = Cli.run("convert", bad.toString(), dir.resolve("x.flow").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("invalid-boundary-host.bpmn:17:").contains("error[boundary-host]");
    assertThat(Files.exists(dir.resolve("x.flow"))).isFalse();
  }

  @Test
  void aDrawIoFlowchartBecomesAWorkspaceThatPassesCheck(@TempDir Path dir) throws Exception {
    Path drawing =
        ProjectPaths.inRepo(
            "flowbook-capture/src/test/resources/drawio/cross_functional_flowchart_2.xml");
    Path flow = dir.resolve("service.flow");
    Cli r = Cli.run("convert", drawing.toString(), flow.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(flow))
        .contains("process: Customer Service Management")
        .contains("[Customer Service Representative]");
    assertThat(Files.readString(dir.resolve("organization.flow")))
        .contains("role: Customer Service Representative");
    Cli check = Cli.run("check", dir.toString());
    assertThat(check.exit()).as(check.err()).isZero();
  }

  @Test
  void aWorkspaceBecomesADrawIoFileThatReadsBack(@TempDir Path dir) throws Exception {
    Path drawio = dir.resolve("processer.drawio");
    Cli r = Cli.run("convert", EXAMPLES.toString(), drawio.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String text = Files.readString(drawio);
    assertThat(text).startsWith("<mxfile").contains("name=\"Inköpsgodkännande\"");
    Path back = dir.resolve("back").resolve("inkop.flow");
    Files.createDirectories(back.getParent());
    Cli again = Cli.run("convert", drawio.toString(), back.getParent().toString());
    assertThat(again.exit()).as(again.err()).isZero();
    try (var files = Files.list(back.getParent())) {
      assertThat(files.filter(f -> f.toString().endsWith(".flow")).count()).isGreaterThan(10);
    }
  }

  @Test
  void aSwedishStepListBecomesASwedishProcess(@TempDir Path dir) throws Exception {
    Path list = dir.resolve("arenden.csv");
    Files.writeString(
        list,
        "Steg;Titel;Roll;Nästa;Villkor;Arbetstid\n"
            + "1;Ta emot ärendet;Kundtjänst;2;;5\n"
            + "2;Bedöm ärendet;Handläggare;3, 4;enkelt, komplicerat;15 min\n"
            + "3;Besvara kunden;Kundtjänst;slut;;10\n"
            + "4;Utred;Specialist;3;;2 h\n");
    Path flow = dir.resolve("ws").resolve("arenden.flow");
    Files.createDirectories(flow.getParent());
    Cli r = Cli.run("convert", list.toString(), flow.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(flow))
        .contains("språk: sv")
        .contains("2. Bedöm ärendet   [Handläggare]   arbete 15 min")
        .contains("- enkelt -> 3");
    Cli check = Cli.run("check", flow.getParent().toString());
    assertThat(check.exit()).as(check.err()).isZero();
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) {
    assertThat(Cli.run("convert", dir.resolve("none.bpmn").toString(), "x.flow").exit())
        .isEqualTo(2);
    Path flow = EXAMPLES.resolve("inkopsgodkannande.flow");
    assertThat(Cli.run("convert", flow.toString(), dir.resolve("x.png").toString()).exit())
        .isEqualTo(2);
    assertThat(Cli.run("convert", flow.toString(), flow.toString()).exit()).isEqualTo(2);
  }

  @Test
  void renderDrawsABpmnFileAsItsAuthorDid(@TempDir Path dir) throws Exception {
    Path bpmn = SharedData.require("bpmn/miwg/reference/C.5.0.bpmn");
    Path svg = dir.resolve("c50.svg");
    Cli r = Cli.run("render", bpmn.toString(), "--layout", "original", "-o", svg.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(svg)).contains("Private Customer Account Manager");
    Path auto = dir.resolve("auto.svg");
    assertThat(Cli.run("render", bpmn.toString(), "-o", auto.toString()).exit()).isZero();
    assertThat(Files.readString(auto)).isNotEqualTo(Files.readString(svg));
  }

  @Test
  void jsonReportsWrittenFilesAndProblems(@TempDir Path dir) throws Exception {
    Path bpmn = SharedData.require("bpmn/miwg/reference/A.4.0.bpmn");
    Cli r =
        Cli.run(
            "convert",
            "--format",
            "json",
            bpmn.toString(),
            dir.resolve("a.flow").toString(),
            "--process",
            "pool");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).as("JSON only, on stdout").isEmpty();
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(root.get("written").size()).isEqualTo(2);
    assertThat(root.get("problems").findValuesAsText("code")).contains("message-partner-outside");
  }

  // ---- issue 11 item 10: no silent data loss --------------------------------------------------

  private static Path c40() {
    return SharedData.require("bpmn/miwg/reference/C.4.0.bpmn");
  }

  @Test
  void aCollaborationIsNotSpreadOverFilesNobodyAskedFor(@TempDir Path dir) throws Exception {
    Path mine = Files.writeString(dir.resolve("it.flow"), "my own work\n");
    Cli r = Cli.run("convert", c40().toString(), dir.resolve("one.flow").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("holds 4 processes (money-bank, it, payroll, facilities)")
        .contains("convert to a folder")
        .contains("--process money-bank")
        .doesNotContain("Usage:");
    assertThat(Files.readString(mine)).isEqualTo("my own work\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("it.flow");
    }
  }

  @Test
  void processChoosesOnePoolAndItsMessagesGoToTheOthersByName(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one.flow");
    Path c10 = SharedData.require("bpmn/miwg/reference/C.1.0.bpmn");
    Cli r = Cli.run("convert", c10.toString(), one.toString(), "--process", "team-assistant");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("wrote " + one)
        .contains("wrote " + dir.resolve("organization.flow"))
        .contains("warning[message-partner-outside]");
    assertThat(Files.readString(one))
        .contains("id: team-assistant")
        .contains("message: -> \"Process Engine - Invoice Receipt\"");
    Cli wrong = Cli.run("convert", c10.toString(), one.toString(), "--process", "team-asistant");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("did you mean 'team-assistant'?");
  }

  @Test
  void existingFilesBesideOutAreNeverReplacedWithoutForce(@TempDir Path dir) throws Exception {
    Path ws = Files.createDirectories(dir.resolve("ws"));
    Path theirs = Files.writeString(ws.resolve("payroll.flow"), "someone's payroll\n");
    Cli r = Cli.run("convert", c40().toString(), ws.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("would overwrite " + theirs).contains("--force");
    assertThat(Files.readString(theirs)).isEqualTo("someone's payroll\n");
    try (var files = Files.list(ws)) {
      assertThat(files).hasSize(1);
    }
    Cli forced = Cli.run("convert", c40().toString(), ws.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(forced.err())
        .contains("replaced " + theirs)
        .contains("wrote " + ws.resolve("money-bank.flow"))
        .contains("wrote " + ws.resolve("organization.flow"));
    assertThat(Files.readString(theirs)).startsWith("process: Payroll");
  }

  /**
   * A collaboration survives a trip through a folder of .flow files: every pool, lane, task,
   * gateway and message flow of the MIWG reference files with message flows.
   */
  @ParameterizedTest
  @ValueSource(strings = {"A.4.0", "C.1.0", "C.4.0"})
  void aCollaborationRoundTripsThroughAFolder(String name, @TempDir Path dir) throws Exception {
    Path original = SharedData.require("bpmn/miwg/reference/" + name + ".bpmn");
    Path ws = dir.resolve("ws");
    Cli there = Cli.run("convert", original.toString(), ws.toString());
    assertThat(there.exit()).as(there.err()).isZero();
    assertThat(there.err()).doesNotContain("message-flow");
    Cli check = Cli.run("check", ws.toString());
    assertThat(check.exit()).as(check.err()).isZero();
    Path back = dir.resolve("c2.bpmn");
    Cli again = Cli.run("convert", ws.toString(), back.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    BpmnImport before = BpmnInputs.read(original);
    BpmnImport after = BpmnInputs.read(back);
    assertThat(after.hasErrors()).isFalse();
    assertThat(summary(after)).isEqualTo(summary(before));
  }

  /** Pools, lanes, steps by kind and message flows by their ends' titles. */
  private static java.util.Map<String, Object> summary(BpmnImport r) {
    java.util.Map<String, Object> s = new java.util.TreeMap<>();
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    for (Process p : r.processes()) {
      titles.put(p.id(), p.title());
      s.put(
          "pool " + p.title(),
          p.steps().stream()
              .filter(st -> !(st instanceof End))
              .map(st -> st.getClass().getSimpleName() + " " + st.title().replaceAll("\\s+", " "))
              .sorted()
              .toList());
      // Ends with one name are one end in .flow (docs/bpmn.md): compared as a set.
      s.put("ends " + p.title(), p.ends().stream().map(End::title).distinct().sorted().toList());
      s.put("lanes " + p.title(), p.roles().stream().sorted().toList());
    }
    s.put(
        "messages",
        r.collaboration().messages().stream()
            .map(m -> end(r, m.from()) + " -> " + end(r, m.to()))
            .sorted()
            .toList());
    return s;
  }

  private static String end(BpmnImport r, MessageFlow.Endpoint e) {
    Participant pool = r.collaboration().participant(e.participant()).orElseThrow();
    Process p =
        r.processes().stream()
            .filter(x -> x.id().equals(pool.processId()))
            .findFirst()
            .orElseThrow();
    return p.title() + (e.isPool() ? "" : "/" + p.step(e.step()).orElseThrow().title());
  }
}
