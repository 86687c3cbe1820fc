package org.flowbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules every source must pass, on processes built from the records directly (the model has no
 * parser): each case breaks exactly one rule and checks the code, severity, step and hint.
 */
class ModelValidatorTest {
  static final Organization ORG =
      new Organization(
          "Acme",
          Language.EN,
          "kr",
          List.of(Role.named("Clerk"), Role.named("Manager")),
          List.of(new ItSystem("Ledger", "", SourceLocation.UNKNOWN)),
          List.of(),
          List.of(),
          List.of(),
          SourceLocation.UNKNOWN);

  static Task doneBy(String performer) {
    return Task.NONE.withPerformer(performer).withTimes(Duration.ofMinutes(10), Duration.ZERO);
  }

  static Process process(List<Step> steps, List<Flow> flows) {
    return process("p", "Manager", steps, flows);
  }

  /** A process with only an id, an owner, steps and flows (the rest empty or default). */
  static Process process(String id, String owner, List<Step> steps, List<Flow> flows) {
    return process(id, owner, null, steps, flows);
  }

  static Process process(
      String id, String owner, Double volume, List<Step> steps, List<Flow> flows) {
    return new Process(
        id,
        id.toUpperCase(java.util.Locale.ROOT),
        owner,
        "",
        "",
        "",
        List.of(),
        "",
        null,
        Language.EN,
        Status.DRAFT,
        "",
        volume,
        steps,
        flows,
        SourceLocation.of("p.flow", 1, 1));
  }

  /** start → 1 (Clerk) → end: the smallest valid process. */
  static List<Step> plain(String performer) {
    return List.of(
        new Start("start", "", null, null),
        new Activity("1", "Register", doneBy(performer)),
        new End("end", "Done", null, null));
  }

  static final List<Flow> PLAIN_FLOWS = List.of(Flow.of("start", "1"), Flow.of("1", "end"));

  static List<Problem> validate(Process p, String... knownProcesses) {
    List<String> known = new ArrayList<>(List.of(knownProcesses));
    known.add(p.id());
    return new ModelValidator(ORG, known).validate(p, Locator.of(p));
  }

  static List<String> codes(List<Problem> problems) {
    return problems.stream().map(Problem::code).toList();
  }

  @Test
  void aWellFormedProcessHasNoProblems() {
    assertThat(validate(process(plain("Clerk"), PLAIN_FLOWS))).isEmpty();
  }

  @Test
  void anUndeclaredPerformerIsAnErrorWithTheClosestRoleAsHint() {
    List<Problem> problems = validate(process(plain("Clerc"), PLAIN_FLOWS));
    assertThat(codes(problems)).containsExactly("unknown-role");
    Problem p = problems.get(0);
    assertThat(p.isError()).isTrue();
    assertThat(p.step()).isEqualTo("1");
    assertThat(p.message()).isEqualTo("role 'Clerc' is not declared");
    assertThat(p.hint()).isEqualTo("did you mean 'Clerk'?");
  }

  @Test
  void roleNamesAreMatchedWithoutRegardToCase() {
    assertThat(validate(process(plain("clerk"), PLAIN_FLOWS))).isEmpty();
  }

