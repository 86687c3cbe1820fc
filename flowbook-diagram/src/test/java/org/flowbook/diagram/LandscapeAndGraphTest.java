package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flowbook.diagram.graph.GraphEdge;
import org.flowbook.diagram.graph.GraphMap;
import org.flowbook.diagram.graph.GraphNode;
import org.flowbook.diagram.landscape.LandscapeOptions;
import org.flowbook.model.Process;
import org.flowbook.model.Workspace;
import org.flowbook.testkit.RandomModels;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LandscapeAndGraphTest {
  @Test
  void landscapeLinksEveryProcessAndDrawsEveryCall() {
    Workspace ws = new RandomModels(7).workspace(9);
    String svg = Diagrams.landscape(ws, LandscapeOptions.defaults().withLinkPattern("p/{id}.html"));
    var doc = Xml.parse(svg);
    for (Process p : ws.processes()) {
      Element box = Xml.byId(doc, "process--" + p.id());
      assertThat(
              box.getElementsByTagName("a")
                  .item(0)
                  .getAttributes()
                  .getNamedItem("href")
                  .getNodeValue())
          .isEqualTo("p/" + p.id() + ".html");
    }
    long calls = ws.processes().stream().mapToLong(p -> p.calledProcesses().size()).sum();
    assertThat(svg.split("class=\"call\"", -1).length - 1).isEqualTo((int) calls);
  }

  @Test
  void graphMapDrawsHeavierEdgesThicker() {
    GraphMap map =
        new GraphMap(
            "DFG",
            List.of(
                GraphNode.box("a", "A", 10),
                GraphNode.box("b", "B", 5),
                GraphNode.box("c", "C", 1)),
            List.of(new GraphEdge("a", "b", "9", 9), new GraphEdge("a", "c", "1", 1)));
    var doc = Xml.parse(Diagrams.graph(map));
    NodeList paths = doc.getElementsByTagName("path");
    assertThat(paths.getLength()).isEqualTo(2);
    double heavy = Double.parseDouble(((Element) paths.item(0)).getAttribute("stroke-width"));
    double light = Double.parseDouble(((Element) paths.item(1)).getAttribute("stroke-width"));
    assertThat(heavy).isGreaterThan(light);
    assertThat(Xml.byId(doc, "node--a").getAttribute("data-weight")).isEqualTo("10");
  }

  @Test
  void graphMapRefusesEdgesToUnknownNodes() {
    assertThatThrownBy(
            () ->
                new GraphMap(
                    "",
                    List.of(GraphNode.box("a", "A", 1)),
                    List.of(new GraphEdge("a", "x", "", 1))))
        .hasMessageContaining("a -> x");
  }
}
