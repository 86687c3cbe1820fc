package org.flowbook.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.training.record.TrainingRecord;
import org.flowbook.training.status.Cell;
import org.flowbook.training.status.MatrixBuilder;
import org.flowbook.training.status.TrainingMatrix;
import org.flowbook.training.status.TrainingStatus;
import org.flowbook.training.version.ProcessVersion;
import org.flowbook.training.version.Versions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staleness rule on hand-made versions: a change to role X's step makes exactly X's people
 * stale; a change in another role's step leaves them current.
 */
class StalenessTest {
  private static final LocalDate TRAINED = LocalDate.of(2027, 1, 10);
  private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  @TempDir Path dir;

  /** Everyone trained on version 1 of the process. */
  private static List<TrainingRecord> everyoneOnV1() {
    return List.of(
        TrainingRecord.of("Bo Ek", "inkop", "1", TRAINED, "Anna"),
        TrainingRecord.of("Emma Strand", "inkop", "1", TRAINED, "Anna"),
        TrainingRecord.of("Oskar Nyberg", "inkop", "1", TRAINED, "Anna"),
        TrainingRecord.of("Maria Sandberg", "inkop", "1", TRAINED, "Anna"));
  }

  private Map<String, TrainingStatus> statusAfter(Process... newer) {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Versions v = Versions.current(ws);
    for (Process p : newer) {
      v = v.then(ProcessVersion.labelled(p));
    }
    TrainingMatrix m = new MatrixBuilder(ws, v).build(everyoneOnV1(), TODAY);
    assertThat(m.processes()).extracting(TrainingMatrix.Column::processId).containsExactly("inkop");
    return IntStream.range(0, m.people().size())
        .boxed()
        .collect(Collectors.toMap(i -> m.people().get(i).name(), i -> m.cell(i, 0).status()));
  }

  @Test
  void withoutANewVersionEveryoneIsCurrent() {
    assertThat(statusAfter())
        .containsOnly(
            Map.entry("Bo Ek", TrainingStatus.CURRENT),
            Map.entry("Emma Strand", TrainingStatus.CURRENT),
            Map.entry("Oskar Nyberg", TrainingStatus.CURRENT),
            Map.entry("Maria Sandberg", TrainingStatus.CURRENT));
  }

  @Test
  void aChangeToTheBuyersStepMakesExactlyTheBuyersStale() {
    Process v2 =
        Fixtures.edit("2", "- Kontrollera budgeten.", "- Kontrollera budgeten och avtalet.");
    assertThat(statusAfter(v2))
        .containsOnly(
            Map.entry("Bo Ek", TrainingStatus.CURRENT),
            Map.entry("Emma Strand", TrainingStatus.STALE),
            Map.entry("Oskar Nyberg", TrainingStatus.STALE),
            // Accountable for step 2 but does not perform it: acknowledges, does not re-train.
            Map.entry("Maria Sandberg", TrainingStatus.CURRENT));
  }

  @Test
  void aTypoFixInAnotherRolesStepLeavesThemCurrent() {
    Process v2 = Fixtures.edit("2", "Pröva mot likviditetsplanen.", "Pröva mot likviditetsplanen");
    assertThat(statusAfter(v2))
        .containsOnly(
            Map.entry("Bo Ek", TrainingStatus.CURRENT),
            Map.entry("Emma Strand", TrainingStatus.CURRENT),
            Map.entry("Oskar Nyberg", TrainingStatus.CURRENT),
            Map.entry("Maria Sandberg", TrainingStatus.STALE));
  }

  @Test
  void aStepHandedToAnotherRoleMakesBothRolesStale() {
    Process v2 =
        Fixtures.edit("2", "3. Godkänn inköpet   [Ekonomichef]", "3. Godkänn inköpet   [Inköpare]");
    Map<String, TrainingStatus> s = statusAfter(v2);
    assertThat(s.get("Maria Sandberg")).isEqualTo(TrainingStatus.STALE);
    assertThat(s.get("Emma Strand")).isEqualTo(TrainingStatus.STALE);
    assertThat(s.get("Bo Ek")).isEqualTo(TrainingStatus.CURRENT);
  }

  @Test
  void theChangeCountsAcrossSeveralVersions() {
    Process v2 = Fixtures.edit("2", "Pröva mot likviditetsplanen.", "Pröva mot planen.");
    Process v3 =
        Fixtures.process(
            Fixtures.V1
                .replace("version: 1", "version: 3")
                .replace("Pröva mot likviditetsplanen.", "Pröva mot planen.")
                .replace("Ange belopp och konto.", "Ange belopp, konto och projekt."));
    Map<String, TrainingStatus> s = statusAfter(v2, v3);
    assertThat(s)
        .containsOnly(
            Map.entry("Bo Ek", TrainingStatus.STALE),
            Map.entry("Emma Strand", TrainingStatus.CURRENT),
            Map.entry("Oskar Nyberg", TrainingStatus.STALE),
            Map.entry("Maria Sandberg", TrainingStatus.STALE));
  }