  @Test
  void anUndeclaredOwnerAndSystemAreReported() {
    Task withSystem =
        new Task(
            "Clerk",
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            List.of("Ledgr"),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Process p =
        process(
            "p",
            "Boss",
            List.of(
                new Start("start", "", null, null),
                new Activity("1", "Register", withSystem),
                new End("end", "", null, null)),
            PLAIN_FLOWS);
    assertThat(codes(validate(p))).containsExactlyInAnyOrder("unknown-role", "unknown-system");
  }

  @Test
  void aFlowToAMissingStepIsAnError() {
    List<Flow> flows = List.of(Flow.of("start", "1"), Flow.of("1", "9"));
    List<Problem> problems = validate(process(plain("Clerk"), flows));
    assertThat(codes(problems)).contains("unknown-step");
    Problem p = problems.stream().filter(x -> x.code().equals("unknown-step")).findFirst().get();
    assertThat(p.message()).isEqualTo("step 1 leads to step 9, which does not exist");
    assertThat(p.step()).isEqualTo("1");
    // The end is no longer reached: a warning, not an error.
    assertThat(problems)
        .filteredOn(x -> x.code().equals("unreachable-step"))
        .singleElement()
        .satisfies(x -> assertThat(x.isError()).isFalse())
        .satisfies(x -> assertThat(x.step()).isEqualTo("end"));
  }

  @Test
  void aProcessWithoutAStartIsAnErrorAndNothingIsCalledUnreachable() {
    List<Step> steps =
        List.of(new Activity("1", "Register", doneBy("Clerk")), new End("end", "", null, null));
    List<Problem> problems = validate(process(steps, List.of(Flow.of("1", "end"))));
    assertThat(codes(problems)).containsExactly("no-start");
  }

  private static Process decision(List<Flow> branches) {
    List<Step> steps =
        List.of(
            new Start("start", "", null, null),
            new Decision("2", "", "Amount?", null, DecisionKind.EXCLUSIVE, null),
            new Activity("3", "Approve", doneBy("Manager")),
            new End("end", "", null, null));
    List<Flow> flows = new ArrayList<>(List.of(Flow.of("start", "2"), Flow.of("3", "end")));
    flows.addAll(branches);
    return process(steps, flows);
  }

  private static Flow branch(String to, Double share) {
    return new Flow("2", to, "", share, false, null);
  }

  @Test
  void aDecisionNeedsTwoBranches() {
    assertThat(codes(validate(decision(List.of(branch("3", null))))))
        .containsExactly("decision-without-branches");
    assertThat(validate(decision(List.of(branch("3", null), branch("end", null))))).isEmpty();
  }

  @Test
  void statedSharesOfAnExclusiveDecisionMustAddUpToOneHundredPercent() {
    List<Problem> problems = validate(decision(List.of(branch("3", 0.5), branch("end", 0.3))));
    assertThat(codes(problems)).containsExactly("probability-sum");
    assertThat(problems.get(0).message())
        .isEqualTo("the branch probabilities of step 2 add up to 80 %, not 100 %");
    // Within half a percent counts as 100 %; one branch without a share takes the rest.
    assertThat(validate(decision(List.of(branch("3", 0.333), branch("end", 0.669))))).isEmpty();
    assertThat(validate(decision(List.of(branch("3", 0.8), branch("end", null))))).isEmpty();
    // More than 100 % is wrong even when a branch has no share.
    assertThat(codes(validate(decision(List.of(branch("3", 0.7), branch("end", 0.6))))))
        .containsExactly("probability-sum");
  }

  @Test
  void aCallMustNameAProcessOfTheWorkspace() {
    List<Step> steps =
        List.of(
            new Start("start", "", null, null),
            new Call("1", "Order", "ordering", doneBy("Clerk"), null),
            new End("end", "", null, null));
    Process p = process(steps, PLAIN_FLOWS);
    assertThat(codes(validate(p))).containsExactly("unknown-process");
    assertThat(validate(p, "ordering")).isEmpty();
  }

  @Test
  void aBoundaryEventOnAMissingStepIsAnError() {
    List<Step> steps = new ArrayList<>(plain("Clerk"));
    steps.add(new Event("t", "Late", EventTrigger.TIMER, false, "7", true, null));
    List<Flow> flows = new ArrayList<>(PLAIN_FLOWS);
    flows.add(Flow.of("t", "end"));
    List<Problem> problems = validate(process(steps, flows));
    assertThat(codes(problems)).contains("unknown-step");
    assertThat(problems).anySatisfy(x -> assertThat(x.message()).contains("attached to step 7"));
  }

  @Test
  void aWorkspaceIsValidatedProcessByProcess() {
    Process good = process(plain("Clerk"), PLAIN_FLOWS);
    Process bad = process("q", "", plain("Nobody"), PLAIN_FLOWS);
    assertThat(codes(ModelValidator.validate(new Workspace(ORG, List.of(good, bad)))))
        .containsExactly("unknown-role");
  }
}
