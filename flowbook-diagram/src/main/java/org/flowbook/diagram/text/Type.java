package org.flowbook.diagram.text;

/**
 * The type sizes and text boxes shared by layout and rendering, so that the layouter sizes a box
 * for exactly the lines the renderer will write into it.
 */
public final class Type {
  /** Text inside activity boxes. */
  public static final double NODE = 12;

  /**
   * Labels outside shapes: event and gateway names, conditions on flows. As large as the text in
   * boxes: they are body text, which a screen shows at 12 px at least (see {@code Medium}).
   */
  public static final double LABEL = 12;

  /** Lane headers (bold). */
  public static final double LANE = 12.5;

  /** The diagram's title (bold). */
  public static final double TITLE = 17;

  /**
   * Small print: step numbers, badges, legend. The smallest text of a chart: 11 px is 8.25 pt, so a
   * chart printed at 97 % or more keeps every text at 8 pt or above.
   */
  public static final double SMALL = 11;

  /** The smallest body text (box text, labels, lane headers): what a screen reader must read. */
  public static final double BODY_MIN = Math.min(NODE, Math.min(LABEL, LANE));

  /** Width of an activity box. */
  public static final double BOX_WIDTH = 156;

  /** Minimum height of an activity box. */
  public static final double BOX_MIN_HEIGHT = 64;

  /** Horizontal padding inside an activity box. */
  public static final double BOX_PAD_X = 12;

  /** Vertical padding inside an activity box (room for the step number above the text). */
  public static final double BOX_PAD_Y = 16;

  /** Lines at most in an activity box; longer titles end in an ellipsis. */
  public static final int BOX_MAX_LINES = 5;

  /** Width of an external label (events, gateways). */
  public static final double LABEL_WIDTH = 112;

  /** Lines at most in an external label. */
  public static final int LABEL_MAX_LINES = 3;

  /**
   * Lines at most below a start or end event, whose text is wrapped rather than cut; only a text of
   * several hundred characters reaches it.
   */
  public static final int EVENT_LABEL_MAX_LINES = 12;

  /** Width a condition label on a flow may take before it wraps. */
  public static final double CONDITION_WIDTH = 120;

  private Type() {}

  /** The distance between baselines of consecutive lines. */
  public static double lineHeight(double size) {
    return Math.round(size * 1.25 * 10) / 10.0;
  }

  /** The text width available inside an activity box. */
  public static double boxTextWidth() {
    return BOX_WIDTH - 2 * BOX_PAD_X;
  }
}
