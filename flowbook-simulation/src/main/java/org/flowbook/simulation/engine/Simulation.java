package org.flowbook.simulation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.flowbook.simulation.engine.SimModel.ProcessSpec;

/**
 * Runs the replications of a request on all cores. Each replication gets its own generator split
 * off one seeded root in replication order, and results are kept in that order, so a seed gives
 * byte-identical figures however the threads are scheduled.
 */
public final class Simulation {
  private Simulation() {}

  public static List<ReplicationResult> run(SimModel model, SimulationRequest request) {
    return run(model, request, done -> {});
  }

  /** Runs; {@code progress} hears the number of finished replications (from any thread). */
  public static List<ReplicationResult> run(
      SimModel model, SimulationRequest request, IntConsumer progress) {
    SimModel runnable = request.cases() > 0 ? withCaseLimit(model, request.cases()) : model;
    RunSettings settings = request.settings();
    SplittableRandom root = new SplittableRandom(request.seed());
    List<SplittableRandom> seeds = new ArrayList<>();
    for (int i = 0; i < request.replications(); i++) {
      seeds.add(root.split());
    }
    int threads =
        Math.max(1, Math.min(request.replications(), Runtime.getRuntime().availableProcessors()));
    AtomicInteger done = new AtomicInteger();
    if (threads == 1) {
      List<ReplicationResult> out = new ArrayList<>();
      for (SplittableRandom r : seeds) {
        out.add(new Engine(runnable, settings, r).run());
        progress.accept(done.incrementAndGet());
      }
      return List.copyOf(out);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "flowbook-simulation");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<ReplicationResult>> futures = new ArrayList<>();
      for (SplittableRandom r : seeds) {
        futures.add(
            pool.submit(
                () -> {
                  ReplicationResult result = new Engine(runnable, settings, r).run();
                  progress.accept(done.incrementAndGet());
                  return result;
                }));
      }
      List<ReplicationResult> out = new ArrayList<>();
      for (Future<ReplicationResult> f : futures) {
        out.add(f.get());
      }
      return List.copyOf(out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the simulation was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static SimModel withCaseLimit(SimModel model, long cases) {
    List<ProcessSpec> ps = new ArrayList<>();
    for (ProcessSpec p : model.processes()) {
      SimModel.Arrivals a = p.arrivals();
      ps.add(
          a == null
              ? p
              : new ProcessSpec(p.id(), p.title(), a.withMaxCases(cases), p.steps(), p.start()));
    }
    return new SimModel(model.roles(), ps, model.holidays(), model.warnings());
  }
}
