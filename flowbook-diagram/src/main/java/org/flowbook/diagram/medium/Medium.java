package org.flowbook.diagram.medium;

import org.flowbook.diagram.text.Type;

/**
 * Where a flowchart is placed and read, with the room it gets there in CSS pixels (1/96 inch) and
 * the smallest text a reader can be asked to read in it: 8 pt on paper (every text of the chart,
 * step numbers included), 12 px on screen at the default zoom (the body text: step names, labels,
 * lane headers). Paper sizes follow the manuals: A4 with the margins of the PDF stylesheet, minus
 * room for the chapter heading; the Word page with 2 cm margins. Web columns follow the web app:
 * the main column of a 1,280 px window and of a 390 px phone.
 */
public enum Medium {
  A4_PORTRAIT(655, 860, true),
  A4_LANDSCAPE(985, 560, true),
  DOCX_PORTRAIT(641, 853, true),
  WEB_1280(1150, Double.POSITIVE_INFINITY, false),
  WEB_390(340, Double.POSITIVE_INFINITY, false);

  /** CSS pixels per point. */
  public static final double PX_PER_PT = 96.0 / 72.0;

  /** The smallest text on paper, in points. */
  public static final double MIN_PAPER_PT = 8;

  /** The smallest body text on screen, in CSS pixels at 100 % zoom. */
  public static final double MIN_SCREEN_PX = 12;

  private final double width;
  private final double height;
  private final boolean paper;

  Medium(double width, double height, boolean paper) {
    this.width = width;
    this.height = height;
    this.paper = paper;
  }

  /** The usable width, in CSS px. */
  public double width() {
    return width;
  }

  /** The usable height of one page, in CSS px; infinite for a screen that scrolls. */
  public double height() {
    return height;
  }

  /** A page taller than wide (a screen column counts as portrait too: it scrolls down). */
  public boolean portrait() {
    return height > width;
  }

  /** Paper is cut into pages; a screen scrolls and pans. */
  public boolean paper() {
    return paper;
  }

  /** The text the rule measures, in CSS px at scale 1: all text on paper, body text on screen. */
  public double measuredText() {
    return paper ? Type.SMALL : Type.BODY_MIN;
  }

  /** The smallest scale at which the chart keeps the rule in this medium. */
  public double minimumScale() {
    double needed = paper ? MIN_PAPER_PT * PX_PER_PT : MIN_SCREEN_PX;
    return needed / measuredText();
  }

  /**
   * The rendered size of the measured text at a scale, in the medium's unit: points on paper, CSS
   * px on screen.
   */
  public double textSize(double scale) {
    double px = measuredText() * scale;
    return paper ? px / PX_PER_PT : px;
  }

  /** The unit of {@link #textSize}: "pt" or "px". */
  public String unit() {
    return paper ? "pt" : "px";
  }

  /** The minimum of {@link #textSize} in the medium's unit. */
  public double minimumTextSize() {
    return paper ? MIN_PAPER_PT : MIN_SCREEN_PX;
  }
}
