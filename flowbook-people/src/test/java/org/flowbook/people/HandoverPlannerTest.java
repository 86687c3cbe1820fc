package org.flowbook.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.handbook.content.Handover;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.people.calendar.WorkCalendar;
import org.flowbook.people.report.HandoverPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handover packs computed by hand: Anna is away two weeks (16–27 August 2027, no holidays); her
 * personal cover Bo is there the first week and away the second, when the role's deputy, the
 * Ekonomichef Cecilia, is the one left.
 */
class HandoverPlannerTest {
  @TempDir Path dir;

  private Workspace workspace() {
    return Fixtures.workspace(
        dir,
        """
        roll: Ekonomiassistent
          ersättare: Ekonomichef

        roll: Ekonomichef

        roll: Inköpare

        person: Anna Berg
          roller: Ekonomiassistent, Inköpare
          ersätts av: Bo Ek

        person: Bo Ek
          roller: Inköpare

        person: Cecilia Lind
          roller: Ekonomichef
        """,
        """
        process: Leverantörsfakturor
        id: lev

        1. Registrera fakturan   [Ekonomiassistent]   arbete 10 min
           - Skanna fakturan.

        2. Attestera   [Ekonomichef]   arbete 5 min

        3. Beställ   [Inköpare]   arbete 5 min
        """);
  }

  @Test
  void eachStepOfThePersonGetsItsCoverPerStretchOfWeeks() {
    Handover h =
        HandoverPlanner.plan(
            workspace(),
            Fixtures.away("Bo Ek 2027-08-23 2027-08-27"),
            WorkCalendar.swedish(),
            "anna berg",
            LocalDate.of(2027, 8, 16),
            LocalDate.of(2027, 8, 27),
            Language.SV);
    assertThat(h.person()).isEqualTo("Anna Berg");
    assertThat(h.roles()).containsExactly("Ekonomiassistent", "Inköpare");
    // Step 2 is the Ekonomichef's, not Anna's.
    assertThat(h.steps()).extracting(Handover.HandoverStep::stepId).containsExactly("1", "3");
    // Registrera: week 33 Bo (her personal cover), then Cecilia (the role's deputy); week 34 Bo is
    // away and only Cecilia is left.
    assertThat(h.steps().get(0).cover())
        .containsExactly("V33: Bo Ek → Cecilia Lind", "V34: Cecilia Lind");
    assertThat(h.steps().get(0).uncovered()).isFalse();
    // Beställ: Bo holds Inköpare too; in week 34 he is away and nobody is left.
    assertThat(h.steps().get(1).cover()).containsExactly("V33: Bo Ek", "V34: ingen");
    assertThat(h.steps().get(1).uncovered()).isTrue();
  }

  @Test
  void weeksWithTheSameCoverShareOneLineAndEnglishSaysW() {
    Handover h =
        HandoverPlanner.plan(
            workspace(),
            Fixtures.away(),
            WorkCalendar.swedish(),
            "Anna Berg",
            LocalDate.of(2027, 8, 16),
            LocalDate.of(2027, 8, 27),
            Language.EN);
    assertThat(h.steps().get(0).cover()).containsExactly("W33–W34: Bo Ek → Cecilia Lind");
  }

  @Test
  void anUnknownPersonIsRefusedWithASuggestion() {
    assertThatThrownBy(
            () ->
                HandoverPlanner.plan(
                    workspace(),
                    Fixtures.away(),
                    WorkCalendar.swedish(),
                    "Ana Berg",
                    LocalDate.of(2027, 8, 16),
                    LocalDate.of(2027, 8, 27),
                    Language.SV))
        .hasMessageContaining("did you mean 'Anna Berg'");
  }

  @Test
  void theHandbookSetsThePackWithTheCoverBesideEachStepsInstructions() throws Exception {
    Workspace ws = workspace();
    Handover h =
        HandoverPlanner.plan(
            ws,
            Fixtures.away("Bo Ek 2027-08-23 2027-08-27"),
            WorkCalendar.swedish(),
            "Anna Berg",
            LocalDate.of(2027, 8, 16),
            LocalDate.of(2027, 8, 27),
            Language.SV);
    Handbooks handbooks = new Handbooks(org.flowbook.handbook.figure.Flowcharts.none());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handbooks.render(handbooks.handover(ws, h, Optional.empty()), OutputFormat.MARKDOWN, out);
    String md = out.toString(StandardCharsets.UTF_8);
    assertThat(md)
        .contains("*Överlämning*", "# Anna Berg", "Borta 2027-08-16 – 2027-08-27")
        .contains("| Leverantörsfakturor | [1. Registrera fakturan]")
        .contains("V33: Bo Ek → Cecilia Lind; V34: Cecilia Lind")
        .contains("Ingen täcker de här stegen vissa dagar")
        .contains("Skanna fakturan.")
        .doesNotContain("Attestera");
  }
}
