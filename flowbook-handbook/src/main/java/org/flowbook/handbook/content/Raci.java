package org.flowbook.handbook.content;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/** The RACI letters a role has in a step, as the file states them (nothing is inferred). */
public final class Raci {
  private Raci() {}

  /** "R", "A", "C", "I" or a combination such as "R/A"; empty when the role has no part. */
  public static String letters(Step step, String role) {
    Task t = step.task();
    List<String> out = new ArrayList<>();
    if (t.performer().equalsIgnoreCase(role)) {
      out.add("R");
    }
    if (contains(t.accountable(), role)) {
      out.add("A");
    }
    if (contains(t.consulted(), role)) {
      out.add("C");
    }
    if (contains(t.informed(), role)) {
      out.add("I");
    }
    return String.join("/", out);
  }

  private static boolean contains(List<String> roles, String role) {
    return roles.stream().anyMatch(r -> r.equalsIgnoreCase(role));
  }
}
