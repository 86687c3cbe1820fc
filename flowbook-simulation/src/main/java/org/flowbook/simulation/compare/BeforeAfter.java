package org.flowbook.simulation.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.simulation.engine.CompileOptions;
import org.flowbook.simulation.engine.SimulationRequest;
import org.flowbook.simulation.stats.Estimate;

/**
 * A process before and after a change, simulated in its workspace with the same seed on both sides
 * (common random numbers: replication i of each side draws the same arrivals), so each difference
 * is estimated from the paired replications — a narrower interval than two independent runs would
 * give.
 *
 * @param processId the changed process (the old version's id)
 * @param cycle the changed process's mean cycle time in seconds
 * @param roles every role either side has, by name, in the old workspace's order
 */
public record BeforeAfter(
    String processId,
    String title,
    SimulationRequest request,
    Paired cycle,
    Paired throughputPerWeek,
    List<RoleChange> roles) {

  /**
   * One figure on both sides and the paired difference (after − before) with its 95 % CI.
   *
   * @param significant whether the interval of the difference leaves out 0
   */
  public record Paired(Estimate before, Estimate after, Estimate difference, boolean significant) {
    static Paired of(double[] before, double[] after) {
      double[] d = new double[before.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = after[i] - before[i];
      }
      Estimate diff = Estimate.of(d);
      boolean sig =
          diff.n() >= 2
              && (diff.low() > 0 || diff.high() < 0 || (diff.sd() == 0 && diff.mean() != 0));
      return new Paired(Estimate.of(before), Estimate.of(after), diff, sig);
    }
  }

  /** A role's utilization (0..1) and mean number of tasks waiting, before and after. */
  public record RoleChange(String role, Paired utilization, Paired queue) {}

  /**
   * Simulates {@code workspace} as it is and with {@code before} replaced by {@code after}.
   *
   * @param progress hears finished replications of both sides together (0 … 2 × replications)
   */
  public static BeforeAfter run(
      Workspace workspace,
      Process before,
      Process after,
      CompileOptions options,
      SimulationRequest request,
      IntConsumer progress) {
    Comparison c =
        Comparison.run(
            new Comparison.Side(withProcess(workspace, before, before.id()), options),
            new Comparison.Side(withProcess(workspace, after, before.id()), options),
            java.util.Map.of(before.id(), after.id()),
            request,
            progress);
    Comparison.ProcessChange p =
        c.process(before.id())
            .orElseThrow(
                () -> new IllegalStateException("process " + before.id() + " was not compiled"));
    return new BeforeAfter(
        before.id(), after.title(), request, p.meanCycle(), p.throughputPerWeek(), c.roles());
  }

  /** The workspace with the process of id {@code replacing} swapped for {@code p} (or added). */
  static Workspace withProcess(Workspace ws, Process p, String replacing) {
    List<Process> ps = new ArrayList<>(ws.processes());
    boolean found = false;
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).id().equals(replacing) || ps.get(i).id().equals(p.id())) {
        ps.set(i, p);
        found = true;
        break;
      }
    }
    if (!found) {
      ps.add(p);
    }
    return ws.withProcesses(ps);
  }

  /** Whether the changed process has a volume to simulate (else there is nothing to compare). */
  public boolean hasCases() {
    return cycle.before().isPresent() || cycle.after().isPresent();
  }
}
