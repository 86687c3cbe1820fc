package org.flowbook.mining.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.NetStructure;
import org.flowbook.mining.petri.PetriNet;

/**
 * Token-based replay in the manner of PM4Py: each event fires its transition; when the transition
 * is not enabled, invisible transitions on the shortest silent paths from marked places to the
 * starved places are tried first ({@link HiddenReplay}), and only then are the missing tokens
 * added. At the end silent paths towards the final marking are tried. Events of activities the
 * model does not know are skipped, as PM4Py does. See the module README for where this differs from
 * PM4Py.
 */
public final class TokenReplay {
  private final PetriNet net;
  private final NetStructure structure;
  private final List<String> labels;
  private final int[][] transitionsOfLabel;
  private final HiddenReplay hidden;
  private final ActivityMatcher matcher;
  private final int[] finalPlaces;
  private final Integer[] placeOrder;

  public TokenReplay(PetriNet net, ActivityMatcher matcher) {
    this.net = net;
    this.structure = new NetStructure(net);
    this.labels = net.labels();
    this.matcher = matcher;
    boolean[] invisible = new boolean[net.transitions().size()];
    transitionsOfLabel = new int[labels.size()][];
    for (int l = 0; l < labels.size(); l++) {
      String label = labels.get(l);
      transitionsOfLabel[l] =
          java.util.stream.IntStream.range(0, invisible.length)
              .filter(t -> net.transitions().get(t).label().equals(label))
              .toArray();
    }
    for (int t = 0; t < invisible.length; t++) {
      invisible[t] = net.transitions().get(t).isInvisible();
    }
    placeOrder = new Integer[net.places().size()];
    for (int p = 0; p < placeOrder.length; p++) {
      placeOrder[p] = p;
    }
    Arrays.sort(placeOrder, Comparator.comparing(p -> net.places().get(p)));
    int[] fin = net.fin().toArray();
    finalPlaces =
        Arrays.stream(placeOrder).mapToInt(Integer::intValue).filter(p -> fin[p] > 0).toArray();
    hidden = new HiddenReplay(structure, new HiddenPaths(structure, invisible, 50), placeOrder);
  }

  public static TokenReplay of(PetriNet net) {
    return new TokenReplay(net, ActivityMatcher.byName());
  }

  public TokenReplayReport replay(TraceVariants log) {
    int[] toLabel = matcher.indexes(log.activities(), labels);
    List<ReplayedTrace> out = new ArrayList<>();
    long m = 0;
    long c = 0;
    long r = 0;
    long p = 0;
    double sumFitness = 0;
    long fitting = 0;
    long cases = 0;
    for (int i = 0; i < log.traces().size(); i++) {
      int[] trace = log.traces().get(i);
      int[] mapped = new int[trace.length];
      for (int k = 0; k < trace.length; k++) {
        mapped[k] = toLabel[trace[k]];
      }
      ReplayedTrace rt = replay(mapped);
      out.add(rt);
      long n = log.counts()[i];
      cases += n;
      m += n * rt.missing();
      c += n * rt.consumed();
      r += n * rt.remaining();
      p += n * rt.produced();
      sumFitness += n * rt.fitness();
      fitting += rt.fits() ? n : 0;
    }
    double logFitness =
        c > 0 && p > 0 ? 0.5 * (1 - (double) m / c) + 0.5 * (1 - (double) r / p) : 1.0;
    return new TokenReplayReport(
        out,
        logFitness,
        cases > 0 ? sumFitness / cases : 1.0,
        cases > 0 ? 100.0 * fitting / cases : 100.0);
  }

  /** Replays one trace given as model label ids (-1 for activities the model does not know). */
  public ReplayedTrace replay(int[] trace) {
    int[] marking = net.initial().toArray();
    Counts counts = new Counts();
    counts.produced = net.initial().total();
    int skipped = 0;
    for (int label : trace) {
      if (label < 0) {
        skipped++;
        continue;
      }
      int t = pick(label, marking);
      if (!structure.enabled(t, marking)) {
        for (int h : hidden.enable(t, marking)) {
          counts.fired(structure, h);
        }
      }
      if (!structure.enabled(t, marking)) {
        counts.missing += addMissing(t, marking);
      }
      counts.fired(structure, t);
      structure.fire(t, marking);
    }
    for (int h : hidden.towardsFinal(marking, finalPlaces)) {
      counts.fired(structure, h);
    }
    int[] fin = net.fin().toArray();
    int remaining = 0;
    for (int q = 0; q < marking.length; q++) {
      if (fin[q] > 0) {
        counts.missing += Math.max(0, fin[q] - marking[q]);
        remaining += Math.max(0, marking[q] - fin[q]);
      } else {
        remaining += marking[q];
      }
    }
    counts.consumed += net.fin().total();
    return new ReplayedTrace(counts.produced, counts.consumed, counts.missing, remaining, skipped);
  }

  /**
   * Fires the transition of {@code label} on {@code marking} in place, walking silent paths first
   * when it is not enabled, as {@link #replay(int[])} does; returns false and leaves the marking as
   * it stands when tokens would still be missing (PM4Py's "stop immediately when unfit", which ETC
   * precision uses).
   */
  boolean fireFitting(int label, int[] marking) {
    int t = pick(label, marking);
    if (!structure.enabled(t, marking)) {
      hidden.enable(t, marking);
    }
    if (!structure.enabled(t, marking)) {
      return false;
    }
    structure.fire(t, marking);
    return true;
  }

  PetriNet net() {
    return net;
  }

  List<String> labels() {
    return labels;
  }

  NetStructure structure() {
    return structure;
  }

  /** The first enabled transition with the label, else the first with it. */
  private int pick(int label, int[] marking) {
    int[] ts = transitionsOfLabel[label];
    for (int t : ts) {
      if (structure.enabled(t, marking)) {
        return t;
      }
    }
    return ts[0];
  }

  /**
   * Adds the tokens {@code t} lacks, as PM4Py does (raising each starved place by the arc weight).
   */
  private int addMissing(int t, int[] marking) {
    int[] ps = structure.prePlaces(t);
    int[] ws = structure.preWeights(t);
    int missing = 0;
    for (int i = 0; i < ps.length; i++) {
      if (marking[ps[i]] < ws[i]) {
        missing += ws[i] - marking[ps[i]];
        marking[ps[i]] += ws[i];
      }
    }
    return missing;
  }

  private static final class Counts {
    int produced;
    int consumed;
    int missing;

    void fired(NetStructure s, int t) {
      for (int w : s.preWeights(t)) {
        consumed += w;
      }
      for (int w : s.postWeights(t)) {
        produced += w;
      }
    }
  }
}
