package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.model.Step;

/**
 * The layouter's private, mutable view of one step while the phases run: its lane, layer, row and
 * the size of its shape and label relative to the shape's center.
 */
final class WorkNode {
  final Step step;
  final int index;
  int lane = -1;
  int layer;
  double order;
  int row;
  double width;
  double height;

  /** The label box relative to the shape's center, if the step has an external label. */
  Optional<Box> label = Optional.empty();

  /**
   * How far from the node's right end (in the frame of the phases) its boundary events start: 0, or
   * the diamond and gap of a decision whose diamond stands past its work box (flow running down),
   * so the events sit on the box and not beside the diamond.
   */
  double boundaryInset;

  /** Boundary events sitting on this node's bottom edge. */
  final List<WorkNode> boundary = new ArrayList<>();

  /** For a boundary event: the activity it sits on. */
  WorkNode host;

  /** The absolute shape, set by placement. */
  Box bounds;

  WorkNode(Step step, int index) {
    this.step = step;
    this.index = index;
  }

  boolean onGrid() {
    return host == null;
  }

  /** How far the node with its label and boundary events reaches left of its center. */
  double left() {
    return reach(-1, true);
  }

  double right() {
    return reach(1, true);
  }

  double above() {
    return reach(-1, false);
  }

  double below() {
    return reach(1, false);
  }

  private double reach(int sign, boolean horizontal) {
    double r = (horizontal ? width : height) / 2;
    for (Box b : relativeExtents()) {
      double edge = horizontal ? (sign < 0 ? -b.x() : b.right()) : (sign < 0 ? -b.y() : b.bottom());
      r = Math.max(r, edge);
    }
    return r;
  }

  /** The label and the boundary events (with their labels), relative to this node's center. */
  List<Box> relativeExtents() {
    List<Box> all = new ArrayList<>();
    label.ifPresent(all::add);
    for (int k = 0; k < boundary.size(); k++) {
      WorkNode e = boundary.get(k);
      double cx = boundaryCenterX(k);
      double cy = height / 2;
      all.add(Box.centered(cx, cy, e.width, e.height));
      e.label.ifPresent(l -> all.add(l.translate(cx, cy)));
    }
    return all;
  }

  /** Where the k-th boundary event's center sits, relative to this node's center. */
  double boundaryCenterX(int k) {
    return width / 2 - boundaryInset - 24 - k * 40;
  }
}
