package org.flowbook.analysis.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.End;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * A process of a given size for the benchmark: a chain of activities by rotating roles, a rework
 * decision every fifth step (a share back three steps) and a parallel pair every seventh. Seeded.
 */
public final class SyntheticProcess {
  private SyntheticProcess() {}

  public static Process of(int size, long seed, List<String> roles) {
    Random r = new Random(seed);
    List<Step> steps = new ArrayList<>();
    List<Flow> flows = new ArrayList<>();
    SourceLocation u = SourceLocation.UNKNOWN;
    steps.add(new Start("start", "", EventTrigger.NONE, u));
    String previous = "start";
    List<String> activities = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      String id = String.valueOf(i);
      Task t =
          Task.by(roles.get(r.nextInt(roles.size())))
              .withTimes(Duration.ofMinutes(5 + r.nextInt(60)), Duration.ofHours(r.nextInt(30)));
      if (i % 7 == 0) {
        String a = id + "a";
        String b = id + "b";
        String join = id + "j";
        steps.add(new Parallel(id, "", u));
        steps.add(new Activity(a, "Step " + a, t));
        steps.add(new Activity(b, "Step " + b, t.withTimes(t.workTime(), Duration.ZERO)));
        steps.add(new Parallel(join, "", u));
        flows.add(Flow.of(previous, id));
        flows.add(Flow.of(id, a));
        flows.add(Flow.of(id, b));
        flows.add(Flow.of(a, join));
        flows.add(Flow.of(b, join));
        previous = join;
      } else if (i % 5 == 0 && activities.size() > 3) {
        steps.add(new Decision(id, "Check " + id, "Ok?", t, DecisionKind.EXCLUSIVE, u));
        flows.add(Flow.of(previous, id));
        String back = activities.get(activities.size() - 3);
        flows.add(new Flow(id, back, "rework", 0.1 + r.nextInt(3) / 10.0, false, u));
        previous = id;
        activities.add(id);
        // The "ok" branch is the unstated remainder, added when the next step is known.
        continue;
      } else {
        steps.add(new Activity(id, "Step " + id, t));
        flows.add(Flow.of(previous, id));
        previous = id;
        activities.add(id);
      }
    }
    steps.add(new End("end", "Done", EventTrigger.NONE, u));
    flows.add(Flow.of(previous, "end"));
    return Process.of("synthetic-" + size, "Synthetic " + size, steps, flows)
        .withCasesPerMonth(100.0);
  }
}
