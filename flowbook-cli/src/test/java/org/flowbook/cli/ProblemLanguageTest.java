package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flowbook.model.Language;
import org.flowbook.output.ProblemTexts;
import org.flowbook.output.TextBundle;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems in the user's language (issue 12 item 5) for every reader, not only the notation: each
 * problem code any reader can report has a Swedish and an English text, and the commands run on
 * Swedish inputs print no problem message or hint that is not Swedish.
 */
class ProblemLanguageTest {
  /** {@code error("code"}, {@code Problem.warning("code"}, {@code warn(} ...: codes in sources. */
  private static final Pattern CODE =
      Pattern.compile(
          "(?:\\b(?:error|warning|warn|note|refused|failed)\\(\\s*"
              + "|new Problem\\(\\s*Severity\\.[A-Z]+,\\s*)\"([a-z][a-z0-9-]*)\"");

  private static final Pattern HEADLINE =
      Pattern.compile("^(?:.*): (?:error|warning|info)\\[([a-z0-9-]+)\\]: (.*)$");
  private static final Pattern HINT = Pattern.compile("^\\s+= hint: (.*)$");

  private static final List<String> READERS =
      List.of(
          "flowbook-model",
          "flowbook-notation",
          "flowbook-bpmn",
          "flowbook-mining",
          "flowbook-people",
          "flowbook-simulation",
          "flowbook-capture",
          "flowbook-training");

  @TempDir Path dir;

  @Test
  void everyCodeOfEveryReaderHasASwedishAndAnEnglishText() throws IOException {
    Set<String> codes = new TreeSet<>();
    for (String module : READERS) {
      codes.addAll(codesIn(ProjectPaths.root().resolve(module).resolve("src/main/java")));
    }
    // The walk must find the readers' codes, or this test would pass by checking nothing.
    assertThat(codes)
        .contains("unknown-role", "not-bpmn", "ragged-row", "ics-bad-rule", "bad-volume")
        .contains("drawio-no-flow", "bad-training-record")
        .hasSizeGreaterThan(150);
    List<String> missing = codes.stream().filter(c -> !ProblemTexts.hasTexts(c)).toList();
    assertThat(missing).as("codes without a text in problems_sv/en").isEmpty();
  }

  @Test
  void theCommandLinesOwnWordsExistInBothLanguages() {
    assertThat(TextBundle.keysMissingInSomeLanguage(CheckCommand.TEXTS)).isEmpty();
    assertThat(TextBundle.keysMissingInSomeLanguage(ProblemTexts.BUNDLE)).isEmpty();
  }

  @Test
  void aBrokenBpmnFileIsReportedInSwedish() throws IOException {
    Path bpmn = dir.resolve("inkop.bpmn");
    Files.writeString(
        bpmn,
        """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
          <process id="inkop" name="Inköp">
            <laneSet id="ls"><lane id="l1"><flowNodeRef>t1</flowNodeRef></lane></laneSet>
            <startEvent id="s"/>
            <task id="t1" name="Godkänn"><standardLoopCharacteristics/></task>
            <endEvent id="e"/>
            <sequenceFlow id="f1" sourceRef="s" targetRef="t1"/>
            <sequenceFlow id="f2" sourceRef="t1" targetRef="e"/>
            <sequenceFlow id="f3" sourceRef="t1"/>
            <group id="g"/>
            <textAnnotation id="a"><text>Lös anteckning</text></textAnnotation>
          </process>
        </definitions>
        """);
    Cli r =
        Cli.run("convert", bpmn.toString(), dir.resolve("x.flow").toString(), "--lang", "sv", "-v");
    assertAllSwedish(r.err(), 4);
  }

  @Test
  void aBrokenStepListIsReportedInSwedish() throws IOException {
    Path list = dir.resolve("steg.csv");
    Files.writeString(
        list,
        "Steg;Titel;Roll;Nästa;Tid;Färg\n1;Ta emot;Kundtjänst;9;snart;röd\n2;;Kundtjänst;;;\n");
    Cli r = Cli.run("convert", list.toString(), dir.resolve("x.flow").toString(), "--lang", "sv");
    assertAllSwedish(r.err(), 3);
  }

  @Test
  void aBrokenScenarioIsReportedInSwedish() throws IOException {
    Path scenario = dir.resolve("s.scenario");
    Files.writeString(
        scenario,
        "scenario: Sommar\nvolym: Okänd process +30 %\nfärg: röd\nperiod: 2027-08-31 – 2027-06-01\n");
    Cli r =
        Cli.run(
            "simulate",
            ProjectPaths.root().resolve("examples").toString(),
            "--scenario",
            scenario.toString(),
            "--lang",
            "sv");
    assertAllSwedish(r.err(), 2);
  }

  @Test
  void aBrokenEventLogIsReportedInSwedish() throws IOException {
    Path csv = dir.resolve("rows.csv");
    Files.writeString(
        csv, "case,activity,timestamp\n1,a,2024-01-01T00:00:00Z\n1,b,tomorrow\n2,c\n");
    Cli r = Cli.run("mine", csv.toString(), "--lang", "sv");
    assertAllSwedish(r.err(), 1);
  }

  /** Every problem printed is said in Swedish: its message and its hint. */
  private static void assertAllSwedish(String err, int atLeast) {
    List<String> english = new ArrayList<>();
    int problems = 0;
    String code = null;
    for (String line : err.split("\n")) {
      Matcher h = HEADLINE.matcher(line);
      Matcher hint = HINT.matcher(line);
      if (h.matches()) {
        problems++;
        code = h.group(1);
        if (!ProblemTexts.says(Language.SV, code, h.group(2))) {
          english.add(code + ": " + h.group(2));
        }
      } else if (hint.matches() && code != null) {
        if (!ProblemTexts.saysHint(Language.SV, code, hint.group(1))) {
          english.add(code + " hint: " + hint.group(1));
        }
      }
    }
    assertThat(problems).as("problems printed in\n" + err).isGreaterThanOrEqualTo(atLeast);
    assertThat(english).as("not said in Swedish, in\n" + err).isEmpty();
  }

  private static Set<String> codesIn(Path sources) throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = CODE.matcher(Files.readString(f));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }
}
