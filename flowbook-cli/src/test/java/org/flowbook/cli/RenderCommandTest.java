package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  private static final Path EXAMPLES = ProjectPaths.inRepo("examples");

  @Test
  void rendersAProcessAsSvgAndPng(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("chart.svg");
    Cli r =
        Cli.run(
            "render", EXAMPLES.resolve("inkopsgodkannande.flow").toString(), "-o", svg.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(svg)).contains("id=\"step--purchase-approval--2\"");
    Path png = dir.resolve("chart.png");
    r =
        Cli.run(
            "render",
            EXAMPLES.resolve("inkopsgodkannande.flow").toString(),
            "-o",
            png.toString(),
            "--scale",
            "0.5");
    assertThat(r.exit()).as(r.err()).isZero();
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
    assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
  }

  @Test
  void directionDownDrawsLanesAsColumns(@TempDir Path dir) throws Exception {
    Path flow = EXAMPLES.resolve("inkopsgodkannande.flow");
    Path right = dir.resolve("right.svg");
    Path down = dir.resolve("down.svg");
    assertThat(Cli.run("render", flow.toString(), "-o", right.toString()).exit()).isZero();
    Cli r = Cli.run("render", flow.toString(), "--direction", "nedåt", "-o", down.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    // The chart of four lanes is wider than tall when the flow runs right, taller when down.
    assertThat(aspect(Files.readString(right))).isGreaterThan(1);
    assertThat(aspect(Files.readString(down))).isLessThan(1);
    Cli bad = Cli.run("render", flow.toString(), "--direction", "up", "-o", down.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--direction must be right or down");
  }

  @Test
  void theHeadersDirectionIsTheDefaultAndTheOptionWins(@TempDir Path dir) throws Exception {
    Path original = EXAMPLES.resolve("manadsbokslut.flow");
    String text =
        Files.readString(original).replaceFirst("(?m)^språk: sv$", "språk: sv\nriktning: nedåt");
    Path flow = dir.resolve("bokslut.flow");
    Files.copy(EXAMPLES.resolve("organization.flow"), dir.resolve("organization.flow"));
    Files.writeString(flow, text);
    Path byHeader = dir.resolve("header.svg");
    Path byOption = dir.resolve("option.svg");
    Path overridden = dir.resolve("overridden.svg");
    Path plain = dir.resolve("plain.svg");
    Cli r = Cli.run("render", flow.toString(), "-o", byHeader.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    r = Cli.run("render", original.toString(), "--direction", "down", "-o", byOption.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    r = Cli.run("render", flow.toString(), "--direction", "right", "-o", overridden.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    r = Cli.run("render", original.toString(), "-o", plain.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(byHeader)).isEqualTo(Files.readString(byOption));
    assertThat(Files.readString(overridden)).isEqualTo(Files.readString(plain));
    assertThat(aspect(Files.readString(byHeader))).isLessThan(aspect(Files.readString(plain)));
  }

  @Test
  void tilesAreNumberedFilesThatNameWhereEachFlowContinues(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("budget.svg");
    Cli r =
        Cli.run(
            "render",
            EXAMPLES.resolve("budgetprocess.flow").toString(),
            "--tiles",
            "a4",
            "-o",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.exists(out)).isFalse();
    String first = Files.readString(dir.resolve("budget-1.svg"));
    assertThat(first).contains("ruta 1 av").contains("fortsätter på ruta 2").contains("mm\"");
    assertThat(Files.exists(dir.resolve("budget-2.svg"))).isTrue();
    Cli bad =
        Cli.run(
            "render",
            EXAMPLES.resolve("budgetprocess.flow").toString(),
            "--tiles",
            "a0",
            "-o",
            out.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--tiles must be a4 or a4-landscape");
    Cli folder = Cli.run("render", EXAMPLES.toString(), "--tiles", "a4", "-o", out.toString());
    assertThat(folder.exit()).isEqualTo(2);
  }

  private static double aspect(String svg) {
    var m = java.util.regex.Pattern.compile("viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"").matcher(svg);
    assertThat(m.find()).isTrue();
    return Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
  }

  @Test
  void aFolderGivesItsLandscapeMap(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("map.svg");
    Cli r = Cli.run("render", EXAMPLES.toString(), "-o", out.toString(), "--link", "{id}.html");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out))
        .contains("flowbook landscape")
        .contains("purchase-approval.html");
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
    Path flow = EXAMPLES.resolve("inkopsgodkannande.flow");
    assertThat(Cli.run("render", flow.toString(), "-o", dir.resolve("x.gif").toString()).exit())
        .isEqualTo(2);
    assertThat(Cli.run("render", dir.resolve("missing.flow").toString()).exit()).isEqualTo(2);
    assertThat(
            Cli.run(
                    "render",
                    flow.toString(),
                    "--lang",
                    "de",
                    "-o",
                    dir.resolve("x.svg").toString())
                .exit())
        .isEqualTo(2);
  }

  @Test
  void inputWithErrorsExitsOneWithADiagnostic(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organization.flow"), "roll: Inköpare\n");
    Path bad = dir.resolve("bad.flow");
    Files.writeString(bad, "process: X\n\n1. Beställ   [Inkopare]\n");
    Cli r = Cli.run("render", bad.toString(), "-o", dir.resolve("bad.svg").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[unknown-role]");
    assertThat(dir.resolve("bad.svg")).doesNotExist();
  }
}
