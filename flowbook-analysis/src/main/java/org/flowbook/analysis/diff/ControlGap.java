package org.flowbook.analysis.diff;

import java.util.List;

/**
 * A gap a new version opens by removing controls: a requirement no control in the workspace covers
 * any more, or a risk none of whose controls exists any more.
 *
 * @param subject the requirement as cited ("BFL 5:6") or the risk's name
 * @param lostControls the controls the old version had that covered it, in order
 */
public record ControlGap(Kind kind, String subject, List<String> lostControls) {
  public enum Kind {
    REQUIREMENT,
    RISK
  }

  public ControlGap {
    lostControls = List.copyOf(lostControls);
  }
}
