package org.flowbook.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {
  @Test
  void theFieldsOfDocsJsonMdInTheirOrder() {
    Problem p = PROBLEM;
    assertThat(ProblemJson.fields(p))
        .containsExactly(
            org.assertj.core.api.Assertions.entry("file", "a.flow"),
            org.assertj.core.api.Assertions.entry("line", 16),
            org.assertj.core.api.Assertions.entry("column", 23),
            org.assertj.core.api.Assertions.entry("step", "2"),
            org.assertj.core.api.Assertions.entry("severity", "error"),
            org.assertj.core.api.Assertions.entry("code", "unknown-role"),
            org.assertj.core.api.Assertions.entry("message", "role 'Chef' is not declared"),
            org.assertj.core.api.Assertions.entry("hint", "did you mean 'Chefen'?"));
  }

  private static final Problem PROBLEM =
      Problem.error(
              "unknown-role",
              "role 'Chef' is not declared",
              "did you mean 'Chefen'?",
              new SourceLocation("a.flow", 16, 23))
          .withStep("2");
}
