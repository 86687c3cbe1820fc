package org.flowbook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the records refuse and how they normalize what they accept. */
class RecordChecksTest {
  @Test
  void aProcessRefusesTwoStepsWithOneIdAndANegativeVolume() {
    List<Step> twice =
        List.of(new Start("1", "", null, null), new Activity("1", "Again", Task.NONE));
    assertThatThrownBy(() -> process(twice, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("process p has two steps with id 1");
    assertThatThrownBy(() -> process(List.of(), -1.0))
        .hasMessage("volume of process p must not be negative");
    assertThatThrownBy(() -> process(List.of(), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(process(List.of(), 0.0).casesPerMonth()).isZero();
  }

  @Test
  void aProcessNeedsAnIdAndATitleAndFillsItsDefaults() {
    assertThatThrownBy(
            () ->
                new Process(
                    " ", "T", null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null))
        .hasMessage("process id must not be blank");
    Process p =
        new Process(
            "  p ", " T ", null, null, null, null, null, null, null, null, null, null, null, null,
            null, null);
    assertThat(p.id()).isEqualTo("p");
    assertThat(p.title()).isEqualTo("T");
    assertThat(p.owner()).isEmpty();
    assertThat(p.language()).isEqualTo(Language.EN);
    assertThat(p.status()).isEqualTo(Status.DRAFT);
    assertThat(p.steps()).isEmpty();
    assertThat(p.at()).isEqualTo(SourceLocation.UNKNOWN);
  }

  @Test
  void listsAreCopiedSoTheCallerCannotChangeARecordAfterwards() {
    List<Step> steps = new ArrayList<>(List.of(new Start("s", "", null, null)));
    Process p = process(steps, null);
    steps.add(new End("e", "", null, null));
    assertThat(p.steps()).hasSize(1);
    assertThatThrownBy(() -> p.steps().add(new End("x", "", null, null)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRoleNeedsAtLeastOnePersonAndPositiveHours() {
    assertThatThrownBy(() -> new Role("Clerk", "", 0, 500, 40, null))
        .hasMessage("capacity of role 'Clerk' must be at least 1");
    assertThatThrownBy(() -> new Role("Clerk", "", 1, -1, 40, null))
        .hasMessage("cost and hours of role 'Clerk' must be positive");
    assertThatThrownBy(() -> new Role("Clerk", "", 1, 500, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Role("", "", 1, 500, 40, null))
        .hasMessage("role name must not be blank");
    assertThat(Role.named("Clerk").hoursPerWeek()).isEqualTo(40);
  }

  @Test
  void aFlowShareIsWithinZeroAndOne() {
    assertThatThrownBy(() -> new Flow("1", "2", "", 1.5, false, null))
        .hasMessage("probability must be within 0..1: 1.5");
    assertThatThrownBy(() -> new Flow("1", "2", "", -0.1, false, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Flow("1", "2", "", Double.NaN, false, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Flow.of("1", " ")).hasMessage("flow target must not be blank");
    assertThat(new Flow("1", "2", null, 1.0, false, null).label()).isEmpty();
  }

  @Test
  void aTaskRefusesNegativeTimesAndTreatsMissingOnesAsZero() {
    assertThatThrownBy(() -> task(Duration.ofMinutes(-1)))
        .hasMessage("work and wait times must not be negative");
    assertThat(task(null).workTime()).isEqualTo(Duration.ZERO);
    assertThat(Task.NONE.hasPerformer()).isFalse();
  }

  @Test
  void aShareAndAWorkingTimeAreFractionsOfAWhole() {
    assertThatThrownBy(() -> new RoleShare("Clerk", 1.2))
        .hasMessage("the share of role 'Clerk' must be 0–100 %");
    assertThatThrownBy(() -> new RoleShare("Clerk", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RoleShare.equal(List.of("A", "B", "C")))
        .extracting(RoleShare::share)
        .containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
    assertThatThrownBy(
            () -> new Person("Anna", "", List.of(), 0, List.of(), SourceLocation.UNKNOWN))
        .hasMessage("working time of 'Anna' must be above 0 and at most 100 %");
    assertThatThrownBy(
            () -> new Person("Anna", "", List.of(), 1.01, List.of(), SourceLocation.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Person.holding("Anna", "Clerk", "Buyer").share("Buyer")).isEqualTo(0.5);
  }

  @Test
  void aDecisionWithoutATitleIsTitledByItsQuestionAndDefaultsToExclusive() {
    Decision d = new Decision("2", " ", " Amount? ", null, null, null);
    assertThat(d.title()).isEqualTo("Amount?");
    assertThat(d.kind()).isEqualTo(DecisionKind.EXCLUSIVE);
    assertThat(d.task()).isEqualTo(Task.NONE);
    assertThat(new Decision("2", "", "", null, null, null).title()).isEqualTo("?");
  }

  @Test
  void anOrganizationDefaultsToEnglishAndKronor() {
    Organization o = new Organization(null, null, " ", null, null, null, null, null, null);
    assertThat(o.name()).isEmpty();
    assertThat(o.language()).isEqualTo(Language.EN);
    assertThat(o.currency()).isEqualTo("kr");
    assertThat(o.roles()).isEmpty();
  }

  private static Task task(Duration work) {
    return Task.NONE.withPerformer("Clerk").withTimes(work, null);
  }

  private static Process process(List<Step> steps, Double volume) {
    return ModelValidatorTest.process("p", "", volume, steps, List.of());
  }
}
