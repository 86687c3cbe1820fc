package org.flowbook.capture.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.flowbook.handbook.Handbooks;
import org.flowbook.handbook.OutputFormat;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.ProcessParser;
import org.flowbook.output.TextBundle;
import org.flowbook.testkit.Golden;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;

class InterviewerTest {
  private static Process purchase() throws IOException {
    Path file = ProjectPaths.inRepo("examples/inkopsgodkannande.flow");
    return ProcessParser.parse(file.toString(), Files.readString(file)).process();
  }

  private static List<String> texts(Topic t) {
    return t.questions().stream().map(Question::text).toList();
  }

  @Test
  void aStepIsAskedOnlyWhatItsDocumentationLacks() throws IOException {
    InterviewGuide g =
        Interviewer.documented(
            purchase(), Language.SV, Optional.empty(), List.of(), Optional.empty());
    TextBundle sv = Interviewer.texts(Language.SV);
    // Step 2 documents its role, inputs, system, times, RACI, control, instructions, question and
    // shares; it lacks outputs, and the work comes to it from another role (Beställare).
    Topic two = g.topic("2").orElseThrow();
    assertThat(texts(two)).containsExactly(sv.get("q.starts"), sv.get("q.outputs"));
    assertThat(two.known())
        .contains(
            new Topic.Fact("Roll", "Chef"),
            new Topic.Fact("Fråga", "Belopp?"),
            new Topic.Fact("Kontroller", "Attest enligt attestordningen"),
            new Topic.Fact("Svar", "över 50 000 kr (20 %); avslag (5 %); annars"));
    // The header answers purpose, trigger, result, scope, owner and volume: left out.
    Topic whole = g.topics().get(0);
    assertThat(texts(whole))
        .doesNotContain(sv.get("q.purpose"), sv.get("q.trigger"), sv.get("q.volume"))
        .contains(sv.get("q.exceptions"), sv.get("q.worstDelay"));
    // Step 5 calls another process: nothing to ask here.
    assertThat(g.topic("5")).isEmpty();
  }

  @Test
  void aRoleIsAskedAboutItsOwnStepsAndThoseItIsConsultedOn() throws IOException {
    InterviewGuide g =
        Interviewer.documented(
            purchase(), Language.SV, Optional.of("Inköpare"), List.of(), Optional.empty());
    assertThat(g.topics().stream().map(Topic::stepId).filter(s -> !s.isEmpty()))
        .containsExactly("2", "4", "6");
  }

  @Test
  void findingsAndLogDeviationsBecomeQuestions() throws IOException {
    Problem finding =
        Problem.warning("no-outputs", "Steget saknar utdata.", "", SourceLocation.UNKNOWN)
            .withStep("2");
    LogEvidence log =
        new LogEvidence(
            "inkop.csv",
            100,
            List.of(
                new LogEvidence.StepCounts("4", 86, 14, 0),
                new LogEvidence.StepCounts("6", 99, 1, 3),
                new LogEvidence.StepCounts("1", 0, 100, 0)),
            List.of(new LogEvidence.Unmatched("Påminnelse", 40, 30)));
    InterviewGuide g =
        Interviewer.documented(
            purchase(), Language.SV, Optional.empty(), List.of(finding), Optional.of(log));
    List<String> all = g.questions().stream().map(Question::text).toList();
    assertThat(all)
        .contains(
            "Dokumentationskontrollen säger: \"Steget saknar utdata.\" Hur är det?",
            "Loggen har \"Påminnelse\" (40 gånger i 30 ärenden), som inte motsvarar något"
                + " dokumenterat steg: vad är det, och var hör det hemma?");
    assertThat(all)
        .anyMatch(
            q ->
                q.startsWith(
                    "Loggen visar att steg 4 (\"Kontrollera leverantören\") hoppas över i 14"))
        .anyMatch(q -> q.contains("steg 6") && q.contains("3 gånger"))
        .anyMatch(q -> q.startsWith("Steg 1 (") && q.contains("syns aldrig i loggen"))
        // skipped in 1 % of the cases: below the threshold, not asked
        .noneMatch(q -> q.contains("steg 6") && q.contains("hoppas över"));
    Question about =
        g.questions().stream().filter(q -> q.text().contains("utdata")).findFirst().orElseThrow();
    assertThat(about.context()).isEqualTo("Steg 2: Granska anmodan");
    assertThat(g.log()).contains("inkop.csv");
  }

  @Test
  void aNewProcessIsWalkedStepByStepInEnglish() {
    InterviewGuide g = Interviewer.newProcess("Travel expenses", Language.EN, List.of("Buyer"), 3);
    assertThat(g.isNew()).isTrue();
    assertThat(g.topics()).hasSize(1 + 3 + 1);
    assertThat(texts(g.topics().get(0)))
        .contains(
            "What is the purpose of the process: what would go wrong if nobody did it?",
            "Which roles take part, and which of them are missing from this list: Buyer?");
    assertThat(g.topics().get(2).title()).isEqualTo("Step 2");
    assertThat(texts(g.topics().get(2)))
        .hasSize(8)
        .contains("What can go wrong here, and what happens then?");
  }

  @Test
  void everyTextExistsInBothLanguages() {
    assertThat(TextBundle.keysMissingInSomeLanguage("org.flowbook.capture.interview.texts"))
        .isEmpty();
  }

  @Test
  void thePrintedFormNumbersTheQuestionsAndLeavesLinesForAnswers() throws IOException {
    InterviewGuide g =
        Interviewer.documented(
            purchase(), Language.SV, Optional.of("Inköpare"), List.of(), Optional.empty());
    Handbooks h = new Handbooks(Flowcharts.none());
    String md = render(h, g, OutputFormat.MARKDOWN);
    Golden.assertMatches(Path.of("src/test/resources/interview/inkop-inkopare.md"), md);
    String html = render(h, g, OutputFormat.HTML);
    int questions = g.questions().size();
    int lines = g.questions().stream().mapToInt(Question::lines).sum();
    assertThat(count(html, "class=\"q-number\"")).isEqualTo(questions);
    assertThat(count(html, "class=\"q-line\"")).isEqualTo(lines);
    assertThat(html).contains("<span class=\"q-number\">" + questions + ".</span>");
    byte[] pdf = bytes(h, g, OutputFormat.PDF);
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    byte[] docx = bytes(h, g, OutputFormat.DOCX);
    assertThat(docx[0]).isEqualTo((byte) 'P');
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static String render(Handbooks h, InterviewGuide g, OutputFormat f) throws IOException {
    return new String(bytes(h, g, f), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Handbooks h, InterviewGuide g, OutputFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    h.render(GuideManual.of(g, Optional.empty()), f, out);
    return out.toByteArray();
  }
}
