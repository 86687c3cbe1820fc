package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per problem code: the problem is reported with the right code, severity, line and column
 * (the column points at the offending word, not just the line).
 */
class ProblemCodesTest {
  private static final String ORG =
      """
      organisation: Test AB
      språk: sv
      grupp: Stödprocesser
        id: stod
        typ: stöd
      roll: Inköpare
      roll: Chef
      system: Affärssystem
      dokument: Inköpsanmodan
      regelverk: Bokföringslagen
        förkortning: BFL
        - 5:6: Registrering
      """;

  static Stream<Arguments> processCases() {
    return Stream.of(
        c("empty-file", "", 1, 1),
        // risk4 (#19): risks
        w(
            "unknown-risk-field",
            "process: T\n1. Do   [Chef]\n   risk: R\n     likelihood: 1, consequence: 1\n"
                + "     colour: red\n",
            5,
            6),
        c("risk-without-score", "process: T\n1. Do   [Chef]\n   risk: R\n", 3, 4),
        c(
            "bad-risk-scale",
            "process: T\n1. Do   [Chef]\n   risk: R\n     likelihood: 9, consequence: 1\n",
            4,
            18),
        c(
            "bad-risk-score",
            "process: T\n1. Do   [Chef]\n   risk: R\n     likelihood: 1, colour 2\n",
            4,
            21),
        c(
            "bad-residual-risk",
            "process: T\n1. Do   [Chef]\n   risk: R\n     likelihood: 1, consequence: 1\n"
                + "     after controls: likelihood 1\n",
            5,
            22),
        c("unexpected-line", "process: T\nhello world\n1. A\n", 2, 1),
        c("unexpected-indent", "  foo\nprocess: T\n1. A\n", 1, 3),
        c("unexpected-text", "process: T\n\n1. Do it   [Chef]   blah\n", 3, 21),
        c("unknown-field", "process: T\nowenr: Chef\n1. A\n", 2, 1),
        c("duplicate-field", "process: T\nprocess: U\n1. A\n", 2, 1),
        c("empty-value", "process: T\n1. Do   [Chef]\n   system:\n", 3, 4),
        w("unknown-keyword", "process: T\n1. Do   [Chef]\n   sytem: Affärssystem\n", 3, 4),
        c("missing-title", "id: t\n1. Do   [Chef]\n", 1, 1),
        c("no-steps", "process: T\nid: t\n", 1, 1),
        c("bad-id", "process: T\nid: Bad Id\n1. A\n", 2, 5),
        c("bad-date", "process: T\nreview: 2027-13-01\n1. A\n", 2, 9),
        c("bad-language", "process: T\nlanguage: fr\n1. A\n", 2, 11),
        c("bad-status", "process: T\nstatus: done\n1. A\n", 2, 9),
        c("bad-volume", "process: T\nvolume: many\n1. A\n", 2, 9),
        w("bad-direction", "process: T\ndirection: sideways\n1. A\n", 2, 12),
        c("duplicate-step", "process: T\n1. A\n1. B\n", 3, 1),
        c("empty-role", "process: T\n1. A   []\n", 2, 8),
        c("unclosed-role", "process: T\n1. A   [Chef\n", 2, 8),
        c("bad-duration", "process: T\n1. A   [Chef]   work ten min\n", 2, 17),
        c("bad-range", "process: T\n1. A   [Chef]   work 30-10 min\n", 2, 17),
        c("unknown-type", "process: T\n1. A\n   type: robot\n", 3, 10),
        c("unknown-trigger", "process: T\n1. A\n   -> end \"Klar\" sometime\n", 3, 7),
        c("empty-instruction", "process: T\n1. A\n   -\n", 3, 4),
        c("bad-target", "process: T\n1. A\n   -> nowhere\n", 3, 7),
        c("unclosed-quote", "process: T\n1. A\n   -> end \"Klar\n", 3, 7),
        c(
            "bad-probability",
            "process: T\n1. A\n   decision: X?\n     - a (150 %) -> 1\n     - b -> end\n",
            4,
            10),
        c(
            "jump-and-branches",
            "process: T\n1. A\n   decision: X?\n     - a -> 1\n     - b -> end\n   -> 1\n",
            6,
            7),
        c("duplicate-decision", "process: T\n1. A\n   decision: X?\n   decision: Y?\n", 4, 4),
        c(
            "call-and-decision",
            "process: T\n1. A\n   call: other\n   decision: X?\n     - a -> 1\n     - b -> end\n",
            2,
            1),
        c("unknown-step", "process: T\n1. A\n   -> 7\n", 3, 7),
        c("unknown-role", "process: T\n1. A   [Inkopare]\n", 2, 9),
        c("unknown-system", "process: T\n1. A\n   system: Afarssystem\n", 3, 12),
        c("unknown-requirement", "process: T\n1. A\n   control: Budget (BFL 9:9)\n", 3, 13),
        c("unknown-process", "process: T\n1. A\n   call: nosuch\n", 3, 10),
        c("unknown-group", "process: T\npart of: Nowhere\n1. A\n", 2, 10),
        w("unknown-document", "process: T\n1. A\n   output: Blankett\n", 3, 12),
        c(
            "decision-without-branches",
            "process: T\n1. A\n   decision: X?\n     - a -> end\n",
            2,
            1),
        c(
            "probability-sum",
            "process: T\n1. A\n   decision: X?\n     - a (50 %) -> 1\n     - b (30 %) -> end\n",
            2,
            1),
        w("unreachable-step", "process: T\n1. A\n   -> end\n2. B\n", 4, 1));
  }

