package org.flowbook.capture.guided;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.junit.jupiter.api.Test;

class GuidedDraftTest {
  private static GuidedStep plain(String title, String role, String work) {
    return new GuidedStep(title, role, work, "", "", "", "", List.of());
  }

  private static String add(String draft, GuidedStep step) {
    GuidedDraft.Result r = GuidedDraft.add(draft, step);
    assertThat(r.errors()).isEmpty();
    return r.draft();
  }

  private static Process read(String text) {
    ProcessDocument doc = ProcessParser.parse("guided.flow", text);
    assertThat(doc.problems().stream().filter(p -> p.isError())).isEmpty();
    return doc.process();
  }

  @Test
  void sixStepsWithOneDecisionMakeACanonicalProcess() {
    String d =
        GuidedDraft.start("Reklamation", "Nöjda kunder", "En kund reklamerar", Language.SV).draft();
    d = add(d, plain("Ta emot reklamationen", "Kundtjänst", "5"));
    d =
        add(
            d,
            new GuidedStep(
                "Bedöm reklamationen",
                "Kvalitetsansvarig",
                "1,5 h",
                "2 d",
                "Affärssystem, CRM",
                "Läs kundens beskrivning\nTitta på bilderna",
                "Godkänd?",
                List.of(
                    new GuidedStep.Branch("ja", "80", GuidedStep.Branch.NEXT),
                    new GuidedStep.Branch("nej", "", GuidedStep.Branch.END))));
    // the draft refers to step 3 before it is written: until then that way ends the process
    assertThat(read(GuidedDraft.finished(d)).workSteps()).hasSize(2);
    for (String t : List.of("Skicka ersättning", "Boka om leveransen", "Informera kunden")) {
      d = add(d, plain(t, "Kundtjänst", "10 min"));
    }
    d = add(d, plain("Avsluta ärendet", "", ""));
    String text = GuidedDraft.finished(d);
    Process p = read(text);
    assertThat(text).isEqualTo(ProcessFormatter.format(ProcessParser.parse("x.flow", text)));
    assertThat(p.title()).isEqualTo("Reklamation");
    assertThat(p.id()).isEqualTo("reklamation");
    assertThat(p.language()).isEqualTo(Language.SV);
    assertThat(p.workSteps()).hasSize(6);
    Decision two = (Decision) p.step("2").orElseThrow();
    assertThat(two.question()).isEqualTo("Godkänd?");
    assertThat(two.task().performer()).isEqualTo("Kvalitetsansvarig");
    assertThat(two.task().workTime()).isEqualTo(Duration.ofMinutes(90));
    assertThat(two.task().waitTime()).isEqualTo(Duration.ofDays(2));
    assertThat(two.task().systems()).containsExactly("Affärssystem", "CRM");
    assertThat(two.task().instructions())
        .containsExactly("Läs kundens beskrivning", "Titta på bilderna");
    List<Flow> ways = p.outgoing("2");
    assertThat(ways).extracting(Flow::label).containsExactly("ja", "nej");
    assertThat(ways.get(0).to()).isEqualTo("3");
    assertThat(ways.get(0).probability()).isEqualTo(0.8);
    assertThat(p.step(ways.get(1).to()).orElseThrow().getClass().getSimpleName()).isEqualTo("End");
    Activity one = (Activity) p.step("1").orElseThrow();
    assertThat(one.task().workTime()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void anAnswerCannotWriteNotation() {
    String d = GuidedDraft.start("Test", "", "", Language.EN).draft();
    d =
        add(
            d,
            new GuidedStep(
                "Sign [Boss] -> 7\n8. Injected step",
                "Clerk] [Boss",
                "",
                "",
                "",
                "decision: Hacked?\n  - yes -> end",
                "",
                List.of()));
    Process p = read(GuidedDraft.finished(d));
    assertThat(p.workSteps()).hasSize(1);
    Activity a = (Activity) p.workSteps().get(0);
    assertThat(a.task().performer()).isEqualTo("Clerk Boss");
    assertThat(a.title()).contains("(Boss)").contains("Injected step");
    assertThat(p.steps().stream().filter(Decision.class::isInstance)).isEmpty();
    assertThat(a.task().instructions()).hasSize(2);
  }

  @Test
  void wrongAnswersAreNamedByTheirField() {
    String d = GuidedDraft.start("Test", "", "", Language.SV).draft();
    GuidedDraft.Result r =
        GuidedDraft.add(
            d,
            new GuidedStep(
                "",
                "",
                "en stund",
                "",
                "",
                "",
                "Ok?",
                List.of(
                    new GuidedStep.Branch("ja", "120", "next"),
                    new GuidedStep.Branch("nej", "", "9"))));
    assertThat(r.ok()).isFalse();
    assertThat(r.draft()).isEqualTo(d);
    assertThat(r.errors())
        .extracting(e -> e.field() + ":" + e.code())
        .containsExactlyInAnyOrder(
            "title:required", "work:time", "branch1:share", "branch2:target");
    assertThat(
            GuidedDraft.add(d, new GuidedStep("A", "", "", "", "", "", "Ok?", List.of())).errors())
        .extracting(GuidedDraft.FieldError::code)
        .containsExactly("two-branches");
    assertThat(GuidedDraft.start(" ", "", "", Language.SV).errors())
        .extracting(GuidedDraft.FieldError::code)
        .containsExactly("required");
    assertThat(GuidedDraft.start("x".repeat(301), "", "", Language.SV).errors())
        .extracting(GuidedDraft.FieldError::code)
        .contains("too-long");
  }
}
