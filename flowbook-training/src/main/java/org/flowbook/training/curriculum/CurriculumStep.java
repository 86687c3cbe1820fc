package org.flowbook.training.curriculum;

import java.util.List;
import java.util.Set;
import org.flowbook.model.ControlRef;

/**
 * A step a role must learn: it performs it (R) or is accountable for it (A).
 *
 * @param id the step's id in its process ("3", "4b")
 * @param involvement R and/or A
 * @param controls the controls performed in the step
 */
public record CurriculumStep(
    String id, String title, Set<Involvement> involvement, List<ControlRef> controls) {
  public CurriculumStep {
    involvement = Set.copyOf(involvement);
    controls = List.copyOf(controls);
  }

  public boolean performs() {
    return involvement.contains(Involvement.RESPONSIBLE);
  }
}
