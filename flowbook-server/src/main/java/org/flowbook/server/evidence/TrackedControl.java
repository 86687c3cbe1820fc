package org.flowbook.server.evidence;

import java.util.List;

/**
 * A control as the evidence pages track it: named on steps of a published process, with the role
 * that owns it, how often it leaves evidence and the requirements it cites.
 *
 * @param owner the role that answers for it (the control's owner, else the process owner)
 * @param steps the steps that carry it ("1. Registrera fakturan")
 */
public record TrackedControl(
    String name,
    String processId,
    String processTitle,
    String owner,
    Cadence cadence,
    List<String> requirements,
    List<String> steps) {
  public TrackedControl {
    requirements = List.copyOf(requirements);
    steps = List.copyOf(steps);
  }

  /** The link to its page. */
  public String href() {
    return "/evidence/controls?process="
        + org.flowbook.server.view.Page.url(processId)
        + "&control="
        + org.flowbook.server.view.Page.url(name);
  }
}
