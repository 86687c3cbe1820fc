package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.bpmn.read.BpmnIndex;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.Task;

/**
 * Reads the work part of an activity: who does it (its lane), how (its documentation, one
 * instruction per line) and with what (the data objects and stores it reads and writes).
 */
final class TaskReader {
  private final BpmnIndex index;
  private final Findings findings;
  private final DataNames data;

  TaskReader(BpmnIndex index, Findings findings, DataNames data) {
    this.index = index;
    this.findings = findings;
    this.data = data;
  }

  Task read(XmlNode activity, String performer) {
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    activity
        .children(Ns.MODEL, "dataInputAssociation")
        .forEach(a -> a.children(Ns.MODEL, "sourceRef").forEach(r -> addData(r, inputs)));
    activity
        .children(Ns.MODEL, "dataOutputAssociation")
        .forEach(a -> a.children(Ns.MODEL, "targetRef").forEach(r -> addData(r, outputs)));
    reportMarkers(activity);
    return new Task(
        performer,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        instructions(activity),
        List.of(),
        inputs,
        outputs,
        List.of(),
        List.of());
  }

  /** The documentation of an element as instructions: one per non-empty line, bullets removed. */
  static List<String> instructions(XmlNode element) {
    List<String> out = new ArrayList<>();
    element
        .children(Ns.MODEL, "documentation")
        .forEach(
            d -> {
              for (String line : d.text().split("\\R")) {
                String l = line.strip().replaceFirst("^[-*•]\\s+", "").strip();
                if (!l.isEmpty()) {
                  out.add(l);
                }
              }
            });
    return out;
  }

  private void addData(XmlNode ref, List<String> into) {
    String id = XmlNode.localPart(ref.trimmedText());
    index
        .get(id)
        .flatMap(data::nameOf)
        .ifPresent(
            name -> {
              data.markUsed(id);
              if (!into.contains(name)) {
                into.add(name);
              }
            });
  }

  private void reportMarkers(XmlNode activity) {
    for (String marker :
        List.of("standardLoopCharacteristics", "multiInstanceLoopCharacteristics")) {
      activity
          .child(Ns.MODEL, marker)
          .ifPresent(
              m ->
                  findings.warn(
                      "loop-dropped",
                      activity,
                      (marker.startsWith("multi") ? "the multi-instance" : "the loop")
                          + " marker is not kept; Flowbook's activity runs once per case",
                      "say in the instructions that the work repeats (\"for each order line ...\")"));
    }
    if (activity.attribute("isForCompensation", "false").equals("true")) {
      findings.warn(
          "compensation-dropped",
          activity,
          "the activity is a compensation handler; Flowbook keeps it as an ordinary step",
          "describe when it runs in its instructions");
    }
  }
}
