package org.flowbook.bpmn.di;

/** A rectangle in diagram coordinates (pixels, y down), as BPMN DI writes {@code dc:Bounds}. */
public record Bounds(double x, double y, double width, double height) {
  public Bounds {
    if (!(width >= 0) || !(height >= 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("bad bounds " + x + "," + y + " " + width + "x" + height);
    }
  }

  public double centerX() {
    return x + width / 2;
  }

  public double centerY() {
    return y + height / 2;
  }

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }
}
