package org.flowbook.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks that every message of a process names a process of the workspace and, when it names a
 * step, a step of that process: the cross-file references of message flows.
 */
public final class MessageChecks {
  private MessageChecks() {}

  /**
   * @param processes the workspace's processes by id
   */
  public static List<Problem> check(Process process, Map<String, Process> processes) {
    List<Problem> out = new ArrayList<>();
    for (Message m : process.messages()) {
      Message.Partner partner = m.partner();
      if (partner.isParty()) {
        continue;
      }
      Process other = processes.get(partner.process());
      if (other == null) {
        out.add(
            located(
                Problem.error(
                    "unknown-process",
                    "a message "
                        + (m.direction() == Message.Direction.SENDS ? "to" : "from")
                        + " process '"
                        + partner.process()
                        + "', which is not in the workspace",
                    Suggestions.hint(
                        partner.process(),
                        processes.keySet(),
                        "a process file with that id, or write an outside party in quotes"),
                    m.at()),
                m));
      } else if (!partner.step().isEmpty() && other.step(partner.step()).isEmpty()) {
        out.add(
            located(
                Problem.error(
                    "unknown-step",
                    "process '"
                        + other.id()
                        + "' has no step "
                        + partner.step()
                        + " for this message",
                    Suggestions.hint(
                        partner.step(), stepIds(other), "process '" + other.id() + "'"),
                    m.at()),
                m));
      }
    }
    return List.copyOf(out);
  }

  private static Problem located(Problem p, Message m) {
    return m.step().isEmpty() ? p : p.withStep(m.step());
  }

  private static Collection<String> stepIds(Process p) {
    return p.steps().stream().map(Step::id).toList();
  }
}
