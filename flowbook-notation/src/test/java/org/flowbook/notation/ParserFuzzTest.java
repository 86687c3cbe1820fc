package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;

/**
 * Jazzer fuzz targets for the parsers. Under {@code mvn verify} they replay the saved inputs in
 * {@code src/test/resources/org/flowbook/notation/ParserFuzzTestInputs/}; to fuzz for real run
 * {@code JAZZER_FUZZ=1 mvn -pl flowbook-notation -am test -Dtest=ParserFuzzTest} and commit any
 * crashing input it finds there as a regression case.
 */
class ParserFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void processParserNeverThrows(byte[] input) {
    ProcessDocument doc = ProcessParser.parse("fuzz.flow", input, Language.SV);
    if (doc.hasProcess() && !doc.hasErrors()) {
      String once = ProcessFormatter.format(doc);
      ProcessDocument again = ProcessParser.parse("fuzz.flow", once);
      assertThat(again.problems()).noneMatch(Problem::isError);
      assertThat(ProcessFormatter.format(again)).isEqualTo(once);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void organizationParserNeverThrows(byte[] input) {
    OrganizationDocument doc =
        OrganizationParser.parse(SourceText.decode("organization.flow", input));
    if (!doc.hasErrors()) {
      String once = OrganizationFormatter.format(doc);
      assertThat(OrganizationFormatter.format(OrganizationParser.parse("organization.flow", once)))
          .isEqualTo(once);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void peopleCsvNeverThrows(byte[] input) {
    PeopleCsv.Result r = PeopleCsv.parse(SourceText.decode("people.csv", input));
    if (r.problems().stream().anyMatch(Problem::isError)) {
      assertThat(r.people()).as("nothing is half-imported").isEmpty();
    }
  }
}
