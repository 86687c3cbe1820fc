package org.flowbook.analysis.diff;

import java.util.List;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;

/**
 * The diff overlays of two versions' flowcharts: the old chart marks removed and changed steps, the
 * new chart added and changed ones. One home for the diff report and the web diff page.
 *
 * @param before the overlay for the old version's chart
 * @param after the overlay for the new version's chart
 */
public record ChangeMarks(Overlay before, Overlay after) {

  public static ChangeMarks of(List<StepChange> changes) {
    Overlay.Builder before = Overlay.builder();
    Overlay.Builder after = Overlay.builder();
    for (StepChange s : changes) {
      switch (s.kind()) {
        case ADDED -> after.step(s.newId(), Mark.state(ChangeState.ADDED));
        case REMOVED -> before.step(s.oldId(), Mark.state(ChangeState.REMOVED));
        case CHANGED -> {
          before.step(s.oldId(), Mark.state(ChangeState.CHANGED));
          after.step(s.newId(), Mark.state(ChangeState.CHANGED));
        }
      }
    }
    return new ChangeMarks(before.build(), after.build());
  }
}
