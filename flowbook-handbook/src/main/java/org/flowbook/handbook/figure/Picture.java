package org.flowbook.handbook.figure;

import java.util.Objects;

/**
 * A picture in SVG with its natural size in CSS pixels (1/96 inch), as every output format needs
 * it: inline in HTML and PDF, rasterized to PNG for Word.
 */
public record Picture(String svg, double width, double height) {
  public Picture {
    Objects.requireNonNull(svg, "svg");
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException(
          "a picture needs a positive size: " + width + "x" + height);
    }
  }

  /** True for pictures clearly wider than tall, which print better on a landscape page. */
  public boolean isWide() {
    return width > 1.3 * height && width > 700;
  }
}
