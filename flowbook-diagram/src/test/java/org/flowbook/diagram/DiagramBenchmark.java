package org.flowbook.diagram;

import java.util.List;
import java.util.Locale;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.FlowchartLayouter;
import org.flowbook.diagram.render.FlowchartRenderer;
import org.flowbook.diagram.render.PngRenderer;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;
import org.flowbook.testkit.RandomModels;

/**
 * Layout and render times for random processes of 10, 100 and 1,000 steps (seeded, so reruns
 * measure the same models). Run from the repository root after {@code mvn -pl flowbook-diagram -am
 * test-compile}: see flowbook-diagram/README.md for the command and the figures.
 */
public final class DiagramBenchmark {
  private DiagramBenchmark() {}

  public static void main(String[] args) {
    int[] sizes = {10, 100, 1000};
    System.out.println(
        "| steps | flows | lanes | layout ms | SVG ms | SVG KiB | PNG ms (scale 1) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    for (int size : sizes) {
      Process p = new RandomModels(42).process("bench-" + size, size, List.of("other"));
      int rounds = size >= 1000 ? 3 : size >= 100 ? 10 : 30;
      for (int i = 0; i < Math.max(2, rounds / 3); i++) {
        FlowchartRenderer.svg(p, FlowchartLayouter.layout(p), RenderOptions.defaults());
      }
      long layoutNs = 0;
      long svgNs = 0;
      DiagramLayout layout = null;
      String svg = "";
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        layout = FlowchartLayouter.layout(p);
        long t1 = System.nanoTime();
        svg = FlowchartRenderer.svg(p, layout, RenderOptions.defaults());
        long t2 = System.nanoTime();
        layoutNs += t1 - t0;
        svgNs += t2 - t1;
      }
      long p0 = System.nanoTime();
      String png =
          size >= 1000
              ? "–"
              : String.format(
                  Locale.ROOT,
                  "%.0f",
                  (PngRenderer.png(svg, 1).length > 0 ? System.nanoTime() - p0 : 0) / 1e6);
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %.1f | %.1f | %d | %s |%n",
          p.steps().size(),
          p.flows().size(),
          layout.lanes().size(),
          layoutNs / 1e6 / rounds,
          svgNs / 1e6 / rounds,
          svg.length() / 1024,
          png);
    }
  }
}
