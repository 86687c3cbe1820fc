package org.flowbook.server.ack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flowbook.analysis.diff.FieldChange;
import org.flowbook.diagram.overlay.ChangeState;
import org.flowbook.diagram.overlay.Mark;
import org.flowbook.diagram.overlay.Overlay;
import org.flowbook.model.Language;
import org.flowbook.model.Process;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.acknowledge.Publication;
import org.flowbook.server.view.Charts;
import org.flowbook.server.view.Text;
import org.flowbook.training.change.StepDelta;
import org.flowbook.training.impact.TrainingImpact;

/**
 * "What changed for you": only the changed steps a person's roles have a part in, each before and
 * after, and both flowcharts with the diff marks of {@code flowbook diff} on those steps alone.
 *
 * @param svgBefore the chart of the version published before, or empty for a first publication
 */
public record PersonalChange(
    Publication publication,
    Acknowledgement task,
    List<StepDelta> steps,
    String svgBefore,
    String svgAfter) {

  public static PersonalChange of(
      Library library,
      Charts charts,
      Publication publication,
      Acknowledgement task,
      Language lang) {
    Optional<Process> after = process(library, publication.processId(), publication.version());
    Optional<Process> before =
        Optional.ofNullable(publication.previousVersion())
            .flatMap(v -> process(library, publication.processId(), v));
    if (after.isEmpty()) {
      return new PersonalChange(publication, task, List.of(), "", "");
    }
    // The steps stored with the task when it was published: the same rule decided both.
    List<StepDelta> mine =
        TrainingImpact.of(library.workspace(), before, after.get()).changedSteps().stream()
            .filter(c -> task.steps().contains(c.id()))
            .toList();
    Overlay.Builder old = Overlay.builder();
    Overlay.Builder now = Overlay.builder();
    for (StepDelta c : mine) {
      switch (c.kind()) {
        case ADDED -> c.after().ifPresent(s -> now.step(s.id(), Mark.state(ChangeState.ADDED)));
        case REMOVED ->
            c.before().ifPresent(s -> old.step(s.id(), Mark.state(ChangeState.REMOVED)));
        case CHANGED -> {
          c.before().ifPresent(s -> old.step(s.id(), Mark.state(ChangeState.CHANGED)));
          c.after().ifPresent(s -> now.step(s.id(), Mark.state(ChangeState.CHANGED)));
        }
      }
    }
    String svgBefore = before.map(p -> charts.flowchart(p, old.build(), lang)).orElse("");
    return new PersonalChange(
        publication, task, mine, svgBefore, charts.flowchart(after.get(), now.build(), lang));
  }

  /**
   * A changed value as people read it: the diff gives work and waiting times in minutes ("20.0"),
   * shown as durations ("20 min"); everything else as written.
   */
  public static String show(FieldChange change, String value) {
    if ((change.field().equals("work") || change.field().equals("wait")) && !value.isEmpty()) {
      try {
        return Text.duration(Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60)));
      } catch (NumberFormatException e) {
        return value;
      }
    }
    return value;
  }

  private static Optional<Process> process(Library library, String id, int version) {
    return library
        .document(id, version)
        .filter(ProcessDocument::hasProcess)
        .map(ProcessDocument::process);
  }
}
