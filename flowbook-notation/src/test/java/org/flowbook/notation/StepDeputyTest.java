package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.flowbook.model.ModelValidator;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.junit.jupiter.api.Test;

/** {@code ersättare:} under a step, and unknown {@code word:} lines that are no keyword. */
class StepDeputyTest {

  @Test
  void aStepNamesItsDeputiesInOrderAndFormatsThemBack() {
    String text =
        """
        process: Inköp
        id: inkop
        språk: sv

        1. Granska anmodan   [Inköpare]   arbete 10 min
           ersättare: Ekonomichef, Anna Berg
        """;
    ProcessDocument doc = ProcessParser.parse("inkop.flow", text);
    assertThat(doc.problems()).isEmpty();
    assertThat(doc.process().step("1").orElseThrow().task().deputies())
        .containsExactly("Ekonomichef", "Anna Berg");
    assertThat(ProcessFormatter.format(doc)).contains("   ersättare: Ekonomichef, Anna Berg\n");
  }

  @Test
  void anUnknownDeputyIsAnErrorAtTheWord() {
    String text = "process: T\nid: t\n\n1. Do   [Chef]\n   deputy: Chef, Nobody\n";
    ProcessDocument doc = ProcessParser.parse("t.flow", text);
    Organization org = OrganizationParser.parse("organization.flow", "role: Chef\n").organization();
    List<Problem> found = new ModelValidator(org, List.of()).validate(doc.process(), doc.locator());
    assertThat(found)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("unknown-deputy");
              assertThat(p.location().line()).isEqualTo(5);
              assertThat(p.location().column()).isEqualTo(18);
            });
  }

  @Test
  void anUnknownWordLineIsAWarningNeverSilentText() {
    String text =
        "process: T\nid: t\n\n1. Do   [Chef]\n   ersätare: Anna\n\n   Exempel: en faktura\n";
    ProcessDocument doc = ProcessParser.parse("t.flow", text);
    assertThat(doc.problems())
        .extracting(Problem::code, p -> p.hint().substring(0, Math.min(28, p.hint().length())))
        .containsExactly(
            Tuple.tuple("unknown-keyword", "did you mean 'ersättare:'?; "),
            Tuple.tuple("unknown-keyword", "not a keyword in Swedish or "));
    // Nothing is lost: both lines stay as instruction text.
    assertThat(String.join(" ", doc.process().step("1").orElseThrow().task().instructions()))
        .contains("ersätare: Anna", "Exempel: en faktura");
  }

  @Test
  void aDashedInstructionWithAColonIsNoKeyword() {
    String text = "process: T\nid: t\n\n1. Do   [Chef]\n   - Exempel: en faktura\n";
    assertThat(ProcessParser.parse("t.flow", text).problems()).isEmpty();
  }
}
