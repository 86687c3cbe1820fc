package org.flowbook.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which requirements the controls of a set of processes cover, and which of a risk's controls
 * exist: the one place the documentation check, {@code flowbook diff} and the compliance reports
 * agree on what "covered" means.
 *
 * <p>A requirement is covered when a step's control cites it, or when a control declared in {@code
 * organization.flow} cites it and a step or a risk of the processes names that control. A declared
 * control nobody names is not part of any process, so it covers nothing.
 */
public final class ControlCoverage {
  private ControlCoverage() {}

  /** The covered requirements, each as its regulation cites it ("BFL 5:6"). */
  public static Set<String> coveredRequirements(Organization org, Collection<Process> processes) {
    Set<String> covered = new LinkedHashSet<>();
    for (Process p : processes) {
      for (Step s : p.steps()) {
        for (ControlRef control : s.task().controls()) {
          for (String citation : org.requirementsOf(control)) {
            org.resolve(citation).ifPresent(cit -> covered.add(cit.text()));
          }
        }
      }
      for (Risk r : p.allRisks()) {
        for (String name : r.controls()) {
          org.control(name)
              .ifPresent(
                  c ->
                      c.requirements()
                          .forEach(
                              citation ->
                                  org.resolve(citation).ifPresent(cit -> covered.add(cit.text()))));
        }
      }
    }
    return covered;
  }

  /** True when the control is declared, or written in a step of the process. */
  public static boolean exists(Organization org, Process p, String controlName) {
    if (org.control(controlName).isPresent()) {
      return true;
    }
    for (Step s : p.steps()) {
      for (ControlRef c : s.task().controls()) {
        if (c.name().equalsIgnoreCase(controlName.strip())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The controls a risk names that exist ({@link #exists}), in its order. */
  public static List<String> existingControls(Organization org, Process p, Risk r) {
    return r.controls().stream().filter(name -> exists(org, p, name)).toList();
  }
}
