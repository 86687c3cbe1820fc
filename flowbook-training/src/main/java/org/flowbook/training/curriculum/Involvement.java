package org.flowbook.training.curriculum;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/** A role's part in a step, as RACI letters (what the file states; nothing inferred). */
public enum Involvement {
  RESPONSIBLE("R"),
  ACCOUNTABLE("A"),
  CONSULTED("C"),
  INFORMED("I");

  private final String letter;

  Involvement(String letter) {
    this.letter = letter;
  }

  public String letter() {
    return letter;
  }

  /** The role's letters in a step; empty when it has no part. */
  public static Set<Involvement> of(Step step, String role) {
    Task t = step.task();
    Set<Involvement> out = EnumSet.noneOf(Involvement.class);
    if (t.performer().equalsIgnoreCase(role)) {
      out.add(RESPONSIBLE);
    }
    if (contains(t.accountable(), role)) {
      out.add(ACCOUNTABLE);
    }
    if (contains(t.consulted(), role)) {
      out.add(CONSULTED);
    }
    if (contains(t.informed(), role)) {
      out.add(INFORMED);
    }
    return out;
  }

  /** "R/A" for a set, in RACI order. */
  public static String letters(Set<Involvement> set) {
    return String.join("/", set.stream().sorted().map(Involvement::letter).toList());
  }

  private static boolean contains(List<String> roles, String role) {
    return roles.stream().anyMatch(r -> r.equalsIgnoreCase(role));
  }
}
