package org.flowbook.diagram.chart;

import java.util.Objects;

/**
 * One bar of a bar chart.
 *
 * @param label what the bar is ("Granska anmodan")
 * @param value its length, at least 0
 * @param valueText the figure written after the bar ("3,2 d"), or empty for the plain number
 */
public record Bar(String label, double value, String valueText) {
  public Bar {
    Objects.requireNonNull(label, "label");
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("bar '" + label + "' needs a finite value >= 0");
    }
    valueText = valueText == null ? "" : valueText;
  }
}
