package org.flowbook.mining.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft reads like a manual: decisions on the step before, shares, waits and roles. */
class ReadableDraftTest {
  @TempDir Path dir;

  /** Writes cases of "activity@minute/resource" events separated by "; ", one case per string. */
  private EventLog log(String... cases) throws Exception {
    StringBuilder csv = new StringBuilder("case,activity,timestamp,resource\n");
    for (int c = 0; c < cases.length; c++) {
      for (String event : cases[c].split("; ")) {
        String[] p = event.split("[@/]");
        int minute = Integer.parseInt(p[1]);
        csv.append("c")
            .append(c)
            .append(',')
            .append(p[0])
            .append(',')
            .append(
                String.format("2026-01-0%dT%02d:%02d:00Z", 1 + c % 9, 8 + minute / 60, minute % 60))
            .append(',')
            .append(p.length > 2 ? p[2] : "")
            .append('\n');
      }
    }
    Path file = dir.resolve("log" + System.nanoTime() + ".csv");
    Files.writeString(file, csv);
    return EventLogs.read(file, ImportOptions.DEFAULT).log();
  }

  private static Process draft(EventLog log) {
    Performers performers = Performers.of(log, Map.of(), false, Language.SV);
    DraftFigures figures = DraftFigures.of(log, performers, Language.SV);
    ProcessTree tree =
        ObservedConcurrency.apply(InductiveMiner.discover(figures.flow(), 0), figures.flow());
    return TreeToProcess.convert(tree, "test", "Test", figures);
  }

  @Test
  void anOptionalStepIsADecisionOnTheStepBeforeWithTheObservedShare() throws Exception {
    // 8 of 10 cases do "Skicka påminnelse"; waits before it 10, 20, ... minutes
    String[] cases = new String[10];
    for (int i = 0; i < 10; i++) {
      cases[i] =
          i < 8
              ? "Ta emot@0/Handläggare; Skicka påminnelse@"
                  + (10 * (i + 1))
                  + "/Handläggare; Avsluta@200/Chef"
              : "Ta emot@0/Handläggare; Avsluta@30/Chef";
    }
    String text = ProcessFormatter.format(draft(log(cases)));
    assertThat(text)
        .contains(
            "1. Ta emot   [Handläggare]\n"
                + "   beslut: Behövs skicka påminnelse?\n"
                + "     - ja (80 %) -> 2\n"
                + "     - annars -> 3\n")
        // median of 10, 20, ..., 80 minutes = 45 min
        .contains("2. Skicka påminnelse   [Handläggare]   väntan 45 min")
        .doesNotContain("Vilken väg", "Igen?", "Gren klar");
  }

  @Test
  void aRepeatedStepBranchesBack() throws Exception {
    String[] cases = new String[10];
    for (int i = 0; i < 10; i++) {
      cases[i] =
          i < 3
              ? "Granska@0/Chef; Granska@60/Chef; Beställ@120/Inköpare"
              : "Granska@0/Chef; Beställ@60/Inköpare";
    }
    String text = ProcessFormatter.format(draft(log(cases)));
    // Granska is followed by itself 3 times and by Beställ 10 times: 3 / 13 = 23.1 %
    assertThat(text)
        .contains(
            "1. Granska   [Chef]   väntan 1 h\n"
                + "   beslut: Upprepa granska?\n"
                + "     - ja (23,1 %) -> 1\n"
                + "     - annars -> 2\n");
  }

  @Test
  void aChoiceIsOneDecisionNamingItsBranches() throws Exception {
    String[] cases = new String[10];
    for (int i = 0; i < 10; i++) {
      cases[i] =
          "Bedöm@0/Chef; "
              + (i < 7 ? "Godkänn@30/Chef" : "Avslå@30/Chef")
              + "; Arkivera@60/Arkivarie";
    }
    String text = ProcessFormatter.format(draft(log(cases)));
    assertThat(text)
        .contains("beslut: Godkänn eller avslå?")
        .contains("- Godkänn (70 %) -> 2")
        .contains("- Avslå (30 %) -> 3");
  }

  @Test
  void interleavingsWithAClearOrderAreASequenceNotParallel() throws Exception {
    // b before c in 9 cases, c before b in 1: no real concurrency
    String[] cases = new String[10];
    for (int i = 0; i < 10; i++) {
      cases[i] = i < 9 ? "a@0; b@10; c@20; d@30" : "a@0; c@10; b@20; d@30";
    }
    EventLog log = log(cases);
    TraceVariantsCheck.assertParallelIn(InductiveMiner.discover(draftFlow(log), 0));
    assertThat(
            ProcessTree.format(
                ObservedConcurrency.apply(
                    InductiveMiner.discover(draftFlow(log), 0), draftFlow(log))))
        .isEqualTo("->('a', 'b', 'c', 'd')");
    // 5 and 5: real concurrency stays
    for (int i = 0; i < 10; i++) {
      cases[i] = i < 5 ? "a@0; b@10; c@20; d@30" : "a@0; c@10; b@20; d@30";
    }
    EventLog even = log(cases);
    assertThat(
            ProcessTree.format(
                ObservedConcurrency.apply(
                    InductiveMiner.discover(draftFlow(even), 0), draftFlow(even))))
        .isEqualTo("->('a', +('b', 'c'), 'd')");
  }

