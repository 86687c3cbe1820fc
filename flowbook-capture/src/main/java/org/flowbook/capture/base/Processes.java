package org.flowbook.capture.base;

import java.util.List;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/** Copies of a process with other steps and flows (the model's records are immutable). */
public final class Processes {
  private Processes() {}

  public static Process inLanguage(Process p, org.flowbook.model.Language language) {
    return new Process(
        p.id(),
        p.title(),
        p.owner(),
        p.purpose(),
        p.scope(),
        p.trigger(),
        p.outcomes(),
        p.group(),
        p.review(),
        language,
        p.status(),
        p.version(),
        p.casesPerMonth(),
        p.steps(),
        p.flows(),
        p.at(),
        p.messages());
  }

  public static Process withSteps(Process p, List<Step> steps, List<Flow> flows) {
    return new Process(
        p.id(),
        p.title(),
        p.owner(),
        p.purpose(),
        p.scope(),
        p.trigger(),
        p.outcomes(),
        p.group(),
        p.review(),
        p.language(),
        p.status(),
        p.version(),
        p.casesPerMonth(),
        steps,
        flows,
        p.at(),
        p.messages());
  }
}
