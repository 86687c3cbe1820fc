package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs get a clear, located problem (or, where the text is valid, a result), never an
 * exception or a hang. The timeout is a hang guard, not a performance target (see the bench).
 */
class HostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);

  private static ProcessDocument parse(byte[] bytes) {
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> ProcessParser.parse("h.flow", bytes, Language.EN));
  }

  @Test
  void aFourMebibyteLineIsReportedNotParsed() {
    byte[] bytes =
        ("process: x\n" + "x".repeat(4 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
    ProcessDocument doc = parse(bytes);
    assertThat(doc.problems()).extracting(Problem::code).contains("line-too-long");
  }

  @Test
  void twoHundredThousandLinesOfValidStepsParse() {
    StringBuilder b = new StringBuilder("process: Big\nid: big\n");
    for (int i = 1; i <= 50_000; i++) {
      b.append(i).append(". Step ").append(i).append("   [Chef]   work 5 min\n");
      b.append("   - Do thing ").append(i).append(".\n");
      b.append("   system: X\n\n");
    }
    ProcessDocument doc = parse(b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(doc.problems()).isEmpty();
    assertThat(doc.process().steps()).hasSize(50_002);
    String formatted = assertTimeoutPreemptively(HANG_GUARD, () -> ProcessFormatter.format(doc));
    assertThat(formatted.lines().count()).isGreaterThan(150_000);
  }

  @Test
  void twoHundredThousandBrokenLinesGiveProblemsQuickly() {
    StringBuilder b = new StringBuilder("process: Bad\n1. A\n");
    for (int i = 0; i < 200_000; i++) {
      b.append("   -> ").append(100_000 + i).append('\n');
    }
    ProcessDocument doc = parse(b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(doc.hasProcess()).isTrue();
    var problems =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                new org.flowbook.model.ModelValidator(
                        org.flowbook.model.Organization.empty(), java.util.List.of())
                    .validate(doc.process(), doc.locator()));
    assertThat(problems).filteredOn(p -> p.code().equals("unknown-step")).hasSize(200_000);
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 100_000})
  void deepIndentationIsReadAsText(int depth) {
    String text = "process: Deep\n1. A\n" + " ".repeat(Math.min(depth, 9_000)) + "- indented far\n";
    ProcessDocument doc = parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.problems()).noneMatch(Problem::isError);
    assertThat(doc.process().steps().get(1).task().instructions()).containsExactly("indented far");
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      ProcessDocument doc = parse(bytes);
      assertThat(doc.problems()).as("seed 42, round %d", i).isNotEmpty();
    }
  }

  @Test
  void randomMutationsOfAValidFileNeverThrow() {
    String valid =
        "process: Inköp\nid: inkop\nsyfte: X\n\n1. Fyll i   [Chef]   arbete 10 min\n   - Gör.\n   beslut: Belopp?\n     - stort (20 %) -> 2\n     - annars -> slut \"Klart\"\n   vid tid \"5 d\" -> 2\n\n2. Godkänn   [Chef]\n   kontroll: K (BFL 5:6)\n";
    Random random = new Random(7);
    String alphabet = "\n -:>[]()\"#%0123456789abcåäö.\t,";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder(valid);
      for (int k = random.nextInt(6); k >= 0; k--) {
        int pos = random.nextInt(b.length());
        switch (random.nextInt(3)) {
          case 0 -> b.deleteCharAt(pos);
          case 1 -> b.insert(pos, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> b.setCharAt(pos, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      ProcessDocument doc = parse(b.toString().getBytes(StandardCharsets.UTF_8));
      if (doc.hasProcess() && !doc.hasErrors()) {
        String once = ProcessFormatter.format(doc);
        ProcessDocument again = ProcessParser.parse("h.flow", once);
        assertThat(again.problems())
            .as("seed 7, round %d, text:%n%s", i, once)
            .noneMatch(Problem::isError);
        assertThat(ProcessFormatter.format(again)).as("seed 7, round %d", i).isEqualTo(once);
      }
    }
  }
}
