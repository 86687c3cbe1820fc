package org.flowbook.mining.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.flowbook.mining.analysis.AnalysisOptions;
import org.flowbook.mining.analysis.MiningAnalysis;
import org.flowbook.mining.analysis.MiningReport;
import org.flowbook.mining.conformance.ActivityMatcher;
import org.flowbook.mining.conformance.Conformance;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.translate.ProcessToPetriNet;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.ProcessParser;
import org.flowbook.output.Progress;
import org.junit.jupiter.api.Test;

/**
 * A Swedish report shows none of the English fixed texts, in any section: a small log with every
 * part a report can have (lifecycle start/complete for processing times, rework, resources, a
 * skipped row, an activity no step matches, a skipped step) rendered in both languages.
 */
class SwedishReportTest {
  private static final long MIN = 60_000;

  private static EventLog log() {
    EventLogBuilder b = new EventLogBuilder();
    int start = b.lifecycleNumber("start");
    int complete = b.lifecycleNumber("complete");
    Object[][] events = {
      {"1", "Ta emot", 0, "Anna", complete},
      {"1", "Granska", 60, "Bo", start},
      {"1", "Granska", 90, "Bo", complete},
      {"1", "Granska", 200, "Bo", start},
      {"1", "Granska", 230, "Bo", complete},
      {"1", "Besluta", 300, "Cecilia", complete},
      {"2", "Ta emot", 0, "Anna", complete},
      {"2", "Påminnelse", 20, "Anna", complete},
      {"2", "Besluta", 2000, "Cecilia", complete},
      {"3", "Ta emot", 0, "Anna", complete},
      {"3", "Granska", 100, "Bo", start},
      {"3", "Granska", 160, "Bo", complete},
      {"3", "Besluta", 9000, "Cecilia", complete},
    };
    for (Object[] e : events) {
      b.add(
          b.caseNumber((String) e[0]),
          b.activityNumber((String) e[1]),
          (int) e[2] * MIN,
          b.resourceNumber((String) e[3]),
          (int) e[4]);
    }
    return b.build();
  }

  private static MiningReport report() {
    EventLog log = log();
    Problem skipped =
        Problem.warning(
            "bad-timestamp", "bad timestamp", "fix the row", SourceLocation.file("logg.csv"));
    MiningReport r =
        MiningAnalysis.analyze(
            "logg.csv", false, new ImportResult(log, List.of(skipped), 1), AnalysisOptions.DEFAULT);
    Process p =
        ProcessParser.parse(
                "arende.flow",
                """
                process: Hantera ärende
                id: arende
                language: sv

                1. Ta emot   [Handläggare]

                2. Granska   [Handläggare]

                3. Besluta   [Chef]
                """)
            .process();
    return r.with(
            new ConformanceSection(
                Conformance.check(
                    "arende.flow",
                    ProcessToPetriNet.convert(p),
                    log,
                    log.traceVariants(),
                    ActivityMatcher.byName(),
                    Progress.NONE),
                java.util.Optional.of(p),
                ConformanceMap.Heat.WAITING))
        .with(
            new org.flowbook.mining.report.DiscoverySection(
                0.2,
                "utkast.flow",
                3,
                "->('Ta emot', 'Granska', 'Besluta')",
                0.95,
                87.5,
                0.8,
                org.flowbook.mining.discovery.VariantCoverage.of(
                    new org.flowbook.mining.log.TraceVariants(
                        List.of("Ta emot", "Granska", "Besluta", "Fråga"),
                        List.of(new int[] {0, 1, 2}, new int[] {0, 3, 2}),
                        new long[] {9, 1}),
                    0.9)));
  }

  @Test
  void noEnglishTextInTheSwedishReport() throws IOException {
    MiningReport r = report();
    List<String> english = englishOnlyPhrases();
    for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.HTML)) {
      String en = visibleText(f.render(r, Language.EN));
      String sv = visibleText(f.render(r, Language.SV));
      // The check can fail: the English report shows many of these phrases.
      assertThat(english.stream().filter(en::contains).count()).as(f.name()).isGreaterThan(30);
      for (String phrase : english) {
        assertThat(sv).as(f + " shows the English \"" + phrase + "\"").doesNotContain(phrase);
      }
      assertThat(sv)
          .contains("Bearbetningstid", "Omarbete", "Resurser", "Överensstämmelse med arende.flow")
          .contains("Vanligaste varianterna", "Flaskhalsar: var ärendena väntar")
          .contains("Processutkast från loggen", "3 steg skrivna till utkast.flow");
    }
    assertThat(ReportFormat.HTML.render(r, Language.SV))
        .contains("<html lang=\"sv\">", "Problem vid inläsningen", "medianväntetid");
    assertThat(ReportFormat.JSON.render(r, Language.SV))
        .isEqualTo(ReportFormat.JSON.render(r, Language.EN));
  }

  /** What a reader sees: HTML without its tags and attributes (CSS classes are English). */
  private static String visibleText(String report) {
    return report.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", " ");
  }

  /**
   * The literal pieces of every English text that differs from its Swedish one, long enough (six
   * characters and more) not to occur by chance in Swedish words or the log's own names.
   */
  private static List<String> englishOnlyPhrases() throws IOException {
    Properties en = load("en");
    Properties sv = load("sv");
    List<String> phrases = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      if (e.equals(sv.getProperty(key))) {
        continue;
      }
      for (String piece : e.replace("<b>", "").replace("</b>", "").split("\\{[^}]*\\}")) {
        piece = piece.strip();
        if (piece.length() >= 6) {
          phrases.add(piece);
        }
      }
    }
    return phrases;
  }

  private static Properties load(String code) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        SwedishReportTest.class.getResourceAsStream(
            "/org/flowbook/mining/report/texts_" + code + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
