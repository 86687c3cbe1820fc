package org.flowbook.analysis.report;

import java.nio.file.Path;
import java.util.Optional;
import org.flowbook.analysis.Fixtures;
import org.flowbook.analysis.diff.DiffAnalyzer;
import org.flowbook.analysis.diff.ProcessDiff;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The change impact in both languages, for one and for several new steps (the English verb agrees
 * with the subject), with a role gaining and losing work, controls coming and going and a shift of
 * load: every sentence of {@link ImpactSummary} in text and HTML.
 */
class ImpactGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static final String BEFORE =
      Fixtures.PURCHASE.replace(
          "3. Approve large purchase   [CFO]   work 10 min, wait 2 d",
          "3. Approve large purchase   [CFO]   work 10 min, wait 2 d\n   control: Second approval");

  private static ProcessDiff diff(String after) {
    Process a = Fixtures.process(BEFORE);
    Process b = Fixtures.process(after);
    return new DiffAnalyzer(Fixtures.workspace(a)).compare(a, b, Optional.empty());
  }

  /**
   * One new step done by B, with a control; the CFO's control goes. (With 30 minutes of work the
   * cost change was 427.5 kr and printed 427 or 428 by the order of floating-point sums: a value on
   * the rounding edge makes a flaky golden, so the step takes 25.)
   */
  static final String ONE_NEW =
      Fixtures.PURCHASE.replace(
          "4. Place the order   [Buyer]   work 20 min",
          "4. Place the order   [Buyer]   work 20 min\n\n"
              + "5. Check the budget   [B]   work 25 min, wait 1 d\n"
              + "   control: Budget check\n"
              + "   -> end \"Order placed\"");

  /** Two new steps, the Buyer's work moves to the Requester, the order step is faster. */
  static final String TWO_NEW =
      BEFORE
          .replace("(20 %) -> 3", "(45 %) -> 3")
          .replace(
              "4. Place the order   [Buyer]   work 20 min",
              "4. Place the order   [Requester]   work 5 min")
          .replace(
              "2. Review the request   [Manager]   work 15 min, wait 1 d",
              "2. Review the request   [Manager]   work 15 min, wait 1 d\n" + "   accountable: CFO")
          .replace(
              "-> end \"Order placed\"",
              "\n5. Check the budget   [B]   work 30 min\n\n6. File the order   [A]   work 2 h\n"
                  + "   -> end \"Order placed\"");

  @ParameterizedTest
  @EnumSource(Language.class)
  void oneNewStep(Language lang) {
    ProcessDiff d = diff(ONE_NEW);
    String l = lang.code();
    Golden.assertMatches(GOLDEN.resolve("impact-one." + l + ".txt"), DiffReport.render(d, lang));
    if (lang == Language.SV) {
      // One HTML golden: the page is the text's sentences and tables in HTML (see DiffHtml).
      Golden.assertMatches(GOLDEN.resolve("impact-one.sv.html"), HtmlReport.render(d, lang));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void twoNewSteps(Language lang) {
    ProcessDiff d = diff(TWO_NEW);
    String l = lang.code();
    Golden.assertMatches(GOLDEN.resolve("impact-two." + l + ".txt"), DiffReport.render(d, lang));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void noStepAdded(Language lang) {
    ProcessDiff d = diff(BEFORE.replace("work 20 min", "work 2 h"));
    String l = lang.code();
    Golden.assertMatches(GOLDEN.resolve("impact-none." + l + ".txt"), DiffReport.render(d, lang));
  }
}
