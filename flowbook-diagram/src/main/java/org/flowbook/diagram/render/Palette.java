package org.flowbook.diagram.render;

import org.flowbook.diagram.overlay.ChangeState;

/**
 * The colours of every diagram, chosen for print and for colour-blind readers (no red/green only).
 */
public final class Palette {
  public static final String INK = "#1f2933";
  public static final String MUTED = "#61707f";
  public static final String LINE = "#52606d";
  public static final String BOX_FILL = "#ffffff";
  public static final String BOX_STROKE = "#34506e";
  public static final String GATEWAY_FILL = "#fff6db";
  public static final String GATEWAY_STROKE = "#a86b00";
  public static final String START_FILL = "#eaf6ec";
  public static final String START_STROKE = "#2f7d3a";
  public static final String END_FILL = "#fdecec";
  public static final String END_STROKE = "#b3261e";
  public static final String EVENT_FILL = "#eaf1fb";
  public static final String EVENT_STROKE = "#1f5fa8";
  public static final String LANE_FILL_A = "#f7f9fb";
  public static final String LANE_FILL_B = "#ffffff";
  public static final String LANE_STROKE = "#9aa5b1";
  public static final String HEADER_FILL = "#e4eaf1";
  public static final String BADGE_FILL = "#243b53";
  public static final String BADGE_TEXT = "#ffffff";

  private static final int[][] HEAT = {
    {0xff, 0xf7, 0xe0},
    {0xfd, 0xd4, 0x9e},
    {0xfc, 0x8d, 0x59},
    {0xd7, 0x30, 0x1f},
    {0x99, 0x00, 0x0d}
  };

  private Palette() {}

  /** The fill for a heat 0..1: cream through orange to dark red. */
  public static String heat(double h) {
    double t = Math.max(0, Math.min(1, h)) * (HEAT.length - 1);
    int i = Math.min(HEAT.length - 2, (int) Math.floor(t));
    double f = t - i;
    StringBuilder b = new StringBuilder("#");
    for (int c = 0; c < 3; c++) {
      int v = (int) Math.round(HEAT[i][c] + (HEAT[i + 1][c] - HEAT[i][c]) * f);
      b.append(String.format(java.util.Locale.ROOT, "%02x", v));
    }
    return b.toString();
  }

  /** Text on a heat fill: white once the fill is dark. */
  public static String textOnHeat(double h) {
    return h > 0.62 ? "#ffffff" : INK;
  }

  /** The stroke of a shape in a diff state, or the given default. */
  public static String stateStroke(ChangeState s, String normal) {
    return switch (s) {
      case ADDED -> "#1a7f37";
      case REMOVED -> "#b3261e";
      case CHANGED -> "#c26a00";
      case UNCHANGED -> normal;
    };
  }

  /** The fill of a shape in a diff state, or the given default. */
  public static String stateFill(ChangeState s, String normal) {
    return switch (s) {
      case ADDED -> "#e3f4e7";
      case REMOVED -> "#fbe4e2";
      case CHANGED -> "#fff0d9";
      case UNCHANGED -> normal;
    };
  }
}
