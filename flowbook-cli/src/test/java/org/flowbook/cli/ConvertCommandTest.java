package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.testkit.ProjectPaths;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