  private static org.flowbook.mining.log.TraceVariants draftFlow(EventLog log) {
    return DraftFigures.of(log, Performers.none(), Language.EN).flow();
  }

  /** Checks the premise: the miner itself makes b and c parallel. */
  private static final class TraceVariantsCheck {
    static void assertParallelIn(ProcessTree t) {
      assertThat(ProcessTree.format(t)).contains("+(");
    }
  }

  @Test
  void workTimeFromStartAndCompleteAndVolumeFromArrivals() throws Exception {
    StringBuilder csv = new StringBuilder("case,activity,timestamp,lifecycle\n");
    // two cases 15 days apart; work 20 and 40 minutes (median 30), wait 10 minutes
    for (int c = 0; c < 2; c++) {
      String day = c == 0 ? "2026-01-01" : "2026-01-16";
      int work = c == 0 ? 20 : 40;
      csv.append("k").append(c).append(",a,").append(day).append("T08:00:00Z,complete\n");
      csv.append("k").append(c).append(",b,").append(day).append("T08:10:00Z,start\n");
      csv.append("k")
          .append(c)
          .append(",b,")
          .append(day)
          .append(String.format("T08:%02d:00Z,complete\n", 10 + work));
    }
    Path file = dir.resolve("lifecycle.csv");
    Files.writeString(file, csv);
    EventLog log = EventLogs.read(file, ImportOptions.DEFAULT).log();
    DraftFigures figures = DraftFigures.of(log, Performers.none(), Language.EN);
    assertThat(figures.workTimesKnown()).isTrue();
    assertThat(figures.activity("b").work()).isEqualTo(Duration.ofMinutes(30));
    assertThat(figures.activity("b").waiting()).isEqualTo(Duration.ofMinutes(10));
    // the completions alone form the control flow: a b, not a b b
    assertThat(figures.flow().traces()).hasSize(1);
    assertThat(figures.flow().traces().get(0)).hasSize(2);
    // 1 gap of 15 days → 30.4375 / 15 = 2.03 per month
    assertThat(figures.casesPerMonth()).isEqualTo(2.0);
  }

  @Test
  void personalNamesBecomeRolesUnlessKept() throws Exception {
    EventLog log =
        log(
            "Ta emot@0/Anna Svensson; Besluta@10/Per Holm",
            "Ta emot@0/Eva Berg; Besluta@10/Per Holm");
    Performers roles = Performers.of(log, Map.of(), false, Language.SV);
    assertThat(roles.performer("Ta emot")).isEqualTo("Utförare av Ta emot");
    assertThat(roles.roles()).containsEntry("Utförare av Ta emot", 2);
    assertThat(ProcessFormatter.format(draft(log))).doesNotContain("Anna", "Per Holm", "Eva");
    Performers kept = Performers.of(log, Map.of(), true, Language.SV);
    assertThat(kept.performer("Besluta")).isEqualTo("Per Holm");
    Performers mapped =
        Performers.of(
            log,
            Map.of("Anna Svensson", "Handläggare", "Eva Berg", "Handläggare", "Per Holm", "Chef"),
            false,
            Language.SV);
    assertThat(mapped.performer("Ta emot")).isEqualTo("Handläggare");
    assertThat(mapped.roles()).containsEntry("Handläggare", 2).containsEntry("Chef", 1);
  }

  @Test
  void looksPersonal() {
    assertThat(Performers.looksPersonal("Anna Svensson")).isTrue();
    assertThat(Performers.looksPersonal("112")).isTrue();
    assertThat(Performers.looksPersonal("a.b@example.org")).isTrue();
    assertThat(Performers.looksPersonal("A")).isTrue();
    assertThat(Performers.looksPersonal("Ekonomidirektör")).isFalse();
    assertThat(Performers.looksPersonal("IT support")).isFalse();
  }

  @Test
  void languageOfTheNames() {
    assertThat(NameLanguage.of(java.util.List.of("Granska anmodan", "Lägg beställningen")))
        .isEqualTo(Language.SV);
    assertThat(NameLanguage.of(java.util.List.of("Check request", "Send invoice")))
        .isEqualTo(Language.EN);
    assertThat(NameLanguage.of(java.util.List.of("W_Completeren aanvraag"))).isEqualTo(Language.EN);
  }
}
