package org.flowbook.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flowbook.analysis.Fixtures;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per documentation rule with an example in docs/analysis.md: the bad example triggers the
 * rule, the good one does not. The documentation cannot drift from the code.
 */
class AnalysisDocsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final Pattern SECTION =
      Pattern.compile("(?m)^### ([a-z-]+) \\((error|warning|info)\\)$");
  private static final Pattern BLOCK = Pattern.compile("(?s)(Bad|Good):\\n```flow\\n(.*?)```");

  record Example(String code, String severity, String bad, String good) {}

  static String docs() throws IOException {
    return Files.readString(ProjectPaths.root().resolve("docs/analysis.md"));
  }

  static List<Example> examples() throws IOException {
    String text = docs();
    List<Example> out = new ArrayList<>();
    Matcher m = SECTION.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String[]> heads = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
      heads.add(new String[] {m.group(1), m.group(2)});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      String body = text.substring(starts.get(i)[1], end);
      Matcher b = BLOCK.matcher(body);
      String bad = null;
      String good = null;
      while (b.find()) {
        if (b.group(1).equals("Bad")) {
          bad = b.group(2);
        } else {
          good = b.group(2);
        }
      }
      out.add(new Example(heads.get(i)[0], heads.get(i)[1], bad, good));
    }
    return out;
  }

  static List<Problem> lint(String text) {
    Process p = Fixtures.document(text).process();
    LintContext c = LintContext.of(Fixtures.workspace(p), TODAY);
    return Linter.check(List.of(p), c);
  }

  @Test
  void everyRuleIsDocumentedWithItsSeverity() throws IOException {
    List<Example> documented = examples();
    for (Rule r : Linter.RULES) {
      assertThat(documented)
          .as("docs/analysis.md documents rule %s", r.code())
          .anyMatch(e -> e.code().equals(r.code()) && e.severity().equals(r.severity().word()));
    }
  }

  @TestFactory
  Stream<DynamicTest> badExampleTriggersTheRuleAndGoodDoesNot() throws IOException {
    return examples().stream()
        .filter(e -> e.bad() != null)
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.code(),
                    () -> {
                      assertThat(lint(e.bad()))
                          .as("bad example of %s", e.code())
                          .anyMatch(p -> p.code().equals(e.code()));
                      assertThat(e.good()).as("good example of %s", e.code()).isNotNull();
                      assertThat(lint(e.good()))
                          .as("good example of %s", e.code())
                          .noneMatch(p -> p.code().equals(e.code()));
                    }));
  }
}
