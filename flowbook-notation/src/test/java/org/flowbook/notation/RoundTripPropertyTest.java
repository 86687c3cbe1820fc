package org.flowbook.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.flowbook.model.Flow;
import org.flowbook.model.Locator;
import org.flowbook.model.ModelValidator;
import org.flowbook.model.Organization;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.testkit.Models;
import org.flowbook.testkit.RandomModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property: for any valid model, format → parse gives the same model, and format is stable. */
class RoundTripPropertyTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void formatThenParseGivesTheSameModel(long seed) {
    RandomModels random = new RandomModels(seed);
    Organization org = random.organization();
    Process original = random.process("p-" + seed, 2 + (int) (seed % 15), List.of("other"));
    assertThat(new ModelValidator(org, List.of("other")).validate(original, Locator.of(original)))
        .as("seed %d: the generator makes valid models", seed)
        .noneMatch(Problem::isError);

    String text = ProcessFormatter.format(original);
    ProcessDocument parsed = ProcessParser.parse("seed-" + seed + ".flow", text);

    assertThat(parsed.problems()).as("seed %d, text:%n%s", seed, text).isEmpty();
    assertThat(normalized(parsed.process()))
        .as("seed %d, text:%n%s", seed, text)
        .isEqualTo(normalized(original));
    assertThat(ProcessFormatter.format(parsed)).as("seed %d", seed).isEqualTo(text);
  }

  /** Step order of ends and flow order may differ; compare them sorted. */
  private static Process normalized(Process p) {
    Process q = Models.withoutLocations(p);
    List<Step> steps = q.steps().stream().sorted(Comparator.comparing(Step::id)).toList();
    List<Flow> flows =
        q.flows().stream()
            .sorted(
                Comparator.comparing(Flow::from).thenComparing(Flow::to).thenComparing(Flow::label))
            .toList();
    return q.withFlow(steps, flows);
  }
}
