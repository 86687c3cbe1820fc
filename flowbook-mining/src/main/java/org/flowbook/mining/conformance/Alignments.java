package org.flowbook.mining.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.NetStructure;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.output.Progress;

/**
 * Computes optimal alignments of every variant of a log against a net, on several threads (each
 * with its own search and marking cache), and sums them up as PM4Py does.
 */
public final class Alignments {
  /** States one trace's search may create before it gives up. */
  public static final int DEFAULT_MAX_STATES = 5_000_000;

  private final PetriNet net;
  private final NetStructure structure;
  private final List<String> labels;
  private final int[] labelOf;
  private final ActivityMatcher matcher;
  private final int threads;
  private final int maxStates;

  public Alignments(PetriNet net, ActivityMatcher matcher, int threads, int maxStates) {
    this.net = net;
    this.structure = new NetStructure(net);
    this.labels = net.labels();
    this.labelOf = new int[net.transitions().size()];
    for (int t = 0; t < labelOf.length; t++) {
      var tr = net.transitions().get(t);
      labelOf[t] = tr.isInvisible() ? -1 : labels.indexOf(tr.label());
    }
    this.matcher = matcher;
    this.threads = Math.max(1, threads);
    this.maxStates = maxStates;
  }

  /** With exact/case-insensitive matching, all available cores and the default search limit. */
  public static Alignments of(PetriNet net) {
    return new Alignments(
        net,
        ActivityMatcher.byName(),
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_MAX_STATES);
  }

  /** The model's visible labels, in the ids alignments use. */
  public List<String> labels() {
    return labels;
  }

  /**
   * The cost of the cheapest complete run of the model, or empty when the final marking is
   * unreachable.
   */
  public Optional<Integer> modelOnlyCost() {
    return newSearch().align(new int[0], maxStates).map(AlignedTrace::cost);
  }

  /** Aligns every variant; {@code progress} is told after each variant (on a worker thread). */
  public AlignmentReport check(TraceVariants log, Progress progress) {
    int bw =
        modelOnlyCost()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the net's final marking cannot be reached from its initial marking"));
    int[] toLabel = matcher.indexes(log.activities(), labels);
    int n = log.traces().size();
    AlignedTrace[] results = new AlignedTrace[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Runnable worker =
        () -> {
          AlignmentSearch search = newSearch();
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            int[] trace = log.traces().get(i);
            int[] mapped = new int[trace.length];
            for (int k = 0; k < trace.length; k++) {
              mapped[k] = toLabel[trace[k]];
            }
            results[i] = search.align(mapped, maxStates).orElse(null);
            progress.update(done.incrementAndGet(), n, "");
          }
        };
    run(worker);
    return summarize(log, results, bw);
  }

  private void run(Runnable worker) {
    if (threads == 1) {
      worker.run();
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        fs.add(pool.submit(worker));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("alignment interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("alignment failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private AlignmentReport summarize(TraceVariants log, AlignedTrace[] results, int bw) {
    List<AlignmentReport.VariantAlignment> out = new ArrayList<>();
    double sumCost = 0;
    double sumWorst = 0;
    double sumFitness = 0;
    long fitting = 0;
    long cases = 0;
    long unaligned = 0;
    for (int i = 0; i < results.length; i++) {
      long count = log.counts()[i];
      int worst = log.traces().get(i).length * AlignmentSearch.DEVIATION_COST + bw;
      var va = new AlignmentReport.VariantAlignment(i, count, results[i], worst);
      out.add(va);
      if (results[i] == null) {
        unaligned += count;
        continue;
      }
      cases += count;
      sumCost += (double) count * results[i].cost();
      sumWorst += (double) count * worst;
      sumFitness += count * va.fitness();
      if (results[i].deviations() == 0) {
        fitting += count;
      }
    }
    double logFitness = sumWorst > 0 ? 1.0 - sumCost / sumWorst : 0;
    double avg = cases > 0 ? sumFitness / cases : 0;
    double pct = cases > 0 ? 100.0 * fitting / cases : 0;
    return new AlignmentReport(out, bw, logFitness, avg, pct, unaligned);
  }

  private AlignmentSearch newSearch() {
    MarkingSpace space = new MarkingSpace(structure, labelOf);
    MarkingEquation equation =
        new MarkingEquation(structure, labelOf, labels.size(), net.fin().toArray());
    return new AlignmentSearch(
        space, equation, labels.size(), labelOf, net.initial().toArray(), net.fin().toArray());
  }
}
