package org.flowbook.compliance.coverage;

import java.util.List;
import java.util.Objects;

/**
 * One requirement of a regulation and the controls that cite it, each with the steps that perform
 * it.
 *
 * @param citation how controls cite it ("BFL 5:6")
 * @param regulation the regulation's full name
 */
public record RequirementCoverage(
    String citation, String regulation, String text, List<ControlUse> controls) {
  public RequirementCoverage {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(regulation, "regulation");
    text = text == null ? "" : text;
    controls = List.copyOf(controls);
  }

  /** A gap: no control that cites the requirement is performed in any step. */
  public boolean isGap() {
    return controls.stream().noneMatch(ControlUse::isPerformed);
  }

  /** The distinct processes whose steps perform a control for it, in order. */
  public List<String> processes() {
    return controls.stream()
        .flatMap(c -> c.steps().stream())
        .map(StepUse::processTitle)
        .distinct()
        .toList();
  }
}
