package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowbook.diagram.graph.GraphEdge;
import org.flowbook.diagram.graph.GraphMap;
import org.flowbook.diagram.graph.GraphMapRenderer;
import org.flowbook.diagram.graph.GraphNode;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.FlowchartLayouter;
import org.flowbook.diagram.render.FlowchartRenderer;
import org.flowbook.diagram.render.PngRenderer;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;
import org.junit.jupiter.api.Test;

class RenderSamplesTest {
  @Test
  void writesSamples() throws Exception {
    Path out = Path.of("target/diagrams");
    Files.createDirectories(out);
    for (Process p : new Process[] {Samples.purchaseApproval(), Samples.allShapes()}) {
      DiagramLayout layout = FlowchartLayouter.layout(p);
      String svg = FlowchartRenderer.svg(p, layout, RenderOptions.defaults());
      Files.writeString(out.resolve(p.id() + ".svg"), svg);
      Files.write(out.resolve(p.id() + ".png"), PngRenderer.png(svg, 1.5));
      assertThat(svg).contains("<title>");
    }
    GraphMap dfg =
        new GraphMap(
            "Directly-follows graph",
            List.of(
                new GraphNode("s", "start", 0, GraphNode.Kind.START),
                GraphNode.box("a", "Register request\n1 000", 1000),
                GraphNode.box("b", "Check ticket\n950", 950),
                GraphNode.box("c", "Examine thoroughly\n310", 310),
                GraphNode.box("d", "Decide\n980", 980),
                new GraphNode("e", "end", 0, GraphNode.Kind.END)),
            List.of(
                new GraphEdge("s", "a", "1 000", 1000),
                new GraphEdge("a", "b", "640", 640),
                new GraphEdge("a", "c", "310", 310),
                new GraphEdge("b", "d", "620", 620),
                new GraphEdge("c", "d", "300", 300),
                new GraphEdge("d", "b", "40", 40),
                new GraphEdge("d", "e", "980", 980)));
    String svg = GraphMapRenderer.svg(dfg);
    Files.writeString(out.resolve("dfg.svg"), svg);
    Files.write(out.resolve("dfg.png"), PngRenderer.png(svg, 1.5));
  }
}
