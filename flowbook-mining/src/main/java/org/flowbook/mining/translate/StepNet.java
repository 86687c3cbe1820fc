package org.flowbook.mining.translate;

import java.util.List;
import org.flowbook.mining.petri.PetriNet;

/**
 * A Petri net that stands for a documented process, with the step each transition belongs to, so
 * that conformance results can be reported per step.
 *
 * @param stepOf per transition the id of its step, or empty for routing transitions
 * @param titles per transition the title of its step, or empty
 */
public record StepNet(PetriNet net, List<String> stepOf, List<String> titles) {
  public StepNet {
    stepOf = List.copyOf(stepOf);
    titles = List.copyOf(titles);
    if (stepOf.size() != net.transitions().size() || titles.size() != stepOf.size()) {
      throw new IllegalArgumentException("one step entry per transition needed");
    }
  }

  /** A net read from PNML: every visible transition is a step named after its label. */
  public static StepNet ofNet(PetriNet net) {
    List<String> labels = net.transitions().stream().map(t -> t.label()).toList();
    return new StepNet(net, labels, labels);
  }
}
