package org.flowbook.bpmn.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.bpmn.read.Ns;
import org.flowbook.bpmn.xml.XmlNode;
import org.flowbook.model.Flow;

/**
 * Reads the sequence flows of a file once all scopes are mapped: their ends, their label (the name,
 * else the condition) and whether they are their gateway's default. A flow belongs to the process
 * its ends are in, wherever the file wrote it. Tolerant of tools that leave out {@code
 * sourceRef}/{@code targetRef} but list the flow under a node's {@code incoming}/{@code outgoing};
 * strict about flows that lead to elements that do not exist or cross a sub-process border.
 */
final class FlowReader {
  private final ImportContext cx;

  FlowReader(ImportContext cx) {
    this.cx = cx;
  }

  void read(List<XmlNode> flows) {
    for (XmlNode f : flows) {
      Optional<String> from = f.reference("sourceRef").or(() -> listedUnder(f, "outgoing"));
      Optional<String> to = f.reference("targetRef").or(() -> listedUnder(f, "incoming"));
      if (from.isEmpty() || to.isEmpty()) {
        cx.findings.warn(
            "flow-dangling",
            f,
            "the sequence flow has no "
                + (from.isEmpty() ? "source" : "target")
                + " and is left out",
            "reconnect both ends of the flow in the modeling tool");
        continue;
      }
      if (!resolvable(f, from.get()) || !resolvable(f, to.get())) {
        continue;
      }
      ProcessDraft draft = cx.draftOfNode.get(from.get());
      if (draft != cx.draftOfNode.get(to.get())) {
        cx.findings.error(
            "cross-scope-flow",
            f,
            "the sequence flow crosses the border of a process or sub-process (from '"
                + from.get()
                + "' to '"
                + to.get()
                + "')",
            "sequence flows stay inside one process or sub-process; connect to the sub-process"
                + " itself, or use a message flow between pools");
        continue;
      }
      XmlNode source = draft.nodes.get(from.get());
      boolean isDefault = source.reference("default").map(f.id()::equals).orElse(false);
      draft.flows.add(
          new DraftFlow(
              f.id(),
              new Flow(
                  from.get(), to.get(), label(f), null, isDefault, cx.findings.locations().of(f))));
    }
  }

  private boolean resolvable(XmlNode flow, String end) {
    ProcessDraft d = cx.draftOfNode.get(end);
    if (d != null && d.steps.containsKey(end)) {
      return true;
    }
    Optional<XmlNode> node = cx.index.get(end);
    if (node.isEmpty()) {
      cx.findings.error(
          "unknown-reference",
          flow,
          "the sequence flow leads from or to '" + end + "', which does not exist",
          "reconnect the flow in the modeling tool");
    } else if (!ScopeMapper.isFlowNode(node.get().name())) {
      cx.findings.error(
          "unknown-reference",
          flow,
          "the sequence flow leads from or to the "
              + node.get().name()
              + " '"
              + end
              + "', which is not a flow node",
          "connect sequence flows to activities, gateways and events only");
    }
    // else: a flow node refused earlier (and reported there)
    return false;
  }

  private Optional<String> listedUnder(XmlNode flow, String direction) {
    for (ProcessDraft d : cx.drafts) {
      for (Map.Entry<String, XmlNode> e : d.nodes.entrySet()) {
        boolean listed =
            e.getValue()
                .children(Ns.MODEL, direction)
                .anyMatch(r -> XmlNode.localPart(r.trimmedText()).equals(flow.id()));
        if (listed) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  private static String label(XmlNode flow) {
    String name = Findings.oneLine(flow.attribute("name", ""));
    if (!name.isEmpty()) {
      return name;
    }
    return flow.child(Ns.MODEL, "conditionExpression")
        .map(c -> Findings.oneLine(c.text()))
        .orElse("");
  }
}
