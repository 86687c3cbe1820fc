package org.flowbook.diagram.layout;

/** An axis-parallel rectangle of a diagram: its top-left corner and size, y pointing down. */
public record Box(double x, double y, double width, double height) {
  public Box {
    if (!Double.isFinite(x) || !Double.isFinite(y) || !(width >= 0) || !(height >= 0)) {
      throw new IllegalArgumentException(
          "a box needs a finite corner and a non-negative size: "
              + x
              + ", "
              + y
              + ", "
              + width
              + " x "
              + height);
    }
  }

  /** The box with the given center and size. */
  public static Box centered(double centerX, double centerY, double width, double height) {
    return new Box(centerX - width / 2, centerY - height / 2, width, height);
  }

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }

  public double centerX() {
    return x + width / 2;
  }

  public double centerY() {
    return y + height / 2;
  }

  public Point center() {
    return new Point(centerX(), centerY());
  }

  /** Whether the two boxes share interior area (touching edges do not count). */
  public boolean overlaps(Box o) {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }

  /** Whether the other box lies completely inside this one (edges may touch). */
  public boolean contains(Box o) {
    return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
  }

  /** This box grown by {@code d} on every side (shrunk for negative d, never below size 0). */
  public Box grow(double d) {
    double w = Math.max(0, width + 2 * d);
    double h = Math.max(0, height + 2 * d);
    return new Box(centerX() - w / 2, centerY() - h / 2, w, h);
  }

  /** The smallest box containing both. */
  public Box union(Box o) {
    double l = Math.min(x, o.x);
    double t = Math.min(y, o.y);
    return new Box(l, t, Math.max(right(), o.right()) - l, Math.max(bottom(), o.bottom()) - t);
  }

  public Box translate(double dx, double dy) {
    return new Box(x + dx, y + dy, width, height);
  }
}
