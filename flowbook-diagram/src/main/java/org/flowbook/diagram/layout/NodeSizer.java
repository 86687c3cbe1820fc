package org.flowbook.diagram.layout;

import java.util.List;
import java.util.Optional;
import org.flowbook.diagram.text.TextWrap;
import org.flowbook.diagram.text.Type;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Parallel;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/** Phase: gives every step the size of its BPMN shape and of its external label. */
final class NodeSizer {
  static final double EVENT = 36;
  static final double BOUNDARY_EVENT = 30;

  private NodeSizer() {}

  static void size(WorkNode n) {
    Step s = n.step;
    if (s instanceof Decision d) {
      double diamond = DecisionParts.DIAMOND;
      String question = d.question().isEmpty() ? d.title() : d.question();
      if (d.isWork()) {
        double h = boxHeight(d.title());
        n.width = Type.BOX_WIDTH + DecisionParts.GAP + diamond;
        n.height = Math.max(h, diamond);
        n.label = gatewayLabel(d.question(), n.width / 2, -n.height / 2);
      } else {
        n.width = diamond;
        n.height = diamond;
        n.label = gatewayLabel(question, diamond / 2, -diamond / 2);
      }
    } else if (s instanceof Parallel p) {
      n.width = DecisionParts.DIAMOND;
      n.height = DecisionParts.DIAMOND;
      n.label = gatewayLabel(p.title(), n.width / 2, -n.height / 2);
    } else if (s instanceof Start || s instanceof End || s instanceof Event) {
      boolean boundary = s instanceof Event e && e.isBoundary();
      double d = boundary ? BOUNDARY_EVENT : EVENT;
      n.width = d;
      n.height = d;
      n.label = boundary ? boundaryLabel(s.title()) : eventLabel(s.title(), d);
    } else {
      n.width = Type.BOX_WIDTH;
      n.height = boxHeight(s.title());
      if (s instanceof Call) {
        n.height = Math.max(n.height, boxHeight(s.title()) + 8);
      }
    }
  }

  /** The height of an activity box for its title's wrapped lines. */
  static double boxHeight(String title) {
    List<String> lines =
        TextWrap.wrap(title, Type.boxTextWidth(), Type.NODE, false, Type.BOX_MAX_LINES);
    double h = lines.size() * Type.lineHeight(Type.NODE) + 2 * Type.BOX_PAD_Y;
    return Math.max(Type.BOX_MIN_HEIGHT, Math.ceil(h));
  }

  /**
   * Below the event, wrapped and never cut (a start's text is often the process's trigger in a full
   * sentence): beyond three lines the label grows wider rather than ending in an ellipsis.
   */
  private static Optional<Box> eventLabel(String text, double d) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines =
        TextWrap.wrap(text, Type.LABEL_WIDTH, Type.LABEL, false, Type.EVENT_LABEL_MAX_LINES);
    if (lines.size() > Type.LABEL_MAX_LINES) {
      lines =
          TextWrap.wrap(
              text, Type.LABEL_WIDTH * 1.5, Type.LABEL, false, Type.EVENT_LABEL_MAX_LINES);
    }
    double w = Math.ceil(TextWrap.widest(lines, Type.LABEL, false)) + 2;
    double h = lines.size() * Type.lineHeight(Type.LABEL) + 2;
    return Optional.of(new Box(-w / 2, d / 2 + 4, w, h));
  }

  /** Left-below the event, so the flow leaving its bottom does not cross the text. */
  private static Optional<Box> boundaryLabel(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = TextWrap.wrap(text, 84, Type.LABEL, false, 2);
    double w = Math.ceil(TextWrap.widest(lines, Type.LABEL, false)) + 2;
    double h = lines.size() * Type.lineHeight(Type.LABEL) + 2;
    return Optional.of(new Box(-BOUNDARY_EVENT / 2 - 2 - w, BOUNDARY_EVENT / 2 + 2, w, h));
  }

  /**
   * Right of a diamond that stands below its work box (the flow runs down), centered on it: the
   * flows come in at the box's top and leave at the diamond's bottom, so its sides are clear.
   * Relative to the node's center; {@code diamondY} is the diamond's center below it.
   */
  static Optional<Box> questionBeside(String text, double diamondY) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines =
        TextWrap.wrap(text, Type.LABEL_WIDTH, Type.LABEL, false, Type.LABEL_MAX_LINES);
    double w = Math.ceil(TextWrap.widest(lines, Type.LABEL, false)) + 2;
    double h = lines.size() * Type.lineHeight(Type.LABEL) + 2;
    return Optional.of(new Box(DecisionParts.DIAMOND / 2 + 6, diamondY - h / 2, w, h));
  }

  /** Above the diamond, ending at its right corner, so flows leaving the right are clear. */
  private static Optional<Box> gatewayLabel(String text, double rightX, double topY) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines =
        TextWrap.wrap(text, Type.LABEL_WIDTH, Type.LABEL, false, Type.LABEL_MAX_LINES);
    double w = Math.ceil(TextWrap.widest(lines, Type.LABEL, false)) + 2;
    double h = lines.size() * Type.lineHeight(Type.LABEL) + 2;
    return Optional.of(new Box(rightX - w, topY - 4 - h, w, h));
  }
}
