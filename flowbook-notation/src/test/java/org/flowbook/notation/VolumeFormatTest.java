package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A volume keeps a unit that states it exactly, so formatting never loses precision. */
class VolumeFormatTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "120 per månad|120 per månad",
        "1 per år|1 per år",
        "2 per vecka|2 per vecka",
        "24 per år|2 per månad",
        "3 per dag|63 per månad",
        "2,5 per månad|30 per år",
        "0,1 per dag|2,1 per månad"
      })
  void swedishVolumes(String written, String canonical) {
    String text = "process: V\nid: v\nspråk: sv\nvolym: " + written + "\n\n1. Gör   [Chef]\n";
    String formatted = ProcessFormatter.format(ProcessParser.parse("v.flow", text));
    assertThat(formatted).contains("volym: " + canonical + "\n");
    assertThat(ProcessFormatter.format(ProcessParser.parse("v.flow", formatted)))
        .isEqualTo(formatted);
  }
}
