package org.flowbook.compliance.trace;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Control;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Organization;
import org.flowbook.model.Step;

/**
 * The controls a step performs with the requirements each cites: the citations written on the step
 * and, for a control declared in the organization, the declared ones. The one place the registers
 * read controls from, so coverage, the plan and the register agree.
 */
public final class StepControls {
  private StepControls() {}

  /** A control performed in a step and every requirement it cites, without repeats. */
  public record PerformedControl(String name, List<String> citations) {
    public PerformedControl {
      citations = List.copyOf(citations);
    }
  }

  /** A control declared in the organization with the requirements it cites. */
  public record DeclaredControl(String name, List<String> citations) {
    public DeclaredControl {
      citations = List.copyOf(citations);
    }
  }

  public static List<PerformedControl> of(Organization org, Step step) {
    List<PerformedControl> out = new ArrayList<>();
    for (ControlRef ref : step.task().controls()) {
      // A declared control's name is the name the report shows, whatever case the step used.
      String name = org.control(ref.name()).map(Control::name).orElse(ref.name());
      out.add(new PerformedControl(name, org.requirementsOf(ref)));
    }
    return out;
  }

  /** The controls the organization declares once for steps to reference. */
  public static List<DeclaredControl> declared(Organization org) {
    return org.controls().stream()
        .map(c -> new DeclaredControl(c.name(), c.requirements()))
        .toList();
  }
}
