package org.flowbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowbook.diagram.layout.FlowchartLayouter;
import org.flowbook.diagram.layout.LayoutCheck;
import org.flowbook.mining.discovery.DraftFigures;
import org.flowbook.mining.discovery.InductiveMiner;
import org.flowbook.mining.discovery.NameLanguage;
import org.flowbook.mining.discovery.ObservedConcurrency;
import org.flowbook.mining.discovery.Performers;
import org.flowbook.mining.discovery.TreeToProcess;
import org.flowbook.mining.log.EventLog;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.files.EventLogs;
import org.flowbook.model.Decision;
import org.flowbook.model.Event;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.flowbook.testkit.Golden;
import org.flowbook.testkit.ProjectPaths;
import org.flowbook.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code flowbook mine --discover}: a draft a coordinator can start from. */
class MineDraftCommandTest {
  @TempDir Path dir;

  private static String demoLog() {
    return ProjectPaths.inRepo("examples/logs/purchase-approval.csv").toString();
  }

  private static Process parse(Path file) throws Exception {
    var doc = ProcessParser.parse(file.toString(), Files.readString(file));
    assertThat(doc.problems()).isEmpty();
    return doc.process();
  }

  private static Flow branch(Process p, String fromTitle, String toTitle) {
    String from = stepId(p, fromTitle);
    String to = toTitle.equals("end") ? null : stepId(p, toTitle);
    return p.outgoing(from).stream()
        .filter(
            f ->
                to == null
                    ? p.step(f.to()).orElseThrow() instanceof org.flowbook.model.End
                    : f.to().equals(to))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no branch " + fromTitle + " -> " + toTitle));
  }

  private static String stepId(Process p, String title) {
    return p.steps().stream()
        .filter(s -> s.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step " + title))
        .id();
  }

  /**
   * The demo log was simulated from inkopsgodkannande.flow (examples/logs/README.md): the draft has
   * its steps, roles and decisions — plus the injected undocumented reminder — and the shares of
   * the simulator within 5 percentage points (300 cases: a 5 % branch has a sampling error of ±1.3
   * points).
   */
  @Test
  void theDemoDraftHasTheDocumentedStepsRolesAndShares() throws Exception {
    Path draft = dir.resolve("draft.flow");
    Cli r = Cli.run("mine", demoLog(), "--discover", draft.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Process p = parse(draft);
    assertThat(p.language()).isEqualTo(Language.SV);
    assertThat(p.workSteps().stream().map(Step::title))
        .containsExactly(
            "Fyll i inköpsanmodan",
            "Påminnelse till leverantören",
            "Granska anmodan",
            "Godkänn stort inköp",
            "Kontrollera leverantören",
            "Registrera den nya leverantören",
            "Lägg beställningen");
    Map<String, String> performers =
        Map.of(
            "Fyll i inköpsanmodan", "Beställare",
            "Granska anmodan", "Chef",
            "Godkänn stort inköp", "Ekonomidirektör",
            "Kontrollera leverantören", "Inköpare",
            "Lägg beställningen", "Inköpare");
    performers.forEach(
        (step, role) ->
            assertThat(p.step(stepId(p, step)).orElseThrow().task().performer())
                .as(step)
                .isEqualTo(role));
    // documented: över 50 000 kr 20 %, avslag 5 %; Godkänt? nej 10 %; ny leverantör 15 %
    assertThat(branch(p, "Granska anmodan", "Godkänn stort inköp").probability())
        .isCloseTo(0.20, org.assertj.core.data.Offset.offset(0.05));
    assertThat(branch(p, "Granska anmodan", "end").probability())
        .isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.05));
    assertThat(branch(p, "Godkänn stort inköp", "end").probability())
        .isCloseTo(0.10, org.assertj.core.data.Offset.offset(0.05));
    assertThat(
            branch(p, "Kontrollera leverantören", "Registrera den nya leverantören").probability())
        .isCloseTo(0.15, org.assertj.core.data.Offset.offset(0.05));
    // arrivals: 120 per month stated; 300 random arrivals
    assertThat(p.casesPerMonth()).isCloseTo(120, org.assertj.core.data.Offset.offset(12.0));
    // the log has no start times: no work time, and the draft says so
    assertThat(p.workSteps()).allSatisfy(s -> assertThat(s.task().workTime()).isZero());
    assertThat(p.purpose()).contains("saknar starttider");
    // the stub beside it declares the four roles, and the draft checks and renders at once
    assertThat(Files.readString(dir.resolve("organization.flow")))
        .contains("roll: Beställare", "roll: Chef", "roll: Ekonomidirektör", "roll: Inköpare");
    Cli check = Cli.run("check", dir.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    Cli render = Cli.run("render", draft.toString(), "-o", dir.resolve("d.svg").toString());
    assertThat(render.exit()).as(render.err()).isZero();
  }

  /** The wait before a step is the median time since the previous event of the case. */
  @Test
  void theWaitBeforeAStepIsTheMedianOfTheLog() throws Exception {
    Path draft = dir.resolve("draft.flow");
    assertThat(Cli.run("mine", demoLog(), "--discover", draft.toString()).exit()).isZero();
    List<Long> waits = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of(demoLog()));
    for (int i = 2; i < lines.size(); i++) {
      String[] cur = lines.get(i).split(",");
      String[] prev = lines.get(i - 1).split(",");
      if (cur[1].equals("Granska anmodan") && cur[0].equals(prev[0])) {
        waits.add(
            java.time.Duration.between(
                    java.time.Instant.parse(prev[2]), java.time.Instant.parse(cur[2]))
                .toMinutes());
      }
    }
    waits.sort(Long::compare);
    double median =
        waits.size() % 2 == 1
            ? waits.get(waits.size() / 2)
            : (waits.get(waits.size() / 2 - 1) + waits.get(waits.size() / 2)) / 2.0;
    Process p = parse(draft);
    long hours = p.step(stepId(p, "Granska anmodan")).orElseThrow().task().waitTime().toHours();
    // rounded to whole hours (between 10 h and 10 days)
    assertThat((double) hours).isCloseTo(median / 60, org.assertj.core.data.Offset.offset(0.5));
  }

