package org.flowbook.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.flowbook.handbook.figure.Flowcharts;
import org.flowbook.model.Language;
import org.flowbook.model.Workspace;
import org.flowbook.output.LocaleFormat;
import org.junit.jupiter.api.Test;

class LanguageTest {
  private static final Workspace WS = Fixtures.workspace();

  @Test
  void bothBundlesHaveTheSameKeys() throws Exception {
    assertThat(keys("sv").stringPropertyNames()).isEqualTo(keys("en").stringPropertyNames());
  }

  @Test
  void labelsSwitchWhileTheContentKeepsItsLanguage() {
    String sv = html(Language.SV);
    String en = html(Language.EN);
    assertThat(sv)
        .contains(
            ">Steg för steg<",
            ">Ansvarsmatris (RACI)<",
            ">Processägare<",
            "lang=\"sv\"",
            "1 mars 2027");
    assertThat(en)
        .contains(
            ">Step by step<",
            ">Responsibility matrix (RACI)<",
            ">Process owner<",
            "lang=\"en\"",
            "1 March 2027");
    assertThat(en).doesNotContain("Steg för steg", "Ansvarsmatris", "Processägare");
    for (String html : new String[] {sv, en}) {
      assertThat(html).contains("Fyll i inköpsanmodan", "Öppna inköpsformuläret i affärssystemet.");
    }
  }

  @Test
  void numbersDatesAndDurationsFollowTheLocale() {
    LocaleFormat sv = LocaleFormat.of(Language.SV);
    LocaleFormat en = LocaleFormat.of(Language.EN);
    assertThat(sv.number(50000, 1)).isEqualTo("50\u00a0000");
    assertThat(en.number(50000, 1)).isEqualTo("50,000");
    assertThat(sv.number(1.5, 1)).isEqualTo("1,5");
    assertThat(sv.exact(java.time.Duration.ofMinutes(90))).isEqualTo("1\u00a0tim 30\u00a0min");
    assertThat(en.exact(java.time.Duration.ofDays(2))).isEqualTo("2\u00a0days");
    assertThat(sv.list(java.util.List.of("a", "b", "c"))).isEqualTo("a, b och c");
  }

  private static String html(Language language) {
    byte[] bytes =
        new Handbooks(Flowcharts.none())
            .bytes(WS, Fixtures.process("purchase-approval", OutputFormat.HTML, language));
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Properties keys(String code) throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        LanguageTest.class.getResourceAsStream(
            "/org/flowbook/handbook/i18n/texts_" + code + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
