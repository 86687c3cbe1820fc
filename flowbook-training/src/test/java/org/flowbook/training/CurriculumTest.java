package org.flowbook.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Period;
import org.flowbook.model.Workspace;
import org.flowbook.training.curriculum.Curricula;
import org.flowbook.training.curriculum.Curriculum;
import org.flowbook.training.curriculum.CurriculumStep;
import org.flowbook.training.curriculum.Involvement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curriculum is derived from the steps; only the extra items are typed. */
class CurriculumTest {
  @TempDir Path dir;

  private static final String SECOND =
      """
      process: Leverantörsfakturor
      id: fakturor
      språk: sv

      1. Registrera fakturan   [Ekonomichef]

      2. Attestera fakturan   [Beställare]
         ansvarig: Inköpare
         konsulteras: Ekonomichef
      """;

  @Test
  void rAndAStepsInLandscapeOrderWithControlsRegulationsAndExtras() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1, SECOND);
    Curriculum c = Curricula.of(ws, "inköpare");
    assertThat(c.role()).isEqualTo("Inköpare");
    assertThat(c.processes()).extracting(p -> p.processId()).containsExactly("inkop", "fakturor");
    CurriculumStep granska = c.processes().get(0).steps().get(0);
    assertThat(granska.id()).isEqualTo("2");
    assertThat(granska.involvement()).containsExactly(Involvement.RESPONSIBLE);
    assertThat(granska.controls())
        .extracting(k -> k.name())
        .containsExactly("Attest enligt attestordningen");
    // Informed on step 3 of inkop: not to learn.
    assertThat(c.processes().get(0).steps()).hasSize(1);
    CurriculumStep attest = c.processes().get(1).steps().get(0);
    assertThat(attest.involvement()).containsExactly(Involvement.ACCOUNTABLE);
    assertThat(attest.performs()).isFalse();
    assertThat(c.regulations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.citation()).isEqualTo("BFL 5:6");
              assertThat(r.regulation()).isEqualTo("Bokföringslagen");
              assertThat(r.text()).startsWith("Det ska finnas en verifikation");
            });
    assertThat(c.extraItems()).containsExactly("Attestordningen", "LOU, grundkurs");
    assertThat(c.validFor()).isEqualTo(Period.ofMonths(12));
    assertThat(c.stepCount()).isEqualTo(2);
    assertThat(c.controlCount()).isEqualTo(1);
  }

  @Test
  void consultedOnlyIsNothingToLearnAndAnUnknownRoleIsEmpty() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1, SECOND);
    Curriculum chef = Curricula.of(ws, "Ekonomichef");
    assertThat(chef.processes())
        .extracting(p -> p.processId())
        .containsExactly("inkop", "fakturor");
    assertThat(chef.processes().get(0).steps())
        .extracting(CurriculumStep::id)
        .containsExactly("2", "3");
    assertThat(Curricula.of(ws, "Lagerarbetare").isEmpty()).isTrue();
    assertThat(Curricula.all(ws))
        .extracting(Curriculum::role)
        .containsExactly("Beställare", "Inköpare", "Ekonomichef");
  }
}
