package org.flowbook.notation;

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
import org.flowbook.model.Problem;
import org.flowbook.output.ProblemTexts;
import org.flowbook.output.TextBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Problems in the user's language: every problem code the notation and the model can report has a
 * Swedish and an English text, and every problem the located-problem cases produce is recognized
 * (message and hint), so a Swedish user gets no English sentence from {@code flowbook check}.
 */
class ProblemTextsTest {
  /** {@code error("code", ...)}, {@code Problem.warning("code", ...)}: the codes in the sources. */
  private static final Pattern CODE =
      Pattern.compile(
          "\\b(?:error|warning|Problem\\.error|Problem\\.warning)\\(\\s*\"([a-z][a-z0-9-]*)\"");

  static Set<String> codesIn(Path sources) throws IOException {
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

  @Test
  void everyCodeOfTheNotationAndTheModelHasASwedishAndAnEnglishText() throws IOException {
    Set<String> codes = new TreeSet<>(codesIn(Path.of("src/main/java")));
    codes.addAll(codesIn(Path.of("../flowbook-model/src/main/java")));
    // The walk must find the codes, or this test would pass by checking nothing.
    assertThat(codes).contains("unknown-role", "bad-duration", "no-start").hasSizeGreaterThan(60);
    List<String> missing = codes.stream().filter(c -> !ProblemTexts.hasTexts(c)).toList();
    assertThat(missing).as("codes without a text in problems_sv/en").isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(TextBundle.keysMissingInSomeLanguage(ProblemTexts.BUNDLE)).isEmpty();
  }

  @Test
  void everyLocatedProblemIsRecognizedAndSaidInSwedish() {
    List<Problem> problems = new ArrayList<>();
    ProblemCodesTest.processCases()
        .map(Arguments::get)
        .forEach(a -> problems.addAll(ProblemCodesTest.checkProcess((String) a[2])));
    ProblemCodesTest.organizationCases()
        .map(Arguments::get)
        .forEach(
            a ->
                problems.addAll(
                    OrganizationParser.parse("organization.flow", (String) a[1]).problems()));
    assertThat(problems).hasSizeGreaterThan(40);
    List<String> unknown = new ArrayList<>();
    for (Problem p : problems) {
      if (!ProblemTexts.knows(p.code(), p.message())) {
        unknown.add(p.code() + ": " + p.message());
      }
      if (!p.hint().isEmpty() && !ProblemTexts.knowsHint(p.code(), p.hint())) {
        unknown.add(p.code() + " hint: " + p.hint());
      }
    }
    assertThat(unknown).as("messages and hints the bundle does not know").isEmpty();
  }

  /**
   * What {@code flowbook check} prints for a Swedish file, for every problem case: each message and
   * hint is one the bundle says in Swedish, and differs from the English one wherever the English
   * has words of its own (not only names and numbers).
   */
  @Test
  void everyLocatedProblemPrintedForASwedishFileIsSwedish() {
    Diagnostics sv = new Diagnostics(f -> null, false).in(Language.SV);
    List<String> english = new ArrayList<>();
    int printed = 0;
    for (Problem p : allCaseProblems()) {
      String text = sv.render(p);
      String headline = text.lines().findFirst().orElseThrow();
      String message = headline.substring(headline.indexOf("]: ") + 3);
      printed++;
      if (!ProblemTexts.says(Language.SV, p.code(), message)
          || (message.equals(p.message()) && hasWords(p.message()))) {
        english.add(p.code() + ": " + message);
      }
      text.lines()
          .filter(l -> l.strip().startsWith("= hint: "))
          .map(l -> l.strip().substring("= hint: ".length()))
          .filter(h -> !ProblemTexts.saysHint(Language.SV, p.code(), h))
          .forEach(h -> english.add(p.code() + " hint: " + h));
      assertThat(headline).startsWith(p.location() + ": " + p.severity().word() + "[" + p.code());
    }
    assertThat(printed).isGreaterThan(40);
    assertThat(english).as("printed for a Swedish file, not in Swedish").isEmpty();
  }

  /** Whether a text has letters outside its quoted names. */
  private static boolean hasWords(String text) {
    return text.replaceAll("'[^']*'", "").replaceAll("[^\\p{L}]", "").length() > 3;
  }

  private static List<Problem> allCaseProblems() {
    List<Problem> problems = new ArrayList<>();
    ProblemCodesTest.processCases()
        .map(Arguments::get)
        .forEach(a -> problems.addAll(ProblemCodesTest.checkProcess((String) a[2])));
    ProblemCodesTest.organizationCases()
        .map(Arguments::get)
        .forEach(
            a ->
                problems.addAll(
                    OrganizationParser.parse("organization.flow", (String) a[1]).problems()));
    return problems;
  }

  @Test
  void theIssuesExampleInSwedishWithCodePositionAndStepUnchanged() {
    Problem en =
        ProblemCodesTest.checkProcess("process: T\n1. A   [Inkopare]\n").stream()
            .filter(p -> p.code().equals("unknown-role"))
            .findFirst()
            .orElseThrow();
    Problem sv = ProblemTexts.in(Language.SV, en);
    assertThat(sv.message()).isEqualTo("rollen 'Inkopare' är inte deklarerad");
    assertThat(sv.hint()).isEqualTo("menade du 'Inköpare'?");
    assertThat(sv.code()).isEqualTo(en.code());
    assertThat(sv.location()).isEqualTo(en.location());
    assertThat(sv.step()).isEqualTo(en.step());
    assertThat(sv.severity()).isEqualTo(en.severity());
    assertThat(ProblemTexts.in(Language.EN, en)).isSameAs(en);
  }

  @Test
  void aMessageTheBundleDoesNotKnowStaysAsItWas() {
    Problem p = Problem.error("unknown-role", "something new", "", null);
    assertThat(ProblemTexts.in(Language.SV, p).message()).isEqualTo("something new");
  }
}
