package org.flowbook.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.flowbook.model.Problem;
import org.flowbook.notation.SourceText;
import org.flowbook.simulation.calendar.ArrivalClock;
import org.flowbook.simulation.calendar.ArrivalProfile;
import org.flowbook.simulation.calendar.Holidays;
import org.flowbook.simulation.report.SimulationRun;
import org.flowbook.simulation.scenario.Scenario;
import org.flowbook.simulation.scenario.ScenarioFormatter;
import org.flowbook.simulation.scenario.ScenarioParser;
import org.flowbook.simulation.stats.Estimate;
import org.junit.jupiter.api.Test;

/** {@code ankomster:} / {@code arrivals:} in a scenario: hour-of-day and weekday profiles. */
class ArrivalProfileScenarioTest {

  static ScenarioParser.Parsed parse(String text) {
    return ScenarioParser.parse(SourceText.of("t.scenario", text), Path.of("."));
  }

  @Test
  void sharesPerGroupDecideWhereArrivalsFall() {
    Scenario s =
        parse(
                "scenario: Morgon\n"
                    + "ankomster: Inköpsgodkännande mån–fre 08:00–10:00 50 %, mån–fre 10:00–16:00\n")
            .scenario();
    assertThat(s.arrivals()).hasSize(1);
    assertThat(s.arrivals().get(0).process()).isEqualTo("Inköpsgodkännande");
    ArrivalProfile p = s.arrivals().get(0).profile();
    // Half of the week's cases in the 10 morning hours, half in the 30 others: a morning hour is
    // three times as busy. Unit-rate gaps laid out on the clock put half of them in the mornings.
    ArrivalClock clock = new ArrivalClock(WhatIfTest.FROM, p, Holidays.NONE);
    SplittableRandom r = new SplittableRandom(7);
    double t = 0;
    double weekly = p.weeklyWeight();
    int morning = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      t = clock.advance(t, -Math.log(1 - r.nextDouble()) * weekly / 50);
      double hour = (t % 86400) / 3600;
      if (hour >= 8 && hour < 10) {
        morning++;
      }
      assertThat(hour).isBetween(8.0, 16.0);
      assertThat((int) (t / 86400) % 7).isLessThan(5);
    }
    assertThat(morning / (double) n).isBetween(0.48, 0.52);
  }

  @Test
  void peakedArrivalsMeanLongerQueuesWithTheSameVolume() {
    SimulationRun even = WhatIfTest.run("scenario: Jämnt\n", WhatIfTest.REQ);
    SimulationRun peak =
        WhatIfTest.run("scenario: Rusning\narrivals: all mon-fri 08:00-09:00\n", WhatIfTest.REQ);
    var a = even.summary().process("purchase-approval");
    var b = peak.summary().process("purchase-approval");
    // the same volume arrives (within noise) ...
    assertThat(b.throughputPerWeek().mean())
        .isCloseTo(
            a.throughputPerWeek().mean(), org.assertj.core.data.Percentage.withPercentage(15));
    // ... but all in the first hour of the day, so tasks pile up for the busiest role (the
    // accounts assistants, about 56 % busy): its mean queue is longer beyond the noise
    var queueEven = even.summary().role("Ekonomiassistent").meanQueue();
    var queuePeak = peak.summary().role("Ekonomiassistent").meanQueue();
    assertThat(queuePeak.mean()).isGreaterThan(queueEven.mean());
    assertThat(Estimate.significantlyDifferent(queueEven, queuePeak)).isTrue();
  }

  @Test
  void badProfilesAreLocatedErrors() {
    ScenarioParser.Parsed p =
        parse("scenario: X\narrivals: Inköp mon-fri 08:00-10:00 60 %, mon-fri 10:00-16:00 30 %\n");
    assertThat(p.problems()).extracting(Problem::code).containsExactly("bad-arrivals");
    assertThat(p.problems().get(0).message()).contains("90 %, not 100 %");
    assertThat(p.problems().get(0).location().line()).isEqualTo(2);
    assertThat(p.problems().get(0).location().column()).isEqualTo(11);
    ScenarioParser.Parsed q = parse("scenario: X\nankomster: Inköp på morgonen\n");
    assertThat(q.problems()).extracting(Problem::code).containsExactly("bad-arrivals");
    ScenarioParser.Parsed full =
        parse("scenario: X\nankomster: Inköp mån 08:00–10:00 100 %, tis 08:00–10:00\n");
    assertThat(full.problems().get(0).message()).contains("leave nothing");
  }

  @Test
  void anUnknownProcessIsNamedWithASuggestion() {
    var s = parse("scenario: X\nankomster: Inköpsgodkänande mån–fre 08:00–10:00\n").scenario();
    var a =
        org.flowbook.simulation.scenario.ScenarioApplier.apply(
            WhatIfTest.WS.workspace(),
            WhatIfTest.EXAMPLES.resolve("organization.flow"),
            s,
            org.flowbook.simulation.engine.CompileOptions.defaults(WhatIfTest.FROM));
    assertThat(a.problems()).extracting(Problem::code).containsExactly("unknown-process");
    assertThat(a.problems().get(0).hint()).contains("Inköpsgodkännande");
  }

  @Test
  void fmtWritesOneCanonicalForm() {
    String in = "scenario: X\nankomster:   alla mån-fre 8.00-10.00 50%,mån - fre 10:00 - 16:00\n";
    assertThat(ScenarioFormatter.format(SourceText.of("t.scenario", in)).orElseThrow())
        .contains("scenario: X\nankomster: alla mån–fre 08:00–10:00 50 %, mån–fre 10:00–16:00\n");
    String en = "scenario: X\narrivals: all mon-fri 08:00-10:00 12.5 %, sat 09:00-12:00\n";
    assertThat(ScenarioFormatter.format(SourceText.of("t.scenario", en)).orElseThrow())
        .contains("arrivals: all mon-fri 08:00-10:00 12.5 %, sat 09:00-12:00\n");
  }
}
