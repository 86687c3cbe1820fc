package org.flowbook.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
  }
}
