package org.flowbook.mining.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.mining.conformance.AlignmentReport;
import org.flowbook.mining.conformance.Alignments;
import org.flowbook.mining.conformance.TokenReplay;
import org.flowbook.mining.discovery.InductiveMiner;
import org.flowbook.mining.log.TraceVariants;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.petri.PnmlException;
import org.flowbook.mining.petri.PnmlReader;
import org.flowbook.output.Progress;

/**
 * Times discovery (IM, IMf 0.2) and conformance (token replay, optimal alignments on both cores) on
 * one log's variants, against the given PNML nets. These steps take seconds, so they run once each
 * after one warm-up of discovery; alignment runs start from a cold cache, as a user's would.
 */
public final class ConformanceBenchmark {
  private ConformanceBenchmark() {}

  /** The measured steps; a step's name carries the model's file name and the fitness found. */
  public static List<BenchStep> run(TraceVariants log, List<Path> models, int runs)
      throws IOException, PnmlException {
    List<BenchStep> steps = new ArrayList<>();
    InductiveMiner.discover(log, 0);
    steps.add(time("IM discovery", runs, () -> InductiveMiner.discover(log, 0)));
    steps.add(time("IMf 0.2 discovery", runs, () -> InductiveMiner.discover(log, 0.2)));
    for (Path m : models) {
      PetriNet net = PnmlReader.read(m);
      String name = m.getFileName().toString().replaceFirst("\\.pnml$", "");
      double[] fitness = new double[1];
      steps.add(
          time(
              "TBR " + name,
              runs,
              () -> fitness[0] = TokenReplay.of(net).replay(log).logFitness()));
      steps.add(
          rename(
              steps.remove(steps.size() - 1),
              String.format(java.util.Locale.ROOT, " = %.4f", fitness[0])));
      AlignmentReport[] report = new AlignmentReport[1];
      steps.add(
          time(
              "align " + name,
              runs,
              () -> report[0] = Alignments.of(net).check(log, Progress.NONE)));
      steps.add(
          rename(
              steps.remove(steps.size() - 1),
              String.format(java.util.Locale.ROOT, " = %.4f", report[0].logFitness())
                  + (report[0].unaligned() > 0
                      ? " (" + report[0].unaligned() + " unaligned)"
                      : "")));
    }
    return steps;
  }

  private static BenchStep rename(BenchStep s, String suffix) {
    return new BenchStep(s.name() + suffix, s.millis());
  }

  private static BenchStep time(String name, int runs, Runnable work) {
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    return new BenchStep(name, ms);
  }
}
