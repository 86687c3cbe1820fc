package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flowbook.model.Problem;
import org.flowbook.testkit.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the canonical formatter: each {@code format/NAME.flow} beside its {@code
 * NAME.expected.flow}; the expected text is itself a fixed point of the formatter.
 */
class FormatterGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/format");

  static Stream<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".flow") && !n.endsWith(".expected.flow"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void formatsToTheGoldenFile(String name) throws IOException {
    String input = Files.readString(DIR.resolve(name));
    String formatted = format(name, input);
    Golden.assertMatches(DIR.resolve(name.replace(".flow", ".expected.flow")), formatted);
    assertThat(format(name, formatted))
        .as("formatting the golden output again")
        .isEqualTo(formatted);
  }

  private static String format(String name, String text) {
    if (name.startsWith("organization")) {
      OrganizationDocument doc = OrganizationParser.parse(name, text);
      assertThat(doc.problems()).noneMatch(Problem::isError);
      return OrganizationFormatter.format(doc);
    }
    ProcessDocument doc = ProcessParser.parse(name, text);
    assertThat(doc.problems()).as("problems of %s", name).noneMatch(Problem::isError);
    return ProcessFormatter.format(doc);
  }
}
