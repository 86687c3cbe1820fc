package org.flowbook.bpmn.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;

/**
 * The lanes of one BPMN process and which lane each flow node sits in. Each lane becomes a role
 * named like the lane; with nested lanes the innermost lane is the role, because that is the one
 * that says who does the work ("Clerk" inside "Accounts payable").
 */
final class LaneMap {
  private final Map<String, Lane> laneOfNode = new HashMap<>();
  private final Map<String, Lane> lanes = new LinkedHashMap<>();

  /** One lane: its element, its role name and its enclosing lane. */
  record Lane(XmlNode element, String role, Lane parent) {
    boolean within(Lane other) {
      for (Lane l = this; l != null; l = l.parent) {
        if (l == other) {
          return true;
        }
      }
      return false;
    }
  }

  static LaneMap of(XmlNode process, Findings findings) {
    LaneMap map = new LaneMap();
    process.children(Ns.MODEL, "laneSet").forEach(set -> map.readSet(set, null, findings));
    return map;
  }

  private void readSet(XmlNode set, Lane parent, Findings findings) {
    boolean alone = set.children(Ns.MODEL, "lane").count() == 1;
    set.children(Ns.MODEL, "lane")
        .forEach(
            element -> {
              String name = Findings.oneLine(element.attribute("name", ""));
              if (name.isEmpty()
                  && alone
                  && parent == null
                  && element.child(Ns.MODEL, "childLaneSet").isEmpty()) {
                // tools draw a pool's one unnamed lane for layout only: it names no role
                findings.note(
                    "unnamed-lane", element, "the pool's only lane has no name and is not a role");
                return;
              } else if (name.isEmpty()) {
                name = element.id().isEmpty() ? "Lane " + (lanes.size() + 1) : element.id();
                findings.warn(
                    "unnamed-lane",
                    element,
                    "the lane has no name; its role is called '" + name + "'",
                    "name the lane after the role that works in it");
              }
              Lane lane = new Lane(element, name, parent);
              lanes.put(element.id().isEmpty() ? "#" + lanes.size() : element.id(), lane);
              element
                  .children(Ns.MODEL, "flowNodeRef")
                  .forEach(ref -> assign(XmlNode.localPart(ref.trimmedText()), lane, findings));
              boolean nested = element.child(Ns.MODEL, "childLaneSet").isPresent();
              element
                  .children(Ns.MODEL, "childLaneSet")
                  .forEach(child -> readSet(child, lane, findings));
              if (nested) {
                findings.note(
                    "nested-lanes",
                    element,
                    "the lane holds other lanes; Flowbook makes a role of each innermost lane");
              }
            });
  }

  private void assign(String nodeId, Lane lane, Findings findings) {
    if (nodeId.isEmpty()) {
      return;
    }
    Lane earlier = laneOfNode.get(nodeId);
    if (earlier == null || lane.within(earlier)) {
      laneOfNode.put(nodeId, lane);
    } else if (!earlier.within(lane)) {
      findings.error(
          "lane-membership",
          lane.element(),
          "flow node "
              + nodeId
              + " is also in lane '"
              + earlier.role()
              + "', and one flow node"
              + " can only stand in one lane",
          "remove the node from one of the lanes (flowNodeRef)");
    }
  }

  /** The role of the innermost lane holding a flow node. */
  Optional<String> roleOf(String nodeId) {
    return Optional.ofNullable(laneOfNode.get(nodeId)).map(Lane::role);
  }

  /** The roles of the innermost lanes, in document order. */
  List<String> roles() {
    List<String> out = new ArrayList<>();
    for (Lane l : lanes.values()) {
      boolean leaf = lanes.values().stream().noneMatch(o -> o.parent() == l);
      if (leaf && !out.contains(l.role())) {
        out.add(l.role());
      }
    }
    return out;
  }

  /** The lane elements by role, to find their drawing. */
  Map<String, XmlNode> laneElements() {
    Map<String, XmlNode> out = new LinkedHashMap<>();
    lanes.values().forEach(l -> out.putIfAbsent(l.role(), l.element()));
    return out;
  }

  /** The lane holding a node, for the lanes that hold no work. */
  Map<String, String> assignments() {
    Map<String, String> out = new HashMap<>();
    laneOfNode.forEach((node, lane) -> out.put(node, lane.role()));
    return out;
  }

  boolean isEmpty() {
    return lanes.isEmpty();
  }
}
