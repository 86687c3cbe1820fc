package org.flowbook.server.evidence;

import java.util.Optional;
import org.flowbook.model.Organization;

/**
 * What the organization declares about a control by name: its owner role and its frequency. The one
 * place the evidence pages read the model's control declarations; a control only written inline on
 * a step has neither (its owner is then the process owner, and it is per case: never due).
 */
final class ControlModel {
  private ControlModel() {}

  static Optional<String> owner(Organization org, String control) {
    return Optional.empty();
  }

  static Optional<Cadence> cadence(Organization org, String control) {
    return Optional.empty();
  }
}
