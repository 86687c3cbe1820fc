package org.flowbook.compliance.gdpr;

import java.util.Objects;
import org.flowbook.model.PersonalData;

/** A document or system that declares personal data, as a step names it. */
public record Carrier(String name, boolean system, PersonalData data) {
  public Carrier {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
  }
}
