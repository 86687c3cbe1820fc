package org.flowbook.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.flowbook.model.Control;
import org.flowbook.model.ControlCoverage;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.OrganizationFormatter;
import org.flowbook.notation.OrganizationParser;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.WorkspaceLoader;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

/**
 * The demo's risks and declared controls (examples/, issue 19): it reads without problems, its
 * files stay canonical, and exactly the two deliberate gaps of examples/README.md are found — the
 * requirement AFS 2023:1 2 kap. 14 § without a control and the budget risk above the threshold.
 */
class DemoRisksTest {
  static final Path EXAMPLES = ProjectPaths.inRepo("examples");
  static final List<String> RISK_CODES =
      List.of(
          "risk-without-control",
          "risk-above-threshold",
          "unknown-control",
          "control-incomplete",
          "owner-not-a-role",
          "compliance-gap");

  static Workspace demo() {
    LoadedWorkspace loaded = WorkspaceLoader.loadFolder(EXAMPLES);
    assertThat(loaded.problems()).as("problems of the demo").isEmpty();
    return loaded.workspace();
  }

  @Test
  void exactlyTheTwoDeliberateGapsAreFound() {
    Workspace ws = demo();
    LintContext c = LintContext.of(ws, LocalDate.of(2026, 12, 3)).withLanguage(Language.EN);
    List<Problem> found = new ArrayList<>(Linter.check(ws.processes(), c));
    found.addAll(Linter.checkWorkspace(c));
    assertThat(found.stream().filter(p -> RISK_CODES.contains(p.code())))
        .extracting(Problem::code, Problem::message)
        .containsExactly(
            Tuple.tuple(
                "risk-above-threshold",
                "the risk 'Budgeten bygger på orealistiska antaganden' is 9 (likelihood 3 ×"
                    + " consequence 3) after its controls, above the risk threshold 8"),
            Tuple.tuple(
                "compliance-gap",
                "no control in any process covers AFS 2023:1 2 kap. 14 § (Det systematiska"
                    + " arbetsmiljöarbetet ska följas upp varje år.)"));
  }

  @Test
  void theDemoDeclaresControlsRisksAndPersonalData() {
    Workspace ws = demo();
    assertThat(ws.organization().controls()).hasSize(6).allMatch(Control::hasEvidence);
    assertThat(ws.processes().stream().mapToInt(p -> p.allRisks().size()).sum()).isEqualTo(7);
    assertThat(ws.organization().documents().stream().filter(d -> d.personalData().isPresent()))
        .hasSize(6);
    assertThat(ws.organization().systems().stream().filter(s -> s.personalData().isPresent()))
        .hasSize(3);
    // GDPR Art. 30 is covered only through the declared control the request's risk names.
    assertThat(ControlCoverage.coveredRequirements(ws.organization(), ws.processes()))
        .contains("GDPR Art. 30");
  }

  @Test
  void theEditedDemoFilesAreCanonical() throws Exception {
    for (String name :
        List.of(
            "leverantorsfakturor.flow",
            "leverantorsregistrering.flow",
            "inkopsgodkannande.flow",
            "manadsbokslut.flow",
            "budgetprocess.flow",
            "data-subject-request.flow")) {
      String text = Files.readString(EXAMPLES.resolve(name));
      Process parsed = ProcessParser.parse(name, text).process();
      assertThat(parsed).as(name).isNotNull();
      assertThat(ProcessFormatter.format(ProcessParser.parse(name, text))).as(name).isEqualTo(text);
    }
    String org = Files.readString(EXAMPLES.resolve("organization.flow"));
    assertThat(OrganizationFormatter.format(OrganizationParser.parse("organization.flow", org)))
        .isEqualTo(org);
  }
}
