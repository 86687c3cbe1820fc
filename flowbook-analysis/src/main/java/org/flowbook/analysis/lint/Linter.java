package org.flowbook.analysis.lint;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;

/**
 * The documentation check: runs every enabled rule over the processes of a workspace and the
 * workspace as a whole. The rules are listed here, explicitly, in the order reports show them.
 */
public final class Linter {
  /** Every rule, by concept: header, RACI, flow, roles, compliance, instructions. */
  public static final List<Rule> RULES = rules();

  private Linter() {}

  private static List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    all.addAll(HeaderRules.all());
    all.addAll(RaciRules.all());
    all.addAll(FlowRules.all());
    all.addAll(RoleRules.all());
    all.add(new ComplianceGap());
    all.addAll(RiskRules.all());
    all.addAll(InstructionRules.all());
    return List.copyOf(all);
  }

  /** The findings for the given processes (each checked on its own). */
  public static List<Problem> check(List<Process> processes, LintContext context) {
    List<Problem> out = new ArrayList<>();
    for (Process p : processes) {
      for (Rule r : RULES) {
        if (context.settings().enabled(r.code())) {
          out.addAll(r.check(p, context));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The findings about the workspace as a whole (unused roles, compliance gaps, ...). */
  public static List<Problem> checkWorkspace(LintContext context) {
    List<Problem> out = new ArrayList<>();
    for (Rule r : RULES) {
      if (context.settings().enabled(r.code())) {
        out.addAll(r.checkWorkspace(context));
      }
    }
    return List.copyOf(out);
  }

  /** Every rule's code, for --disable validation and documentation tests. */
  public static List<String> codes() {
    return RULES.stream().map(Rule::code).toList();
  }
}