  private static Arguments c(String code, String text, int line, int column) {
    return Arguments.of(code, Severity.ERROR, text, line, column);
  }

  private static Arguments w(String code, String text, int line, int column) {
    return Arguments.of(code, Severity.WARNING, text, line, column);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processCases")
  void processProblemIsLocated(String code, Severity severity, String text, int line, int column) {
    List<Problem> problems = checkProcess(text);
    assertThat(problems)
        .as("problems of:%n%s", text)
        .anySatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.severity()).isEqualTo(severity);
              assertThat(p.location().line()).as("line").isEqualTo(line);
              assertThat(p.location().column()).as("column").isEqualTo(column);
              assertThat(p.location().file()).isEqualTo("t.flow");
            });
  }

  @Test
  void unknownRoleSuggestsTheClosestDeclaredRole() {
    Problem p = first(checkProcess("process: T\n1. A   [Inkopare]\n"), "unknown-role");
    assertThat(p.hint()).isEqualTo("did you mean 'Inköpare'?");
    assertThat(p.step()).isEqualTo("1");
  }

  @Test
  void everyProblemOfAFileIsReportedNotJustTheFirst() {
    List<Problem> problems =
        checkProcess(
            "process: T\nowenr: X\n1. A   [Nobody]   work soon\n   -> 9\n2. B   [Chef]\n   system: Nope\n");
    assertThat(problems)
        .extracting(Problem::code)
        .contains(
            "unknown-field", "bad-duration", "unknown-role", "unknown-step", "unknown-system");
  }

  @Test
  void binaryContentIsRefusedAtTheFirstNulByte() {
    var doc =
        ProcessParser.parse(
            "t.flow",
            "process: x\n\0abc".getBytes(StandardCharsets.UTF_8),
            org.flowbook.model.Language.EN);
    Problem p = first(doc.problems(), "binary-file");
    assertThat(p.location().line()).isEqualTo(2);
    assertThat(p.location().column()).isEqualTo(1);
    assertThat(doc.hasProcess()).isFalse();
  }

  @Test
  void invalidUtf8IsLocatedAtTheBadByte() {
    byte[] bytes = {
      'p',
      'r',
      'o',
      'c',
      'e',
      's',
      's',
      ':',
      ' ',
      'x',
      '\n',
      'i',
      'd',
      ':',
      ' ',
      'a',
      (byte) 0xFF,
      '\n'
    };
    var doc = ProcessParser.parse("t.flow", bytes, org.flowbook.model.Language.EN);
    Problem p = first(doc.problems(), "invalid-utf8");
    assertThat(p.location().line()).isEqualTo(2);
    assertThat(p.location().column()).isEqualTo(6);
  }

  @Test
  void overLongLineIsReportedAndSkipped() {
    var doc = ProcessParser.parse("t.flow", "process: x\n" + "a".repeat(10_001) + "\n1. A\n");
    Problem p = first(doc.problems(), "line-too-long");
    assertThat(p.location().line()).isEqualTo(2);
    assertThat(p.location().column()).isEqualTo(10_001);
    assertThat(doc.process().steps()).isNotEmpty();
  }

  static Stream<Arguments> organizationCases() {
    return Stream.of(
        Arguments.of("bad-number", "roll: Chef\n  antal: tre\n", 2, 10),
        Arguments.of("bad-control-kind", "kontroll: K\n  typ: ibland\n", 2, 8),
        Arguments.of("bad-frequency", "kontroll: K\n  frekvens: ofta\n", 2, 13),
        Arguments.of("personal-data-without-categories", "dokument: D\n  gallring: 2 år\n", 2, 13),
        Arguments.of("bad-risk-threshold", "riskgräns: 0\n", 1, 12),
        Arguments.of("bad-kind", "grupp: X\n  typ: kärnan\n", 2, 8),
        Arguments.of("bad-working-hours", "roll: Chef\n  arbetstid: mån–fre 17:00–08:00\n", 2, 14),
        Arguments.of("bad-training", "roll: A\n  utbildning: X;;Y\n", 2, 15),
        Arguments.of("bad-validity", "roll: A\n  giltig: tolv\n", 2, 11),
        Arguments.of("duplicate-entry", "roll: A\nroll: A\n", 2, 1),
        Arguments.of("bad-requirement", "regelverk: BFL\n  -\n", 2, 3),
        Arguments.of("unknown-field", "rolle: A\n", 1, 1),
        Arguments.of("unexpected-line", "just words\n", 1, 1),
        Arguments.of("unexpected-indent", "  antal: 3\n", 1, 3));
  }

  @ParameterizedTest(name = "organization {0}")
  @MethodSource("organizationCases")
  void organizationProblemIsLocated(String code, String text, int line, int column) {
    var doc = OrganizationParser.parse("organization.flow", text);
    assertThat(doc.problems())
        .anySatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.location().line()).isEqualTo(line);
              assertThat(p.location().column()).isEqualTo(column);
            });
  }

  @Test
  void duplicateProcessIdsInAWorkspaceAreAnError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("organization.flow"), ORG);
    Files.writeString(dir.resolve("a.flow"), "process: A\nid: same\n1. A   [Chef]\n");
    Files.writeString(dir.resolve("b.flow"), "process: B\nid: same\n1. B   [Chef]\n");
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    Problem p = first(ws.problems(), "duplicate-process");
    assertThat(p.location().line()).isEqualTo(2);
    assertThat(p.location().column()).isEqualTo(5);
  }

  @Test
  void aWorkspaceWithoutOrganizationIsAnError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.flow"), "process: A\n1. A\n");
    LoadedWorkspace ws = WorkspaceLoader.loadFolder(dir);
    assertThat(ws.problems()).extracting(Problem::code).contains("no-organization");
  }

  /** Parses {@code text} as t.flow in a workspace with {@link #ORG} and one other process. */
  static List<Problem> checkProcess(String text) {
    try {
      Path dir = Files.createTempDirectory("flowbook-codes");
      Files.writeString(dir.resolve("organization.flow"), ORG);
      Files.writeString(dir.resolve("other.flow"), "process: Other\nid: other\n1. X   [Chef]\n");
      Files.writeString(dir.resolve("t.flow"), text);
      var cwd = Path.of("").toAbsolutePath();
      LoadedWorkspace ws = WorkspaceLoader.loadFile(cwd.relativize(dir.resolve("t.flow")), null);
      List<Problem> out = new ArrayList<>();
      for (Problem p : ws.problems()) {
        out.add(
            new Problem(
                p.severity(),
                p.code(),
                p.message(),
                p.hint(),
                org.flowbook.model.SourceLocation.of(
                    Path.of(p.location().file()).getFileName().toString(),
                    p.location().line(),
                    p.location().column()),
                p.step()));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Problem first(List<Problem> problems, String code) {
    return problems.stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + problems));
  }
}
