package org.flowbook.repository.search;

/**
 * One search result: a whole process or one of its steps.
 *
 * @param stepId the step the hit belongs to, or empty for the process itself
 * @param snippet the part of the text that matched, for the result list
 * @param published whether the indexed version is published (readers see only those)
 */
public record SearchHit(
    String processId,
    String processTitle,
    String stepId,
    String stepTitle,
    String snippet,
    float score,
    boolean published) {

  public boolean isStep() {
    return !stepId.isEmpty();
  }
}
