package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * Turns text annotations into notes of the steps they are associated with. An annotation attached
 * to something that has no notes (an event, a flow), or to nothing, is reported, not lost.
 */
final class Annotations {
  private final ImportContext cx;
  private final ProcessDraft draft;

  Annotations(ImportContext cx, ProcessDraft draft) {
    this.cx = cx;
    this.draft = draft;
  }

  void attach(List<XmlNode> artifacts) {
    Set<String> placed = new HashSet<>();
    for (XmlNode a : artifacts) {
      if (!a.name().equals("association")) {
        continue;
      }
      String s = a.reference("sourceRef").orElse("");
      String t = a.reference("targetRef").orElse("");
      if (compensation(a, s, t)) {
        continue;
      }
      Optional<XmlNode> annotation = textAnnotation(s).or(() -> textAnnotation(t));
      if (annotation.isEmpty()) {
        continue;
      }
      String other = annotation.get().id().equals(s) ? t : s;
      Step step = draft.steps.get(other);
      Optional<Step> noted =
          step == null ? Optional.empty() : withNote(step, text(annotation.get()));
      if (noted.isPresent()) {
        draft.replace(noted.get());
        placed.add(annotation.get().id());
      }
    }
    for (XmlNode a : artifacts) {
      if (a.name().equals("textAnnotation") && !placed.contains(a.id()) && !text(a).isEmpty()) {
        cx.findings.warn(
            "annotation-dropped",
            a,
            "the text annotation \""
                + abbreviate(text(a))
                + "\" is attached to no activity or"
                + " decision, so it has no step to become a note of",
            "associate it with the activity it explains");
      }
    }
  }

  /**
   * An association from a compensation boundary event to its handler says "when compensated, do
   * this": Flowbook keeps it as the boundary event's flow, and the exporter writes it back as an
   * association.
   */
  private boolean compensation(XmlNode association, String source, String target) {
    if (draft.steps.get(source) instanceof Event e
        && e.isBoundary()
        && e.trigger() == EventTrigger.COMPENSATION
        && draft.steps.containsKey(target)) {
      draft.flows.add(
          new DraftFlow(
              association.id(),
              new Flow(source, target, "", null, false, cx.findings.locations().of(association))));
      return true;
    }
    return false;
  }

  private Optional<XmlNode> textAnnotation(String id) {
    return cx.index.get(id).filter(n -> n.name().equals("textAnnotation"));
  }

  private static Optional<Step> withNote(Step step, String note) {
    if (note.isEmpty()) {
      return Optional.of(step);
    }
    if (step instanceof Activity a) {
      return Optional.of(new Activity(a.id(), a.title(), noted(a.task(), note), a.type(), a.at()));
    }
    if (step instanceof Call c) {
      return Optional.of(new Call(c.id(), c.title(), c.processId(), noted(c.task(), note), c.at()));
    }
    if (step instanceof Decision d) {
      return Optional.of(
          new Decision(d.id(), d.title(), d.question(), noted(d.task(), note), d.kind(), d.at()));
    }
    return Optional.empty();
  }

  private static Task noted(Task t, String note) {
    List<String> notes = new ArrayList<>(t.notes());
    notes.add(note);
    return new Task(
        t.performer(),
        t.accountable(),
        t.consulted(),
        t.informed(),
        t.workTime(),
        t.waitTime(),
        t.instructions(),
        t.systems(),
        t.inputs(),
        t.outputs(),
        t.controls(),
        notes);
  }

  private static String text(XmlNode annotation) {
    return annotation.child(Ns.MODEL, "text").map(x -> Findings.oneLine(x.text())).orElse("");
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
