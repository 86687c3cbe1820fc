package org.flowbook.simulation.prosimos;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowbook.bpmn.xml.SafeXml;

/**
 * The control flow of a Prosimos BPMN model: its nodes (tasks, gateways, events) and sequence
 * flows, read with the hardened StAX reader (no DTDs, no entities). Only the first process of the
 * file is read; diagram information is skipped.
 */
record ProsimosBpmn(Map<String, Node> nodes, List<Flow> flows) {
  static final int MAX_NODES = 100_000;

  /** A flow node; {@code kind} is the BPMN element's local name. */
  record Node(String id, String name, String kind, String direction, boolean terminate) {}

  record Flow(String id, String from, String to) {}

  static ProsimosBpmn read(String file, byte[] xml) throws ProsimosFormatException {
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Flow> flows = new ArrayList<>();
    int depth = 0;
    int processDepth = -1;
    boolean processDone = false;
    String current = null;
    try {
      XMLStreamReader r =
          SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String local = r.getLocalName();
          boolean bpmn = isBpmn(r.getNamespaceURI());
          if (!bpmn) {
            continue;
          }
          if (local.equals("process") && processDepth < 0 && !processDone) {
            processDepth = depth;
          } else if (processDepth > 0 && depth == processDepth + 1) {
            String id = r.getAttributeValue(null, "id");
            if (local.equals("sequenceFlow")) {
              flows.add(
                  new Flow(
                      id,
                      r.getAttributeValue(null, "sourceRef"),
                      r.getAttributeValue(null, "targetRef")));
            } else if (isNode(local)) {
              if (id == null || id.isBlank()) {
                throw new ProsimosFormatException(
                    file + ":" + r.getLocation().getLineNumber() + ": a " + local + " has no id");
              }
              String name = r.getAttributeValue(null, "name");
              nodes.put(
                  id,
                  new Node(
                      id,
                      name == null ? "" : name.strip(),
                      local,
                      r.getAttributeValue(null, "gatewayDirection"),
                      false));
              current = id;
              if (nodes.size() > MAX_NODES) {
                throw new ProsimosFormatException(file + ": more than " + MAX_NODES + " nodes");
              }
            }
          } else if (local.equals("terminateEventDefinition") && current != null) {
            Node n = nodes.get(current);
            nodes.put(current, new Node(n.id(), n.name(), n.kind(), n.direction(), true));
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (depth == processDepth && isBpmn(r.getNamespaceURI())) {
            processDepth = -1;
            processDone = true;
          }
          if (processDepth > 0 && depth == processDepth + 1) {
            current = null;
          }
          depth--;
        }
      }
    } catch (XMLStreamException e) {
      throw new ProsimosFormatException(file + ": not well-formed XML: " + e.getMessage());
    }
    if (nodes.isEmpty()) {
      throw new ProsimosFormatException(file + ": no BPMN process with tasks or events");
    }
    for (Flow f : flows) {
      if (!nodes.containsKey(f.from()) || !nodes.containsKey(f.to())) {
        throw new ProsimosFormatException(
            file + ": sequence flow '" + f.id() + "' connects a node that does not exist");
      }
    }
    return new ProsimosBpmn(nodes, flows);
  }

  private static boolean isBpmn(String ns) {
    return "http://www.omg.org/spec/BPMN/20100524/MODEL".equals(ns);
  }

  private static boolean isNode(String local) {
    return local.endsWith("Task")
        || local.equals("task")
        || local.endsWith("Gateway")
        || local.endsWith("Event")
        || local.equals("subProcess")
        || local.equals("callActivity");
  }
}
