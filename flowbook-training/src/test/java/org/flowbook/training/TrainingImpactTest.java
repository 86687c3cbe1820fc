package org.flowbook.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.flowbook.analysis.diff.FieldChange;
import org.flowbook.analysis.diff.StepChange;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.training.curriculum.Involvement;
import org.flowbook.training.impact.Acknowledger;
import org.flowbook.training.impact.PersonalChange;
import org.flowbook.training.impact.TrainingImpact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who must acknowledge version B after A, and what changed for each of them. */
class TrainingImpactTest {
  @TempDir Path dir;

  @Test
  void everyoneWithAnyPartInAChangedStepAcknowledgesOnlyPerformersRetrain() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v1 = ws.process("inkop").orElseThrow();
    Process v2 = Fixtures.edit("2", "- Kontrollera budgeten.", "- Kontrollera budgeten noga.");
    TrainingImpact impact = TrainingImpact.of(ws, v1, v2);
    assertThat(impact.affectedRoles()).containsExactly("Inköpare", "Ekonomichef");
    assertThat(impact.retrainingRoles()).containsExactly("Inköpare");
    List<Acknowledger> ack = impact.acknowledgers();
    assertThat(ack)
        .extracting(a -> a.person().name())
        .containsExactly("Emma Strand", "Oskar Nyberg", "Maria Sandberg");
    Acknowledger maria = ack.get(2);
    assertThat(maria.involvement()).containsExactly(Involvement.ACCOUNTABLE);
    assertThat(maria.mustRetrain()).isFalse();
    assertThat(maria.steps()).containsExactly("2");
    Acknowledger oskar = ack.get(1);
    assertThat(oskar.roles()).containsExactly("Inköpare");
    assertThat(oskar.mustRetrain()).isTrue();
  }

  @Test
  void informedRolesAcknowledgeToo() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v2 = Fixtures.edit("2", "Pröva mot likviditetsplanen.", "Pröva mot investeringsramen.");
    TrainingImpact impact = TrainingImpact.of(ws, ws.process("inkop").orElseThrow(), v2);
    assertThat(impact.acknowledgers())
        .extracting(a -> a.person().name(), Acknowledger::mustRetrain)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Emma Strand", false),
            org.assertj.core.groups.Tuple.tuple("Oskar Nyberg", false),
            org.assertj.core.groups.Tuple.tuple("Maria Sandberg", true));
  }

  @Test
  void whatChangedForAPersonHoldsOnlyTheirStepsBeforeAndAfter() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v2 =
        Fixtures.process(
            Fixtures.V1
                .replace("version: 1", "version: 2")
                .replace("- Ange belopp och konto.", "- Ange belopp, konto och projekt.")
                .replace("- Kontrollera budgeten.", "- Kontrollera budgeten noga."));
    TrainingImpact impact = TrainingImpact.of(ws, ws.process("inkop").orElseThrow(), v2);
    PersonalChange bo = impact.changesFor("bo ek");
    assertThat(bo.person()).isEqualTo("Bo Ek");
    assertThat(bo.steps()).hasSize(1);
    assertThat(bo.steps().get(0).kind()).isEqualTo(StepChange.Kind.CHANGED);
    assertThat(bo.steps().get(0).fields())
        .containsExactly(
            new FieldChange(
                "instructions", "Ange belopp och konto.", "Ange belopp, konto och projekt."));
    assertThat(bo.steps().get(0).before().orElseThrow().title()).isEqualTo("Fyll i anmodan");
    assertThat(impact.changesFor("Oskar Nyberg").steps())
        .extracting(s -> s.newId())
        .containsExactly("1", "2");
    assertThat(impact.changesFor("Nobody Known").isEmpty()).isTrue();
  }

  @Test
  void nothingChangedMeansNobodyAcknowledges() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process same = Fixtures.process(Fixtures.V1.replace("version: 1", "version: 1.1"));
    TrainingImpact impact = TrainingImpact.of(ws, ws.process("inkop").orElseThrow(), same);
    assertThat(impact.changedSteps()).isEmpty();
    assertThat(impact.acknowledgers()).isEmpty();
  }

  @Test
  void stepsAndWhatHangsOnThemFollowRenamesAndRenumbering() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v1 = ws.process("inkop").orElseThrow();
    // Step 2 reworded (same number, similar title), step 3 moved to 4 under the same title.
    Process v2 =
        Fixtures.process(
            Fixtures.V1
                .replace("version: 1", "version: 2")
                .replace("2. Granska anmodan", "2. Granska anmodan noga")
                .replace(
                    "3. Godkänn inköpet",
                    "3. Kontrollera leverantören   [Inköpare]\n\n" + "4. Godkänn inköpet"));
    TrainingImpact impact = TrainingImpact.of(ws, v1, v2);
    assertThat(impact.follow("2")).contains("2");
    assertThat(impact.followStep("2").orElseThrow().title()).isEqualTo("Granska anmodan noga");
    assertThat(impact.follow("3")).contains("4");
    assertThat(impact.follow("1")).contains("1");
    // A removed step has nowhere to go: a comment on it is outdated.
    Process without =
        Fixtures.process(
            Fixtures.V1.replace(
                "3. Godkänn inköpet   [Ekonomichef]\n   - Pröva mot likviditetsplanen.\n"
                    + "   informeras: Inköpare\n",
                ""));
    assertThat(TrainingImpact.of(ws, v1, without).follow("3")).isEmpty();
  }

  @Test
  void peopleNotListedCanBeAskedByTheirRoles() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v2 = Fixtures.edit("2", "- Kontrollera budgeten.", "- Kontrollera avtalet.");
    PersonalChange c =
        TrainingImpact.of(ws, ws.process("inkop").orElseThrow(), v2)
            .changesForRoles("vera", List.of("ekonomichef"));
    assertThat(c.roles()).containsExactly("ekonomichef");
    assertThat(c.steps()).hasSize(1);
    assertThat(Person.holding("x", "Inköpare").holds("inköpare")).isTrue();
  }

  /** training3: a first publication (the web app's case) is every work step added. */
  @Test
  void aFirstVersionConcernsEveryoneWithAPartInAnyStep() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v1 = ws.process("inkop").orElseThrow();
    TrainingImpact first = TrainingImpact.of(ws, java.util.Optional.empty(), v1);
    assertThat(first.changedSteps())
        .extracting(d -> d.kind(), d -> d.id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StepChange.Kind.ADDED, "1"),
            org.assertj.core.groups.Tuple.tuple(StepChange.Kind.ADDED, "2"),
            org.assertj.core.groups.Tuple.tuple(StepChange.Kind.ADDED, "3"));
    assertThat(first.acknowledgers())
        .extracting(a -> a.person().name(), Acknowledger::steps)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Bo Ek", List.of("1")),
            org.assertj.core.groups.Tuple.tuple("Emma Strand", List.of("2", "3")),
            org.assertj.core.groups.Tuple.tuple("Oskar Nyberg", List.of("2", "3", "1")),
            org.assertj.core.groups.Tuple.tuple("Maria Sandberg", List.of("2", "3")));
    assertThat(first.acknowledgers()).allMatch(Acknowledger::mustRetrain);
    assertThat(first.follow("2")).isEmpty();
    // With a version before, the same call is the ordinary comparison.
    Process v2 = Fixtures.edit("2", "- Kontrollera budgeten.", "- Kontrollera budgeten noga.");
    assertThat(TrainingImpact.of(ws, java.util.Optional.of(v1), v2).changedSteps())
        .extracting(d -> d.id())
        .containsExactly("2");
  }

  /**
   * training3: renaming the step a decision leads to is a change of that step only — the diff names
   * branch targets by title, but the deciding role's work is the same. Sending a branch elsewhere
   * is a change of the deciding step.
   */
  @Test
  void renamingABranchTargetConcernsOnlyTheTargetsRoles() {
    String v1 =
        """
        process: Inköp
        id: inkop
        version: 1
        språk: sv

        1. Granska anmodan   [Inköpare]
           beslut: Belopp?
             - stort -> 2
             - litet -> 3

        2. Godkänn stort inköp   [Ekonomichef]
           -> 3

        3. Beställ   [Beställare]
        """;
    Workspace ws = Fixtures.workspace(dir, v1);
    Process before = ws.process("inkop").orElseThrow();
    Process renamed =
        Fixtures.process(v1.replace("2. Godkänn stort inköp", "2. Godkänn stora inköp"));
    TrainingImpact typo = TrainingImpact.of(ws, before, renamed);
    assertThat(typo.changedSteps()).extracting(d -> d.id()).containsExactly("2");
    assertThat(typo.acknowledgers())
        .extracting(a -> a.person().name())
        .containsExactly("Maria Sandberg");
    Process rerouted = Fixtures.process(v1.replace("- litet -> 3", "- litet -> 2"));
    assertThat(TrainingImpact.of(ws, before, rerouted).acknowledgers())
        .extracting(a -> a.person().name())
        .containsExactly("Emma Strand", "Oskar Nyberg");
  }
}
