package org.flowbook.model;

/**
 * A party in a collaboration, drawn as a pool: either one of the workspace's processes, or a "black
 * box" (a customer, a supplier) whose inner workings are not documented.
 *
 * @param id a stable id within the collaboration
 * @param name the pool's name
 * @param processId the process the participant runs, or empty for a black box
 */
public record Participant(String id, String name, String processId) {
  public Participant {
    id = Checks.text(id, "participant id");
    name = Checks.optional(name);
    processId = Checks.optional(processId);
  }

  public boolean isBlackBox() {
    return processId.isEmpty();
  }
}
