package org.flowbook.compliance.gdpr;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the record of processing (GDPR Art. 30): a process that handles personal data.
 *
 * @param purposes the purposes declared on the personal data, else the process's own purpose
 * @param categories the categories of personal data, in order of first appearance
 * @param recipientRoles the roles that perform the steps handling it (who receives the data)
 * @param recipientSystems the systems those steps use
 * @param retention each carrier's retention, as "Faktura: 7 år"
 * @param legalBases the legal bases declared, without repeats
 * @param carriers the documents and systems carrying personal data that the steps name
 * @param steps the ids of the steps that touch personal data
 */
public record ProcessingActivity(
    String processId,
    String processTitle,
    String owner,
    List<String> purposes,
    List<String> categories,
    List<String> recipientRoles,
    List<String> recipientSystems,
    List<String> retention,
    List<String> legalBases,
    List<String> carriers,
    List<String> steps) {
  public ProcessingActivity {
    Objects.requireNonNull(processId, "processId");
    Objects.requireNonNull(processTitle, "processTitle");
    owner = owner == null ? "" : owner;
    purposes = List.copyOf(purposes);
    categories = List.copyOf(categories);
    recipientRoles = List.copyOf(recipientRoles);
    recipientSystems = List.copyOf(recipientSystems);
    retention = List.copyOf(retention);
    legalBases = List.copyOf(legalBases);
    carriers = List.copyOf(carriers);
    steps = List.copyOf(steps);
  }
}
