package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbook.model.ChartDirection;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code direction:}/{@code riktning:} header: read in both languages, written canonically. */
class DirectionHeaderTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sv|riktning: nedåt|DOWN|riktning: nedåt",
        "sv|riktning: NED|DOWN|riktning: nedåt",
        "sv|riktning: höger|RIGHT|riktning: höger",
        "sv|direction: down|DOWN|riktning: nedåt",
        "en|direction: down|DOWN|direction: down",
        "en|direction:  Right |RIGHT|direction: right",
        "en|riktning: nedåt|DOWN|direction: down"
      })
  void readAndWrittenCanonically(
      String lang, String line, ChartDirection expected, String canonical) {
    String text =
        "process: P\nid: p\n"
            + (lang.equals("sv") ? "språk: sv" : "language: en")
            + "\n"
            + line
            + "\n\n1. Gör   [Chef]\n";
    ProcessDocument doc = ProcessParser.parse("p.flow", text);
    assertThat(doc.problems()).isEmpty();
    assertThat(doc.process().direction()).isEqualTo(expected);
    String formatted = ProcessFormatter.format(doc);
    assertThat(formatted).contains("\n" + canonical + "\n");
    assertThat(ProcessFormatter.format(ProcessParser.parse("p.flow", formatted)))
        .isEqualTo(formatted);
  }

  @Test
  void withoutTheHeaderEachMediumChoosesAndFmtWritesNoLine() {
    ProcessDocument doc = ProcessParser.parse("p.flow", "process: P\nid: p\n\n1. Gör   [Chef]\n");
    assertThat(doc.process().direction()).isNull();
    assertThat(doc.process().chosenDirection()).isEmpty();
    assertThat(ProcessFormatter.format(doc)).doesNotContain("direction").doesNotContain("riktning");
  }

  @Test
  void anUnknownValueIsALocatedWarningAndTheProcessStillLoads() {
    ProcessDocument doc =
        ProcessParser.parse(
            "p.flow", "process: P\nid: p\nspråk: sv\nriktning: snett\n\n1. Gör   [Chef]\n");
    assertThat(doc.process()).isNotNull();
    assertThat(doc.process().direction()).isNull();
    assertThat(doc.problems()).hasSize(1);
    Problem p = doc.problems().get(0);
    assertThat(p.severity()).isEqualTo(Severity.WARNING);
    assertThat(p.code()).isEqualTo("bad-direction");
    assertThat(p.location().line()).isEqualTo(4);
    assertThat(p.location().column()).isEqualTo(11);
    assertThat(p.message()).contains("'snett'");
    assertThat(p.hint()).isEqualTo("write right or down (höger or nedåt)");
  }
}
