package org.flowbook.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbook.notation.SourceText;
import org.flowbook.simulation.scenario.ScenarioFormatter;
import org.junit.jupiter.api.Test;

/** {@code flowbook fmt} on scenario files: one canonical form, comments kept, errors untouched. */
class ScenarioFormatterTest {

  @Test
  void aSwedishScenarioIsWrittenCanonicallyAndTheFormIsAFixedPoint() {
    String messy =
        """
        # Sommaren 2027
        scenario:   Sommar 2027
          beskrivning: En inköpare borta i juli.


        period: 2027-06-01 till 2027-08-31
        volym: Inköpsgodkännande × 1,3
        volym: alla -10%
        antal: Inköpare -1 från 2027-07-01 till 2027-07-31
        arbetstid: Inköpare Mon-Fri 7.00-16.00
        working hours: all 24/7
        """;
    String expected =
        """
        # Sommaren 2027
        scenario: Sommar 2027
        beskrivning: En inköpare borta i juli.

        period: 2027-06-01 – 2027-08-31
        volym: Inköpsgodkännande +30 %
        volym: alla −10 %
        antal: Inköpare −1 från 2027-07-01 till 2027-07-31
        arbetstid: Inköpare mån–fre 07:00–16:00
        arbetstid: alla dygnet runt
        """;
    String once = ScenarioFormatter.format(SourceText.of("s.scenario", messy)).orElseThrow();
    assertThat(once).isEqualTo(expected);
    assertThat(ScenarioFormatter.format(SourceText.of("s.scenario", once))).hasValue(once);
  }

  @Test
  void anEnglishScenarioKeepsEnglishWords() {
    String text =
        "scenario: Summer\ndescription: x\nvolume: purchase 150 per month\n"
            + "capacity: Buyer 3 from 2027-07-01\nworking hours: Buyer mån–fre 08:00–17:00\n";
    assertThat(ScenarioFormatter.format(SourceText.of("s.scenario", text)))
        .hasValue(
            "scenario: Summer\ndescription: x\nvolume: purchase 150 per month\n"
                + "capacity: Buyer 3 from 2027-07-01\nworking hours: Buyer mon-fri 08:00-17:00\n");
  }

  @Test
  void aScenarioWithErrorsIsNotFormatted() {
    assertThat(ScenarioFormatter.format(SourceText.of("s.scenario", "volym: X minus\n"))).isEmpty();
  }
}
