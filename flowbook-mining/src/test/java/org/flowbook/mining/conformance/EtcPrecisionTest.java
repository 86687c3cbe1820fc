package org.flowbook.mining.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.Arc;
import org.flowbook.mining.petri.Marking;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.Transition;
import org.junit.jupiter.api.Test;

/** ETC precision on nets and logs small enough to count escaping edges by hand. */
class EtcPrecisionTest {
  /**
   * {@code a → (b or c, or with silentSkip also nothing) → d}: p0 -a-> p1, p1 -b/c-> p2, p2 -d->
   * p3.
   */
  private static PetriNet choiceNet(boolean silentSkip) {
    List<Transition> ts = new ArrayList<>(List.of(t("a"), t("b"), t("c"), t("d")));
    List<Arc> arcs =
        new ArrayList<>(
            List.of(
                in(0, 0), out(1, 0), in(1, 1), out(2, 1), in(1, 2), out(2, 2), in(2, 3),
                out(3, 3)));
    if (silentSkip) {
      ts.add(Transition.invisible("tau"));
      arcs.add(in(1, 4));
      arcs.add(out(2, 4));
    }
    return new PetriNet(
        "n", List.of("p0", "p1", "p2", "p3"), ts, arcs, Marking.of(4, 0), Marking.of(4, 3));
  }

  private static Transition t(String label) {
    return new Transition(label, label);
  }

  private static Arc in(int place, int transition) {
    return new Arc(place, transition, true, 1);
  }

  private static Arc out(int place, int transition) {
    return new Arc(place, transition, false, 1);
  }

  /** Variants over the activities a, b, c, d given as strings like "abd" with counts. */
  private static TraceVariants log(Object... traceAndCount) {
    List<String> acts = List.of("a", "b", "c", "d");
    List<int[]> traces = new ArrayList<>();
    long[] counts = new long[traceAndCount.length / 2];
    for (int i = 0; i < traceAndCount.length; i += 2) {
      traces.add(
          ((String) traceAndCount[i])
              .chars()
              .map(ch -> acts.indexOf(String.valueOf((char) ch)))
              .toArray());
      counts[i / 2] = ((Number) traceAndCount[i + 1]).longValue();
    }
    return new TraceVariants(acts, traces, counts);
  }

  @Test
  void everyAllowedWayTakenIsPrecise() {
    // empty prefix: {a} allowed, 4 cases; "a": {b,c}, both done, 4 cases; "ab": {d} 3; "ac": {d} 1
    EtcPrecision.Result r = EtcPrecision.of(choiceNet(false), log("abd", 3, "acd", 1));
    assertThat(r.allowed()).isEqualTo(4 + 8 + 3 + 1);
    assertThat(r.escaping()).isZero();
    assertThat(r.precision()).isEqualTo(1.0);
  }

  @Test
  void aWayNeverTakenEscapes() {
    // "a": {b,c} allowed, only b done: c escapes for the 3 cases; total allowed 3 + 6 + 3
    EtcPrecision.Result r = EtcPrecision.of(choiceNet(false), log("abd", 3));
    assertThat(r.allowed()).isEqualTo(12);
    assertThat(r.escaping()).isEqualTo(3);
    assertThat(r.precision()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void activitiesBehindSilentTransitionsAreAllowed() {
    // after "a" the silent skip makes d enabled too: {b,c,d}; only d is done, so b and c escape
    EtcPrecision.Result r = EtcPrecision.of(choiceNet(true), log("ad", 4));
    assertThat(r.allowed()).isEqualTo(4 + 12);
    assertThat(r.escaping()).isEqualTo(8);
    assertThat(r.precision()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void prefixesThatDoNotReplayAreLeftOut() {
    // "d" cannot fire first: the prefix "d" and its extension "da" are left out; the empty prefix
    // still counts all 3 cases, and d starting a case is no escaping edge there (a is allowed)
    EtcPrecision.Result r = EtcPrecision.of(choiceNet(false), log("abd", 2, "dab", 1));
    assertThat(r.unfitPrefixes()).isEqualTo(2);
    // empty: 3 allowed; "a": {b,c} × 2, c escapes; "ab": {d} × 2
    assertThat(r.allowed()).isEqualTo(3 + 4 + 2);
    assertThat(r.escaping()).isEqualTo(2);
    assertThat(r.precision()).isCloseTo(1 - 2.0 / 9, within(1e-12));
  }

  @Test
  void activitiesTheModelDoesNotKnowAreSkipped() {
    TraceVariants withX =
        new TraceVariants(
            List.of("a", "x", "b", "d"), List.of(new int[] {0, 1, 2, 3}), new long[] {2});
    // "a": {b,c}, next is x (unknown): b and c escape; "a x": marking unchanged, next b: c escapes;
    // "a x b": {d}
    EtcPrecision.Result r = EtcPrecision.of(choiceNet(false), withX);
    assertThat(r.allowed()).isEqualTo(2 + 4 + 4 + 2);
    assertThat(r.escaping()).isEqualTo(4 + 2);
  }

  @Test
  void anEmptyLogIsPrecise() {
    EtcPrecision.Result r = EtcPrecision.of(choiceNet(false), log());
    assertThat(r.precision()).isEqualTo(1.0);
  }
}
