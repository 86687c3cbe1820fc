package org.flowbook.model;

/**
 * A risk's assessment on the usual four-step scales (1 low … 4 high) that Swedish internal-control
 * plans use: how likely it is, and how bad it would be.
 */
public record RiskScore(int likelihood, int consequence) {
  /** The highest step of both scales. */
  public static final int SCALE_MAX = 4;

  public RiskScore {
    Checks.scale(likelihood, "likelihood");
    Checks.scale(consequence, "consequence");
  }

  /** The risk value, likelihood × consequence: 1 … 16. */
  public int value() {
    return likelihood * consequence;
  }
}
