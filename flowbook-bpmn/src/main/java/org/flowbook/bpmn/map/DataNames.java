package org.flowbook.bpmn.map;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowbook.bpmn.read.BpmnIndex;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;

/**
 * The names under which data objects, data stores and data inputs/outputs become documents: {@code
 * "Invoice"}, or {@code "Invoice (approved)"} when the reference names a state.
 */
final class DataNames {
  private final BpmnIndex index;
  private final Set<String> used = new HashSet<>();
  private final Map<String, String> kinds = new LinkedHashMap<>();

  DataNames(BpmnIndex index) {
    this.index = index;
  }

  Optional<String> nameOf(XmlNode data) {
    String name = Findings.oneLine(data.attribute("name", ""));
    String kind;
    switch (data.name()) {
      case "dataObjectReference" -> {
        kind = "data object";
        if (name.isEmpty()) {
          name = referencedName(data, "dataObjectRef");
        }
      }
      case "dataStoreReference" -> {
        kind = "data store";
        if (name.isEmpty()) {
          name = referencedName(data, "dataStoreRef");
        }
      }
      case "dataObject", "dataStore", "dataInput", "dataOutput" -> kind = data.name();
      default -> {
        return Optional.empty();
      }
    }
    if (name.isEmpty()) {
      name = data.id();
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String state =
        data.child(Ns.MODEL, "dataState")
            .map(s -> Findings.oneLine(s.attribute("name", "")))
            .orElse("");
    String full = state.isEmpty() ? name : name + " (" + state + ")";
    kinds.putIfAbsent(full, kind);
    return Optional.of(full);
  }

  void markUsed(String id) {
    used.add(id);
  }

  boolean isUsed(String id) {
    return used.contains(id);
  }

  /** Every document name handed out, with the kind of BPMN element it came from. */
  Map<String, String> documents() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }

  private String referencedName(XmlNode data, String attribute) {
    return data.reference(attribute)
        .flatMap(index::get)
        .map(d -> Findings.oneLine(d.attribute("name", "")))
        .orElse("");
  }
}
