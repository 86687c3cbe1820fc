package org.flowbook.bpmn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Counts BPMN elements by local name straight from the XML with the JDK's DOM parser: an
 * independent witness for what the importer should have read. Elements nested in expanded
 * sub-processes are counted like any other.
 */
final class XmlCounts {
  static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private final Map<String, Integer> counts = new HashMap<>();
  private int expandedSubProcesses;
  private int eventSubProcesses;
  private int collapsedSubProcesses;
  private int leafLanes;
  private int processesWithSteps;
  private int annotations;
  private final java.util.Set<String> laneNames = new java.util.TreeSet<>();

  static XmlCounts of(Path file) throws Exception {
    return of(Files.readAllBytes(file));
  }

  static XmlCounts of(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
    Element root =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .getDocumentElement();
    XmlCounts c = new XmlCounts();
    c.walk(root);
    return c;
  }

  private void walk(Element e) throws IOException {
    if (MODEL.equals(e.getNamespaceURI())) {
      String name = e.getLocalName();
      counts.merge(name, 1, Integer::sum);
      if (Set.of("subProcess", "transaction", "adHocSubProcess").contains(name)) {
        if ("true".equals(e.getAttribute("triggeredByEvent"))) {
          eventSubProcesses++;
        } else if (hasFlowNodeChild(e)) {
          expandedSubProcesses++;
        } else {
          collapsedSubProcesses++;
        }
      }
      if (name.equals("lane") && childNamed(e, "childLaneSet") == null) {
        leafLanes++;
        String laneName = e.getAttribute("name").strip().replaceAll("\\s+", " ");
        if (!laneName.isEmpty()) {
          laneNames.add(laneName);
        }
      }
      if (name.equals("process") && hasFlowNodeChild(e)) {
        processesWithSteps++;
      }
      if (name.equals("textAnnotation") && !e.getTextContent().isBlank()) {
        annotations++;
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        walk(child);
      }
    }
  }

  private static boolean hasFlowNodeChild(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c
          && MODEL.equals(c.getNamespaceURI())
          && (c.getLocalName().endsWith("Task")
              || c.getLocalName().equals("task")
              || c.getLocalName().endsWith("Event")
              || c.getLocalName().endsWith("Gateway"))) {
        return true;
      }
    }
    return false;
  }

  private static Element childNamed(Element e, String local) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && local.equals(c.getLocalName())) {
        return c;
      }
    }
    return null;
  }

  int count(String... localNames) {
    int sum = 0;
    for (String n : localNames) {
      sum += counts.getOrDefault(n, 0);
    }
    return sum;
  }

  int tasks() {
    return count(
        "task",
        "userTask",
        "manualTask",
        "serviceTask",
        "sendTask",
        "receiveTask",
        "scriptTask",
        "businessRuleTask");
  }

  int decisionGateways() {
    return count("exclusiveGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway");
  }

  int expandedSubProcesses() {
    return expandedSubProcesses;
  }

  int eventSubProcesses() {
    return eventSubProcesses;
  }

  int collapsedSubProcesses() {
    return collapsedSubProcesses;
  }

  int processesWithSteps() {
    return processesWithSteps;
  }

  int annotations() {
    return annotations;
  }

  java.util.Set<String> laneNames() {
    return laneNames;
  }

  int leafLanes() {
    return leafLanes;
  }
}
