package org.flowbook.bpmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the drawing of an exported file the way a modeler would need it: every pool, lane and flow
 * node has a shape, every sequence and message flow an edge with at least two waypoints. Returns
 * what is missing, empty when complete.
 */
final class DiCoverage {
  private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final Set<String> NEEDS_SHAPE =
      Set.of(
          "participant",
          "lane",
          "task",
          "userTask",
          "manualTask",
          "serviceTask",
          "sendTask",
          "receiveTask",
          "scriptTask",
          "businessRuleTask",
          "subProcess",
          "callActivity",
          "exclusiveGateway",
          "inclusiveGateway",
          "eventBasedGateway",
          "parallelGateway",
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent",
          "dataObjectReference",
          "textAnnotation");
  private static final Set<String> NEEDS_EDGE =
      Set.of("sequenceFlow", "messageFlow", "association");

  private DiCoverage() {}

  static List<String> missing(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    Map<String, Integer> shapes = new HashMap<>();
    Map<String, Integer> edgePoints = new HashMap<>();
    NodeList all = root.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (DI.equals(e.getNamespaceURI()) && e.getLocalName().equals("BPMNShape")) {
        shapes.merge(e.getAttribute("bpmnElement"), 1, Integer::sum);
      } else if (DI.equals(e.getNamespaceURI()) && e.getLocalName().equals("BPMNEdge")) {
        edgePoints.put(
            e.getAttribute("bpmnElement"), e.getElementsByTagNameNS("*", "waypoint").getLength());
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (!XmlCounts.MODEL.equals(e.getNamespaceURI())) {
        continue;
      }
      String id = e.getAttribute("id");
      if (NEEDS_SHAPE.contains(e.getLocalName()) && shapes.getOrDefault(id, 0) != 1) {
        missing.add("shape of " + e.getLocalName() + " " + id);
      }
      if (NEEDS_EDGE.contains(e.getLocalName()) && edgePoints.getOrDefault(id, 0) < 2) {
        missing.add("edge of " + e.getLocalName() + " " + id);
      }
    }
    return missing;
  }
}
