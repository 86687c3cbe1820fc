package org.flowbook.capture.guided;

import java.util.List;

/**
 * The answers about one step, as typed into the guided form (nothing here is notation).
 *
 * @param role a role of the organization or a new one
 * @param work the work time: a number of minutes or a duration ("10 min", "1,5 h"), or empty
 * @param waiting the time the case waits before the step, likewise
 * @param systems systems, separated by commas
 * @param instructions one instruction a line
 * @param question the question decided here, or empty for a plain step
 * @param branches the answers of the question (blank rows are left out)
 */
public record GuidedStep(
    String title,
    String role,
    String work,
    String waiting,
    String systems,
    String instructions,
    String question,
    List<Branch> branches) {

  public GuidedStep {
    title = nz(title);
    role = nz(role);
    work = nz(work);
    waiting = nz(waiting);
    systems = nz(systems);
    instructions = nz(instructions);
    question = nz(question);
    branches = branches == null ? List.of() : branches.stream().filter(b -> !b.isBlank()).toList();
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * One answer of a decision and where it leads.
   *
   * @param share the share of the cases in percent ("20", "20 %"), or empty
   * @param target {@link #NEXT}, {@link #END} or the number of an earlier step
   */
  public record Branch(String label, String share, String target) {
    public static final String NEXT = "next";
    public static final String END = "end";

    public Branch {
      label = nz(label);
      share = nz(share);
      target = target == null || target.isBlank() ? NEXT : target.strip();
    }

    boolean isBlank() {
      return label.isBlank() && share.isBlank();
    }
  }
}
