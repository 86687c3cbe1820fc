package org.flowbook.compliance.register;

import java.util.Objects;
import java.util.Optional;
import org.flowbook.model.Language;

/**
 * What a compliance report is asked for.
 *
 * @param regulation the regulation to report on (short name or name), or empty for all
 * @param language the language of the fixed texts
 * @param year the year the internal-control plan is for
 */
public record ComplianceRequest(Optional<String> regulation, Language language, int year) {
  public ComplianceRequest {
    regulation = Objects.requireNonNullElse(regulation, Optional.<String>empty());
    Objects.requireNonNull(language, "language");
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  /** Every regulation, in a language, for a year. */
  public static ComplianceRequest of(Language language, int year) {
    return new ComplianceRequest(Optional.empty(), language, year);
  }
}
