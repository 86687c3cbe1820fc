package org.flowbook.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Language;
import org.flowbook.model.Locator;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Step;

/**
 * How large a process the flowchart layout takes. Layout time grows faster than the process (one
 * decision with 2,000 branches took 42 s and gigabytes), so a server that draws what anyone types
 * must refuse a model before laying it out. The limits are far above real processes — the largest
 * ones in the demo, the MIWG reference files and the mining logs have well under 100 steps and
 * under 10 branches per decision — and above the 1,000-step size of {@code flowbook bench diagram}.
 */
public final class LayoutLimits {
  /** Steps of one process, starts and ends included. */
  public static final int MAX_STEPS = 2_000;

  /** Flows of one process. */
  public static final int MAX_FLOWS = 4_000;

  /** Flows out of one step: the branches of a decision, the paths of a parallel split. */
  public static final int MAX_BRANCHES = 100;

  private LayoutLimits() {}

  /**
   * What makes the process too large to draw, located where it was written (through {@code
   * locator}), in the process's language; empty when it can be drawn. Code {@code
   * too-large-to-draw}.
   */
  public static List<Problem> check(Process process, Locator locator) {
    List<Problem> problems = new ArrayList<>();
    boolean sv = process.language() == Language.SV;
    int steps = process.steps().size();
    if (steps > MAX_STEPS) {
      problems.add(
          Problem.error(
              "too-large-to-draw",
              sv
                  ? "processen har "
                      + steps
                      + " steg; ett flödesschema ritas för högst "
                      + MAX_STEPS
                  : "the process has "
                      + steps
                      + " steps; a flowchart is drawn for at most "
                      + MAX_STEPS,
              sv
                  ? "dela upp den i delprocesser (call: …) som var och en ritas för sig"
                  : "split it into sub-processes (call: …), each drawn on its own",
              process.at()));
    }
    int flows = process.flows().size();
    if (flows > MAX_FLOWS) {
      problems.add(
          Problem.error(
              "too-large-to-draw",
              sv
                  ? "processen har "
                      + flows
                      + " flöden; ett flödesschema ritas för högst "
                      + MAX_FLOWS
                  : "the process has "
                      + flows
                      + " flows; a flowchart is drawn for at most "
                      + MAX_FLOWS,
              sv ? "dela upp den i delprocesser" : "split it into sub-processes",
              process.at()));
    }
    for (Step step : process.steps()) {
      int out = process.outgoing(step.id()).size();
      if (out > MAX_BRANCHES) {
        problems.add(
            Problem.error(
                    "too-large-to-draw",
                    sv
                        ? "steg "
                            + step.id()
                            + " har "
                            + out
                            + " utgående flöden; ett flödesschema ritas med högst "
                            + MAX_BRANCHES
                            + " per steg"
                        : "step "
                            + step.id()
                            + " has "
                            + out
                            + " outgoing flows; a flowchart is drawn with at most "
                            + MAX_BRANCHES
                            + " per step",
                    sv
                        ? "samla grenarna i färre beslut, eller i en tabell i instruktionerna"
                        : "group the branches into fewer decisions, or a table in the instructions",
                    locator.locate(step.id(), Locator.Part.STEP, 0))
                .withStep(step.id()));
      }
    }
    return problems;
  }

  /** Refuses a process over the limits (the layout's own guard, for every caller). */
  static void require(Process process) {
    List<Problem> problems = check(process, Locator.of(process));
    if (!problems.isEmpty()) {
      throw new TooLargeToDraw(problems);
    }
  }
}
