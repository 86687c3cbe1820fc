package org.flowbook.diagram.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.FlowchartLayouter;
import org.flowbook.diagram.render.FlowchartRenderer;
import org.flowbook.diagram.render.PngRenderer;
import org.flowbook.diagram.render.RenderOptions;
import org.flowbook.model.Process;

/** Times layout, SVG and PNG of synthetic processes of the given sizes. */
public final class DiagramBench {
  /** One row of the result: medians in milliseconds. */
  public record Row(
      int steps, int flows, int lanes, double layoutMs, double svgMs, int svgKib, double pngMs) {}

  private DiagramBench() {}

  /**
   * @param runs measured runs per size (the median is reported), after one warm-up run
   * @param pngUpTo sizes above this are not rasterized (their PNG is tens of megapixels)
   */
  public static List<Row> run(int[] sizes, int runs, int pngUpTo) {
    List<Row> rows = new ArrayList<>();
    Process warm = SyntheticProcess.of(60, 1);
    for (int i = 0; i < 5; i++) {
      // Lets the JIT compile ELK and the renderer before anything is measured.
      FlowchartRenderer.svg(warm, FlowchartLayouter.layout(warm), RenderOptions.defaults());
    }
    for (int size : sizes) {
      Process p = SyntheticProcess.of(size, 42);
      int rounds = Math.max(1, size >= 1000 ? Math.min(runs, 3) : runs);
      double[] lay = new double[rounds];
      double[] svgT = new double[rounds];
      DiagramLayout layout = FlowchartLayouter.layout(p);
      String svg = FlowchartRenderer.svg(p, layout, RenderOptions.defaults());
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        layout = FlowchartLayouter.layout(p);
        long t1 = System.nanoTime();
        svg = FlowchartRenderer.svg(p, layout, RenderOptions.defaults());
        long t2 = System.nanoTime();
        lay[i] = (t1 - t0) / 1e6;
        svgT[i] = (t2 - t1) / 1e6;
      }
      double png = Double.NaN;
      if (size <= pngUpTo) {
        PngRenderer.png(svg, 1);
        long t0 = System.nanoTime();
        PngRenderer.png(svg, 1);
        png = (System.nanoTime() - t0) / 1e6;
      }
      rows.add(
          new Row(
              p.steps().size(),
              p.flows().size(),
              layout.lanes().size(),
              median(lay),
              median(svgT),
              svg.length() / 1024,
              png));
    }
    return rows;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