  @Test
  void aRecordOnTheNewestVersionIsCurrentAndTheChangedStepIsNamed() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v2 = Fixtures.edit("2", "- Kontrollera budgeten.", "- Kontrollera budgeten noga.");
    Versions v = Versions.current(ws).then(ProcessVersion.labelled(v2));
    TrainingMatrix m =
        new MatrixBuilder(ws, v)
            .build(
                List.of(
                    TrainingRecord.of("Emma Strand", "inkop", "1", TRAINED, "Anna"),
                    TrainingRecord.of("Oskar Nyberg", "inkop", "1", TRAINED, "Anna"),
                    TrainingRecord.of("Oskar Nyberg", "inkop", "2", TRAINED.plusDays(30), "Anna")),
                TODAY);
    Cell emma = m.find("Emma Strand", "inkop").orElseThrow();
    assertThat(emma.status()).isEqualTo(TrainingStatus.STALE);
    assertThat(emma.changedSteps()).containsExactly("Granska anmodan");
    assertThat(m.find("oskar nyberg", "inkop").orElseThrow().status())
        .isEqualTo(TrainingStatus.CURRENT);
    assertThat(m.find("Bo Ek", "inkop").orElseThrow().status()).isEqualTo(TrainingStatus.MISSING);
  }

  @Test
  void insertingAStepThatRenumbersTheRestStalesOnlyTheNeighboursRoles() {
    // A new step 2 for Beställare pushes Granska to 3 and Godkänn to 4: a renumbering alone is
    // no change for the buyers and the finance manager; step 1's next step changed, so Bo's is.
    Process v2 =
        Fixtures.process(
            Fixtures.V1
                .replace("version: 1", "version: 2")
                .replace("3. Godkänn", "4. Godkänn")
                .replace("2. Granska", "3. Granska")
                .replace(
                    "1. Fyll i anmodan   [Beställare]\n   - Ange belopp och konto.\n",
                    "1. Fyll i anmodan   [Beställare]\n   - Ange belopp och konto.\n\n"
                        + "2. Bifoga offert   [Beställare]\n"));
    assertThat(statusAfter(v2))
        .containsOnly(
            Map.entry("Bo Ek", TrainingStatus.STALE),
            Map.entry("Emma Strand", TrainingStatus.CURRENT),
            Map.entry("Oskar Nyberg", TrainingStatus.STALE),
            Map.entry("Maria Sandberg", TrainingStatus.CURRENT));
  }

  @Test
  void aStepRecordFollowsItsStepThroughRenumbering() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process renumbered =
        Fixtures.process(
            Fixtures.V1
                .replace("version: 1", "version: 2")
                .replace("3. Godkänn", "4. Godkänn")
                .replace("2. Granska", "3. Granska")
                .replace("1. Fyll i anmodan", "1. Fyll i anmodan   [Beställare]\n\n2. Ny")
                .replace("2. Ny   [Beställare]", "2. Ny   [Beställare]"));
    Versions v = Versions.current(ws).then(ProcessVersion.labelled(renumbered));
    var step2 =
        new TrainingRecord(
            "Emma Strand",
            "inkop",
            "2",
            "1",
            TRAINED,
            "Anna",
            java.time.Period.ZERO,
            org.flowbook.model.SourceLocation.UNKNOWN);
    var verdict = new MatrixBuilder(ws, v).staleness().judge(step2, List.of("Inköpare"));
    assertThat(verdict.stale()).isFalse();
    assertThat(verdict.currentStepId()).isEqualTo("3");
  }

  @Test
  void anUnknownVersionIsStaleAndSaysSo() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    TrainingMatrix m =
        new MatrixBuilder(ws)
            .build(List.of(TrainingRecord.of("Emma Strand", "inkop", "0.9", TRAINED, "A")), TODAY);
    Cell c = m.find("Emma Strand", "inkop").orElseThrow();
    assertThat(c.status()).isEqualTo(TrainingStatus.STALE);
    assertThat(c.unknownVersion()).isTrue();
    assertThat(m.problems()).extracting(p -> p.code()).containsExactly("unknown-version");
  }

  @Test
  void aVersionMayBeNamedByAPrefixOfItsContentHash() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Versions v = Versions.current(ws);
    String hash = v.of("inkop").orElseThrow().current().hash();
    TrainingMatrix m =
        new MatrixBuilder(ws, v)
            .build(
                List.of(
                    TrainingRecord.of(
                        "Emma Strand", "inkop", "sha:" + hash.substring(0, 8), TRAINED, "A"),
                    TrainingRecord.of("Bo Ek", "inkop", hash.substring(0, 6), TRAINED, "A")),
                TODAY);
    assertThat(m.find("Emma Strand", "inkop").orElseThrow().status())
        .isEqualTo(TrainingStatus.CURRENT);
    // Six characters are too few to name a version.
    assertThat(m.find("Bo Ek", "inkop").orElseThrow().unknownVersion()).isTrue();
  }

  @Test
  void theRolesValidityExpiresTheRecordTheDayAfterItsLastValidDay() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    List<TrainingRecord> r =
        List.of(TrainingRecord.of("Emma Strand", "inkop", "1", LocalDate.of(2026, 1, 10), "A"));
    MatrixBuilder b = new MatrixBuilder(ws);
    Cell lastDay = b.build(r, LocalDate.of(2027, 1, 9)).find("Emma Strand", "inkop").orElseThrow();
    assertThat(lastDay.status()).isEqualTo(TrainingStatus.CURRENT);
    assertThat(lastDay.expires()).isEqualTo(LocalDate.of(2027, 1, 9));
    assertThat(
            b.build(r, LocalDate.of(2027, 1, 10))
                .find("Emma Strand", "inkop")
                .orElseThrow()
                .status())
        .isEqualTo(TrainingStatus.EXPIRED);
    // Maria's role has no giltig: her training does not expire.
    Cell maria =
        b.build(
                List.of(
                    TrainingRecord.of(
                        "Maria Sandberg", "inkop", "1", LocalDate.of(2000, 1, 1), "A")),
                TODAY)
            .find("Maria Sandberg", "inkop")
            .orElseThrow();
    assertThat(maria.status()).isEqualTo(TrainingStatus.CURRENT);
    assertThat(maria.expires()).isNull();
  }

  @Test
  void stepRecordsCountOnlyWhenTheyCoverEveryStepOfThePersonsRoles() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    MatrixBuilder b = new MatrixBuilder(ws);
    // Oskar is Beställare (step 1) and Inköpare (step 2).
    TrainingRecord s1 = step("Oskar Nyberg", "1");
    TrainingRecord s2 = step("Oskar Nyberg", "2");
    assertThat(b.build(List.of(s1), TODAY).find("Oskar Nyberg", "inkop").orElseThrow().status())
        .isEqualTo(TrainingStatus.MISSING);
    assertThat(b.build(List.of(s1, s2), TODAY).find("Oskar Nyberg", "inkop").orElseThrow().status())
        .isEqualTo(TrainingStatus.CURRENT);
  }

  private static TrainingRecord step(String person, String step) {
    return new TrainingRecord(
        person,
        "inkop",
        step,
        "1",
        TRAINED,
        "Anna",
        java.time.Period.ZERO,
        org.flowbook.model.SourceLocation.UNKNOWN);
  }

  /**
   * training3: re-trained on the day of the old sign-off (the web app: trained in the morning on
   * version 1, version 2 published at noon, re-trained in the afternoon) — the later record counts,
   * in the order given, for whole-process and step records alike.
   */
  @Test
  void ofTwoRecordsOnOneDayTheLaterOneCounts() {
    Workspace ws = Fixtures.workspace(dir, Fixtures.V1);
    Process v2 = Fixtures.edit("2", "- Kontrollera budgeten.", "- Kontrollera budgeten noga.");
    Versions v = Versions.current(ws).then(ProcessVersion.labelled(v2));
    TrainingRecord morning = TrainingRecord.of("Emma Strand", "inkop", "1", TRAINED, "Anna");
    TrainingRecord afternoon = TrainingRecord.of("Emma Strand", "inkop", "2", TRAINED, "Anna");
    MatrixBuilder b = new MatrixBuilder(ws, v);
    assertThat(b.build(List.of(morning, afternoon), TODAY).find("Emma Strand", "inkop"))
        .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(TrainingStatus.CURRENT));
    assertThat(b.build(List.of(afternoon, morning), TODAY).find("Emma Strand", "inkop"))
        .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(TrainingStatus.STALE));
    TrainingRecord stepMorning =
        new TrainingRecord(
            "Emma Strand", "inkop", "2", "1", TRAINED, "Anna", java.time.Period.ZERO, null);
    TrainingRecord stepAfternoon =
        new TrainingRecord(
            "Emma Strand", "inkop", "2", "2", TRAINED, "Anna", java.time.Period.ZERO, null);
    assertThat(b.build(List.of(stepMorning, stepAfternoon), TODAY).find("Emma Strand", "inkop"))
        .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(TrainingStatus.CURRENT));
  }
}
