package org.flowbook.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbook.analysis.Fixtures;
import org.flowbook.model.Activity;
import org.flowbook.model.Flow;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Task;
import org.flowbook.model.Workspace;
import org.flowbook.notation.OrganizationParser;
import org.junit.jupiter.api.Test;

/** The rules that look at the workspace as a whole, and the dead end only imports produce. */
class WorkspaceRulesTest {
  private static final String ORG =
      """
      organization: Test
      language: en

      role: Finance manager
        capacity: 1

      role: Archivist

      role: Buyer
        capacity: 2

      regulation: Bokföringslagen
        short: BFL
        - 5:6: Registrering
        - 7:1: Arkivering
      """;

  private static Process process(String id, String role, String control) {
    return Fixtures.process(
        "process: P "
            + id
            + "\nid: "
            + id
            + "\nlanguage: en\n\n1. Do it   ["
            + role
            + "]   work 5 min\n"
            + (control.isEmpty() ? "" : "   control: Check (" + control + ")\n"));
  }

  private static List<Problem> run(List<Process> processes) {
    var org = OrganizationParser.parse("organization.flow", ORG).organization();
    LintContext c = LintContext.of(new Workspace(org, processes), AnalysisDocsTest.TODAY);
    return Linter.checkWorkspace(c);
  }

  @Test
  void unusedRole() {
    List<Problem> found =
        run(List.of(process("a", "Finance manager", ""), process("b", "Buyer", "")));
    assertThat(found)
        .filteredOn(p -> p.code().equals("unused-role"))
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .contains("Archivist");
  }

  @Test
  void singlePointOfFailure() {
    List<Problem> three =
        run(
            List.of(
                process("a", "Finance manager", ""),
                process("b", "Finance manager", ""),
                process("c", "Finance manager", "")));
    assertThat(three).filteredOn(p -> p.code().equals("single-point-of-failure")).hasSize(1);
    // The buyer role has two people: never a single point of failure.
    List<Problem> buyers =
        run(
            List.of(
                process("a", "Buyer", ""), process("b", "Buyer", ""), process("c", "Buyer", "")));
    assertThat(buyers).noneMatch(p -> p.code().equals("single-point-of-failure"));
    List<Problem> two =
        run(List.of(process("a", "Finance manager", ""), process("b", "Finance manager", "")));
    assertThat(two).noneMatch(p -> p.code().equals("single-point-of-failure"));
  }

  @Test
  void complianceGap() {
    List<Problem> found = run(List.of(process("a", "Buyer", "BFL 5:6")));
    assertThat(found)
        .filteredOn(p -> p.code().equals("compliance-gap"))
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .contains("BFL 7:1");
    List<Problem> covered =
        run(List.of(process("a", "Buyer", "BFL 5:6"), process("b", "Archivist", "BFL 7:1")));
    assertThat(covered).noneMatch(p -> p.code().equals("compliance-gap"));
  }

  @Test
  void deadEndInAnImportedModel() {
    SourceLocation at = SourceLocation.of("import.bpmn", 7, 3);
    Process p =
        Process.of(
            "x",
            "Imported",
            List.of(
                new Start("start", "", null, null),
                new Activity("1", "Do it", Task.by("Buyer"), null, at)),
            List.of(Flow.of("start", "1")));
    List<Problem> found =
        Linter.check(List.of(p), LintContext.of(Fixtures.workspace(p), AnalysisDocsTest.TODAY));
    assertThat(found)
        .filteredOn(pr -> pr.code().equals("dead-end"))
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.location()).isEqualTo(at);
              assertThat(pr.step()).isEqualTo("1");
            });
    assertThat(found).noneMatch(pr -> pr.code().equals("endless-loop"));
  }
}