  /**
   * {@code --coverage 0.9} on 10 cases (9 × A B D, 1 × A C D): the draft shows A → B → D only, the
   * report names the left-out variant and activity, and fitness and precision are measured on the
   * whole log: 9 of 10 cases fit; precision by hand (the default mode, which also counts what the
   * model allows after a prefix that does not replay): empty prefix {A} × 10, after A {B} × 10 (C
   * was done there too, so nothing escapes), after A B {D} × 9, after A C the model still allows
   * {B}, which nobody did there — 1 of 30 escapes, 29/30 = 0.966667. (PM4Py skips the prefix A C
   * and says 1.0; {@code EtcPrecision.asPm4py} follows it.)
   */
  @Test
  void coverageDraftsTheUsualWaysAndSaysWhatWasLeftOut() throws Exception {
    Path log = dir.resolve("small.csv");
    StringBuilder csv = new StringBuilder("case,activity,timestamp\n");
    for (int c = 0; c < 10; c++) {
      String day = String.format("2026-03-%02dT", 1 + c);
      csv.append("k").append(c).append(",A,").append(day).append("08:00:00Z\n");
      csv.append("k").append(c).append(c == 9 ? ",C," : ",B,").append(day).append("09:00:00Z\n");
      csv.append("k").append(c).append(",D,").append(day).append("10:00:00Z\n");
    }
    Files.writeString(log, csv);
    Path draft = dir.resolve("d.flow");
    Cli r =
        Cli.run(
            "mine",
            log.toString(),
            "--discover",
            draft.toString(),
            "--coverage",
            "0.9",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(parse(draft).workSteps().stream().map(Step::title)).containsExactly("A", "B", "D");
    String json = r.out().replaceAll("\\s+", "");
    assertThat(json)
        .contains(
            "\"percentFittingTraces\":90.0",
            "\"precision\":0.966667",
            "\"coverage\":{\"asked\":0.9,\"variantsLeftOut\":1,\"casesLeftOut\":1,"
                + "\"activitiesLeftOut\":[\"C\"]}");
    Cli text =
        Cli.run(
            "mine", log.toString(), "--discover", draft.toString(), "--coverage", "0.9", "--force");
    assertThat(text.out())
        .contains("coverage 90", "1 rare variants, 1 cases", "not in the draft: C", "precision");
    Cli all =
        Cli.run(
            "mine", log.toString(), "--discover", draft.toString(), "--force", "--format", "json");
    assertThat(parse(draft).workSteps().stream().map(Step::title)).contains("C");
    assertThat(all.out().replaceAll("\\s+", "")).contains("\"percentFittingTraces\":100.0");
    // No coverage section in the discovery (the variants' own cumulative "coverage" stays).
    assertThat(all.out().replaceAll("\\s+", "")).doesNotContain("\"coverage\":{\"asked\"");
    Cli bad = Cli.run("mine", log.toString(), "--discover", draft.toString(), "--coverage", "0");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--coverage must be above 0 and at most 1");
  }

  @Test
  void anExistingFileIsNotOverwrittenWithoutForce() throws Exception {
    Path draft = dir.resolve("draft.flow");
    Files.writeString(draft, "keep me");
    Cli r = Cli.run("mine", demoLog(), "--discover", draft.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[file-exists]", "--force");
    assertThat(Files.readString(draft)).isEqualTo("keep me");
    assertThat(dir.resolve("organization.flow")).doesNotExist();
    Cli forced = Cli.run("mine", demoLog(), "--discover", draft.toString(), "--force");
    assertThat(forced.exit()).isZero();
    assertThat(Files.readString(draft)).contains("Granska anmodan");
  }

  @Test
  void anOrganizationAboveTheDraftIsUsedNotAStub() throws Exception {
    Files.writeString(
        dir.resolve("organization.flow"), "organisation: X\nspråk: sv\n\nroll: Chef\n");
    Path sub = Files.createDirectories(dir.resolve("utkast"));
    Cli r = Cli.run("mine", demoLog(), "--discover", sub.resolve("d.flow").toString());
    assertThat(r.exit()).isZero();
    assertThat(sub.resolve("organization.flow")).doesNotExist();
    assertThat(r.err())
        .contains("does not declare the draft's roles Beställare, Ekonomidirektör, Inköpare");
  }

  @Test
  void personalNamesStayOutOfTheDraftUnlessKept() throws Exception {
    Path log = dir.resolve("people.csv");
    StringBuilder csv = new StringBuilder("case,activity,timestamp,resource\n");
    String[] people = {"Anna Svensson", "Erik Lund", "Maria Berg"};
    for (int c = 0; c < 30; c++) {
      String day = String.format("2026-02-%02dT", 1 + c % 28);
      csv.append("k")
          .append(c)
          .append(",Registrera ärendet,")
          .append(day)
          .append("08:00:00Z,")
          .append(people[c % 3])
          .append('\n');
      csv.append("k").append(c).append(",Besluta,").append(day).append("09:00:00Z,Per Holm\n");
    }
    Files.writeString(log, csv);
    Path draft = dir.resolve("a/d.flow");
    Files.createDirectories(draft.getParent());
    assertThat(Cli.run("mine", log.toString(), "--discover", draft.toString()).exit()).isZero();
    String text = Files.readString(draft) + Files.readString(dir.resolve("a/organization.flow"));
    assertThat(text).doesNotContain("Anna", "Erik", "Maria", "Per Holm");
    assertThat(text).contains("Utförare av Registrera ärendet", "antal: 3");
    Path roles = dir.resolve("roles.csv");
    Files.writeString(
        roles,
        "person,roll\nAnna Svensson,Handläggare\nErik Lund,Handläggare\nMaria Berg,Handläggare\nPer Holm,Chef\n");
    Path mapped = dir.resolve("b/d.flow");
    Files.createDirectories(mapped.getParent());
    assertThat(
            Cli.run(
                    "mine",
                    log.toString(),
                    "--discover",
                    mapped.toString(),
                    "--roles",
                    roles.toString())
                .exit())
        .isZero();
    assertThat(Files.readString(mapped)).contains("[Handläggare]", "[Chef]");
    Path kept = dir.resolve("c/d.flow");
    Files.createDirectories(kept.getParent());
    assertThat(
            Cli.run("mine", log.toString(), "--discover", kept.toString(), "--keep-resources")
                .exit())
        .isZero();
    assertThat(Files.readString(kept)).contains("[Per Holm]");
  }

  @Test
  void tenThousandActivitiesAreRefusedWithAClearMessage() throws Exception {
    Path log = dir.resolve("wide.csv");
    StringBuilder csv = new StringBuilder("case,activity,timestamp\n");
    for (int i = 0; i < 10_000; i++) {
      csv.append("c")
          .append(i % 50)
          .append(",Aktivitet ")
          .append(i)
          .append(",2026-01-01T08:00:00Z\n");
    }
    Files.writeString(log, csv);
    Cli r = Cli.run("mine", log.toString(), "--discover", dir.resolve("d.flow").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "error[too-many-activities]",
            "10000 distinct activities",
            "at most " + DraftFigures.MAX_ACTIVITIES);
    assertThat(dir.resolve("d.flow")).doesNotExist();
  }

  @Test
  void anEmptyLogIsRefused() throws Exception {
    Path log = dir.resolve("empty.csv");
    Files.writeString(log, "case,activity,timestamp\n");
    Cli r = Cli.run("mine", log.toString(), "--discover", dir.resolve("d.flow").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[");
    assertThat(dir.resolve("d.flow")).doesNotExist();
  }

  @Test
  void goldenDraftsOfTwoSmallLogs() throws Exception {
    for (String name : List.of("running-example.csv", "03_repairExample.csv")) {
      Path out = dir.resolve(name.replace(".csv", "") + "/draft.flow");
      Files.createDirectories(out.getParent());
      Cli r =
          Cli.run(
              "mine", SharedData.require("logs/" + name).toString(), "--discover", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      Golden.assertMatches(
          Path.of("src/test/resources/golden/mine/draft-" + name.replace(".csv", ".flow")),
          Files.readString(out));
    }
  }

  /**
   * Every shared log's draft parses, validates against its stub, lays out without overlaps and has
   * no step with a made-up title: every work step is an activity of the log and every other titled
   * step is a question or names an activity.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "running-example.csv",
        "roadtraffic100traces.csv",
        "03_repairExample.csv",
        "helpdesk.csv",
        "02_teleclaims.csv",
        "08_receipt.csv",
        "Sepsis.csv",
        "07_bpic2013_incidents.csv",
        "BPI_2020_PrepaidTravelCost.csv",
        "BPI_2020_RequestForPayment.csv",
        "BPI_2020_DomesticDeclarations.csv",
        "BPI_2020_InternationalDeclarations.csv",
        "BPIC15_1.csv",
        "bpic2012.csv"
      })
  void everySharedLogDraftsAReadableValidManual(String name) throws Exception {
    EventLog log =
        EventLogs.read(
                SharedData.require("logs/" + name), ImportOptions.DEFAULT.withWallClock(true))
            .log();
    if (log.activityNames().size() > DraftFigures.MAX_ACTIVITIES) {
      // BPIC 2015 (398 activities): refused with a clear message instead of an unreadable draft
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  MineSections.discovery(
                      new MineSections.DraftRequest(
                          dir.resolve("d.flow"),
                          0.1,
                          1.0,
                          null,
                          false,
                          false,
                          java.util.Optional.empty()),
                      log,
                      Path.of(name),
                      new java.io.PrintWriter(new java.io.StringWriter())))
          .isInstanceOf(ModelInput.Failed.class);
      assertThat(dir.resolve("d.flow")).doesNotExist();
      return;
    }
    Language lang = NameLanguage.of(log.activityNames());
    DraftFigures figures = DraftFigures.of(log, Performers.of(log, Map.of(), false, lang), lang);
    var tree =
        ObservedConcurrency.apply(InductiveMiner.discover(figures.flow(), 0.1), figures.flow());
    Process draft = TreeToProcess.convert(tree, "draft", name, figures);
    Path file = dir.resolve("draft.flow");
    Files.writeString(file, ProcessFormatter.format(draft));
    Files.writeString(
        dir.resolve("organization.flow"),
        org.flowbook.mining.discovery.OrganizationStub.text(name, figures.roles(), name, lang));
    Cli check = Cli.run("check", dir.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    Process reread = parse(file);
    assertThat(LayoutCheck.violations(reread, FlowchartLayouter.layout(reread))).isEmpty();
    for (Step s : reread.steps()) {
      if (s.isWork()) {
        assertThat(log.activityNames()).as("work step title").contains(s.title());
      } else if (s instanceof Decision d) {
        assertThat(d.title()).endsWith("?");
      } else if (s instanceof Event e) {
        assertThat(
                log.activityNames().stream()
                    .anyMatch(
                        a ->
                            e.title().contains(a)
                                || e.title().contains(TreeToProcess.inSentence(a))))
            .as("event %s names an activity", e.title())
            .isTrue();
      }
    }
    assertThat(ProcessFormatter.format(draft))
        .doesNotContain(
            "Which way?", "Repeat?", "Branch done", "Vilken väg?", "Igen?", "Gren klar");
  }

  /**
   * --calibrate keeps the documented structure and comments and puts the log's figures in: the
   * shares of the demo log, no work time measured (the documented ones stay), the steps and
   * activities that do not meet listed; diff then shows the difference.
   */
  @Test
  void calibrateWritesTheManualWithTheObservedFigures() throws Exception {
    Files.copy(ProjectPaths.inRepo("examples/organization.flow"), dir.resolve("organization.flow"));
    Path model = dir.resolve("inkop.flow");
    Files.writeString(
        model,
        "# a comment the coordinator wrote\n"
            // the called sub-process as a plain step: a lone model file has no workspace
            + Files.readString(ProjectPaths.inRepo("examples/inkopsgodkannande.flow"))
                .replace("   delprocess: supplier-onboarding\n", ""));
    Path out = dir.resolve("observed.flow");
    Cli r = Cli.run("mine", demoLog(), "--model", model.toString(), "--calibrate", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("log activities with no step: Påminnelse till leverantören")
        .doesNotContain("steps the log never shows");
    String text = Files.readString(out);
    assertThat(text).startsWith("# a comment the coordinator wrote");
    Process documented = parse(model);
    Process observed = parse(out);
    assertThat(observed.steps().stream().map(Step::id))
        .containsExactlyElementsOf(documented.steps().stream().map(Step::id).toList());
    assertThat(observed.flows().stream().map(f -> f.from() + ">" + f.to()))
        .containsExactlyElementsOf(
            documented.flows().stream().map(f -> f.from() + ">" + f.to()).toList());
    Flow large =
        observed.outgoing("2").stream().filter(f -> f.to().equals("3")).findFirst().orElseThrow();
    assertThat(large.probability()).isCloseTo(0.20, org.assertj.core.data.Offset.offset(0.05));
    assertThat(large.probability()).isNotEqualTo(0.20);
    // no start times in the log: the documented work time stays
    assertThat(observed.step("2").orElseThrow().task().workTime())
        .isEqualTo(java.time.Duration.ofMinutes(15));
    assertThat(Files.readString(out))
        .isEqualTo(
            ProcessFormatter.format(ProcessParser.parse(out.toString(), Files.readString(out))));
    Cli diff = Cli.run("diff", model.toString(), out.toString());
    assertThat(diff.out() + diff.err()).contains("Granska anmodan");
    Cli again =
        Cli.run("mine", demoLog(), "--model", model.toString(), "--calibrate", out.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("error[file-exists]");
  }
}
