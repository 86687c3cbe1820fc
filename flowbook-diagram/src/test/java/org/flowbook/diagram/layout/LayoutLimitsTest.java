package org.flowbook.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The layout refuses a process it cannot draw in reasonable time with a located problem, and stops
 * when its thread is interrupted. On the old code a decision of 2,000 branches was laid out for 42
 * seconds.
 */
class LayoutLimitsTest {

  /** A decision at step 1 (line 5) with {@code branches} branches, each to its own end. */
  static ProcessDocument wideDecision(int branches, String lang) {
    StringBuilder s = new StringBuilder();
    s.append("process: Brett beslut\nid: wide\nspråk: ").append(lang).append("\n\n");
    s.append("1. Välj väg   [Handläggare]\n   beslut: Vilken väg?\n");
    for (int i = 1; i <= branches; i++) {
      s.append("     - väg ").append(i).append(" -> slut \"Slut ").append(i).append("\"\n");
    }
    return ProcessParser.parse(
        SourceText.decode("wide.flow", s.toString().getBytes(StandardCharsets.UTF_8)), Language.SV);
  }

  @Test
  void aDecisionWithMoreBranchesThanTheLimitIsALocatedProblemInTheProcessLanguage() {
    ProcessDocument doc = wideDecision(LayoutLimits.MAX_BRANCHES + 1, "sv");
    assertThat(doc.problems()).noneMatch(Problem::isError);
    List<Problem> problems = LayoutLimits.check(doc.process(), doc.locator());
    assertThat(problems).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.code()).isEqualTo("too-large-to-draw");
    assertThat(p.step()).isEqualTo("1");
    assertThat(p.location().line()).isEqualTo(5);
    assertThat(p.message())
        .isEqualTo("steg 1 har 101 utgående flöden; ett flödesschema ritas med högst 100 per steg");
    assertThat(
            LayoutLimits.check(wideDecision(101, "en").process(), doc.locator()).get(0).message())
        .isEqualTo("step 1 has 101 outgoing flows; a flowchart is drawn with at most 100 per step");
    assertThatThrownBy(() -> FlowchartLayouter.layout(doc.process()))
        .isInstanceOf(TooLargeToDraw.class)
        .satisfies(
            e ->
                assertThat(((TooLargeToDraw) e).problems())
                    .extracting(Problem::code)
                    .containsExactly("too-large-to-draw"));
  }

  @Test
  void aDecisionAtTheLimitIsDrawn() {
    ProcessDocument doc = wideDecision(LayoutLimits.MAX_BRANCHES, "sv");
    assertThat(LayoutLimits.check(doc.process(), doc.locator())).isEmpty();
    DiagramLayout layout = FlowchartLayouter.layout(doc.process());
    assertThat(layout.edges()).hasSize(LayoutLimits.MAX_BRANCHES + 1);
  }

  /** 1,900 steps over six lanes with long forward jumps: within the limits, seconds to lay out. */
  static ProcessDocument slowProcess() {
    Random random = new Random(7);
    String[] roles = {"A", "B", "C", "D", "E", "F"};
    int steps = 1900;
    StringBuilder s = new StringBuilder("process: Lång\nid: lang\nspråk: sv\n\n");
    for (int i = 1; i <= steps; i++) {
      s.append(i).append(". Steg ").append(i).append("   [").append(roles[i % 6]).append("]\n");
      if (i % 3 == 0 && i + 2 < steps) {
        int far = Math.min(steps, i + 2 + random.nextInt(400));
        s.append("   beslut: Hoppa?\n     - nej -> ").append(i + 1);
        s.append("\n     - ja -> ").append(far).append('\n');
      }
      s.append('\n');
    }
    return ProcessParser.parse(
        SourceText.decode("lang.flow", s.toString().getBytes(StandardCharsets.UTF_8)), Language.SV);
  }

  @Test
  void aLayoutCancelledWhileItRunsEndsWithCancellationInsteadOfAResult() throws Exception {
    ProcessDocument doc = slowProcess();
    assertThat(LayoutLimits.check(doc.process(), doc.locator())).isEmpty();
    AtomicBoolean token = new AtomicBoolean();
    AtomicReference<Object> outcome = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    Thread worker =
        new Thread(
            () -> {
              started.countDown();
              try {
                outcome.set(
                    Cancellation.withToken(token, () -> FlowchartLayouter.layout(doc.process())));
              } catch (Exception e) {
                outcome.set(e);
              }
            });
    worker.start();
    started.await();
    Thread.sleep(500); // inside the layout (it takes seconds), not before it
    token.set(true);
    worker.join();
    assertThat(outcome.get()).isInstanceOf(CancellationException.class);
  }

  @Test
  void anInterruptedThreadStopsTheLayout() {
    ProcessDocument doc = wideDecision(20, "sv");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> FlowchartLayouter.layout(doc.process()))
          .isInstanceOf(CancellationException.class);
    } finally {
      assertThat(Thread.interrupted()).as("the flag is left for the caller").isTrue();
    }
    assertThat(FlowchartLayouter.layout(doc.process()).nodes()).isNotEmpty();
  }
}
