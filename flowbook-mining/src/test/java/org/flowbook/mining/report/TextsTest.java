package org.flowbook.mining.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flowbook.model.Language;
import org.flowbook.output.TextBundle;
import org.junit.jupiter.api.Test;

/** The English and Swedish texts of the mining reports have the same keys and arguments. */
class TextsTest {
  private static final Pattern PLAIN_ARGUMENT = Pattern.compile("\\{(\\d+)\\}");
  private static final Pattern KEY_LITERAL =
      Pattern.compile(
          "\"((?:unit|n|path|period|col|summary|card|report|variants|bottlenecks|processing"
              + "|rework|resources|problems|footer|conformance|painted|map|discovery)"
              + "(?:\\.[a-zA-Z0-9]+)*)\"");

  private static Properties bundle(Language language) throws IOException {
    Properties p = new Properties();
    String name = "/org/flowbook/mining/report/texts_" + language.code() + ".properties";
    try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyKeyHasATextInBothLanguages() throws IOException {
    Properties en = bundle(Language.EN);
    Properties sv = bundle(Language.SV);
    assertThat(sv.stringPropertyNames())
        .as("keys missing in Swedish or English")
        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    for (Properties p : new Properties[] {en, sv}) {
      p.forEach((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
    }
  }

  /** A translation keeps every value it is given ({0}, ...); only word choices may differ. */
  @Test
  void bothLanguagesShowTheSameArguments() throws IOException {
    Properties en = bundle(Language.EN);
    Properties sv = bundle(Language.SV);
    for (String key : en.stringPropertyNames()) {
      assertThat(plainArguments(sv.getProperty(key)))
          .as(key)
          .isEqualTo(plainArguments(en.getProperty(key)));
    }
  }

  @Test
  void everyTextFormatsWithCountsOfOneAndMany() {
    for (Language language : Language.values()) {
      TextBundle texts = Texts.of(language);
      for (String key : keys(language)) {
        for (long n : new long[] {0, 1, 2, 1234}) {
          assertThatCode(() -> texts.format(key, n, n, n, n, n))
              .as(language + " " + key)
              .doesNotThrowAnyException();
        }
      }
    }
    Human sv = Human.of(Language.SV);
    assertThat(sv.counted("n.cases", 1)).isEqualTo("1 ärende");
    assertThat(sv.counted("n.cases", 1234)).isEqualTo("1\u00a0234 ärenden");
    assertThat(Human.of(Language.EN).counted("n.cases", 1)).isEqualTo("1 case");
    assertThat(Human.of(Language.EN).counted("n.cases", 0)).isEqualTo("0 cases");
  }

  /** Every key the report, conformance and map code asks for exists (checked in both bundles). */
  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    Properties en = bundle(Language.EN);
    Path main = Path.of("src/main/java/org/flowbook/mining");
    Set<String> used = new TreeSet<>();
    for (Path dir :
        new Path[] {main.resolve("report"), main.resolve("map"), main.resolve("conformance")}) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = KEY_LITERAL.matcher(Files.readString(f));
          while (m.find()) {
            if (m.group(1).contains(".") || m.group(1).equals("footer")) {
              used.add(m.group(1));
            }
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(60);
    assertThat(en.stringPropertyNames()).containsAll(used);
  }

  @Test
  void numbersAndDurationsFollowTheLanguage() {
    Human en = Human.of(Language.EN);
    Human sv = Human.of(Language.SV);
    assertThat(en.count(1_234_567)).isEqualTo("1,234,567");
    assertThat(sv.count(1_234_567)).isEqualTo("1\u00a0234\u00a0567");
    assertThat(en.duration(2.1 * 3_600_000)).isEqualTo("2.1 h");
    assertThat(sv.duration(2.1 * 3_600_000)).isEqualTo("2,1 h");
    assertThat(sv.duration(8.6 * 86_400_000)).isEqualTo("8,6 d");
    assertThat(sv.duration(850)).isEqualTo("850 ms");
    assertThat(en.duration(2 * 365.25 * 86_400_000)).isEqualTo("2.0 years");
    assertThat(sv.duration(2 * 365.25 * 86_400_000)).isEqualTo("2,0 år");
    assertThat(en.share(0.1234)).isEqualTo("12.3 %");
    assertThat(sv.share(0.1234)).isEqualTo("12,3 %");
    assertThat(sv.fraction(0.95234)).isEqualTo("0,9523");
    List<String> alternating = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      alternating.add(i % 2 == 0 ? "Granska anmodan" : "Komplettera");
    }
    assertThat(sv.path(alternating, 150)).matches(".* → … \\(\\d+ till\\)");
    assertThat(en.path(alternating, 150)).matches(".* → … \\(\\d+ more\\)");
  }

  private static Set<String> plainArguments(String text) {
    Set<String> args = new TreeSet<>();
    Matcher m = PLAIN_ARGUMENT.matcher(text);
    while (m.find()) {
      args.add(m.group(1));
    }
    return args;
  }

  private static Set<String> keys(Language language) {
    try {
      return bundle(language).stringPropertyNames();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
