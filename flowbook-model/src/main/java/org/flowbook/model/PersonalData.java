package org.flowbook.model;

import java.util.List;

/**
 * The personal data a document or system holds, as the GDPR's record of processing (Art. 30) needs
 * it.
 *
 * @param categories the categories of data ("kontaktuppgifter", "personnummer"), at least one
 * @param legalBasis the legal basis of the processing (Art. 6), or empty when not stated
 * @param retention how long it is kept or when it is culled ("7 år", "until the case is closed"),
 *     or empty
 * @param purpose why it is processed, or empty
 */
public record PersonalData(
    List<String> categories, String legalBasis, String retention, String purpose) {
  public PersonalData {
    categories =
        Checks.list(categories).stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("personal data needs at least one category");
    }
    legalBasis = Checks.optional(legalBasis);
    retention = Checks.optional(retention);
    purpose = Checks.optional(purpose);
  }
}
