package org.flowbook.handbook.figure;

import java.util.Objects;
import java.util.Optional;

/**
 * A picture in SVG with its natural size in CSS pixels (1/96 inch), as every output format needs
 * it: inline in HTML and PDF, rasterized to PNG for Word.
 */
public record Picture(String svg, double width, double height, Optional<Chart> chart) {
  public Picture {
    Objects.requireNonNull(svg, "svg");
    chart = chart == null ? Optional.empty() : chart;
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException(
          "a picture needs a positive size: " + width + "x" + height);
    }
  }

  /** A picture that is not a flowchart (a map, a context drawing): scaled as a whole. */
  public Picture(String svg, double width, double height) {
    this(svg, width, height, Optional.empty());
  }

  /** The same picture, remembering the flowchart it draws. */
  public Picture withChart(Chart c) {
    return new Picture(svg, width, height, Optional.of(c));
  }

  /** True for pictures clearly wider than tall, which print better on a landscape page. */
  public boolean isWide() {
    return width > 1.3 * height && width > 700;
  }
}
