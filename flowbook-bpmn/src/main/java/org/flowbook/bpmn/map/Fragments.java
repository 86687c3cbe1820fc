package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.Document;
import org.flowbook.model.Language;
import org.flowbook.model.Organization;
import org.flowbook.model.Process;
import org.flowbook.model.Role;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Step;

/**
 * The organization fragment an import declares (a role per lane, a document per data object or
 * store) and the checks that need every process mapped first.
 */
final class Fragments {
  private Fragments() {}

  static Organization organization(ImportContext cx, List<Process> processes) {
    List<String> roles = new ArrayList<>(cx.roles);
    for (Process p : processes) {
      for (String r : p.roles()) {
        if (!roles.contains(r)) {
          roles.add(r);
        }
      }
    }
    List<Document> documents = new ArrayList<>();
    cx.data
        .documents()
        .forEach(
            (name, kind) ->
                documents.add(new Document(name, "BPMN " + kind, SourceLocation.UNKNOWN)));
    return new Organization(
        "",
        Language.EN,
        null,
        roles.stream().map(Role::named).toList(),
        List.of(),
        documents,
        List.of(),
        List.of(),
        SourceLocation.UNKNOWN);
  }

  /** Data objects and stores no activity reads or writes have nothing to become: say so. */
  static void reportUnusedData(XmlNode root, ImportContext cx) {
    root.descendants()
        .filter(n -> n.namespace().equals(Ns.MODEL))
        .filter(
            n -> n.name().equals("dataObjectReference") || n.name().equals("dataStoreReference"))
        .filter(n -> !cx.data.isUsed(n.id()))
        .forEach(
            n ->
                cx.findings.warn(
                    "data-unconnected",
                    n,
                    "no activity reads or writes it, so it is not kept",
                    "connect it to the activity that uses it with a data association"));
  }

  /**
   * A lane that holds only events and gateways keeps its role in the organization, but no step of
   * the process names it, so the process will not draw that lane.
   */
  static void reportLanesWithoutWork(
      Collection<LaneMap> lanes, List<Process> processes, ImportContext cx) {
    Set<String> working = new HashSet<>();
    for (Process p : processes) {
      for (Step s : p.steps()) {
        if (!s.performer().isEmpty()) {
          working.add(s.performer());
        }
      }
    }
    Set<LaneMap> seen = new HashSet<>();
    for (LaneMap map : lanes) {
      if (!seen.add(map)) {
        continue;
      }
      map.laneElements()
          .forEach(
              (role, lane) -> {
                boolean leaf = lane.child(Ns.MODEL, "childLaneSet").isEmpty();
                if (leaf && !working.contains(role)) {
                  cx.findings.warn(
                      "lane-without-work",
                      lane,
                      "no activity stands in the lane; its role '"
                          + role
                          + "' is declared, but the"
                          + " process will not show the lane",
                      "Flowbook draws a lane per role that does work in the process");
                }
              });
    }
  }
}
