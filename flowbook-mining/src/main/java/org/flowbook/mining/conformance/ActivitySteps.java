package org.flowbook.mining.conformance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbook.mining.petri.PetriNet;
import org.flowbook.mining.translate.StepNet;

/**
 * Which documented step each log activity stands for: its name matched by an {@link
 * ActivityMatcher} to the label of a visible transition, and that transition's step. Conformance
 * attributes deviations, and {@link StepWaits} waiting times, through this one mapping, so both
 * count the same events for a step.
 */
public final class ActivitySteps {
  private final String[] stepOf;

  private ActivitySteps(String[] stepOf) {
    this.stepOf = stepOf;
  }

  /** The mapping of the log's {@code activities} onto the steps of {@code model}. */
  public static ActivitySteps of(StepNet model, List<String> activities, ActivityMatcher matcher) {
    PetriNet net = model.net();
    // Several transitions may carry one label (a step split into routing parts); the first wins.
    Map<String, String> stepOfLabel = new HashMap<>();
    for (int t = 0; t < net.transitions().size(); t++) {
      String step = model.stepOf().get(t);
      if (!step.isEmpty() && !net.transitions().get(t).isInvisible()) {
        stepOfLabel.putIfAbsent(net.transitions().get(t).label(), step);
      }
    }
    List<String> labels = net.labels();
    String[] out = new String[activities.size()];
    for (int a = 0; a < out.length; a++) {
      out[a] = matcher.match(activities.get(a), labels).map(stepOfLabel::get).orElse("");
    }
    return new ActivitySteps(out);
  }

  /** The step id of activity {@code a} (an index into the log's activities), or empty. */
  public String step(int a) {
    return stepOf[a];
  }

  /** Whether activity {@code a} stands for a documented step. */
  public boolean isMapped(int a) {
    return !stepOf[a].isEmpty();
  }

  /** How many activities the mapping covers (the log's activity count). */
  public int activities() {
    return stepOf.length;
  }
}
