package org.flowbook.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.flowbook.model.Locator.Part;

/**
 * Checks that a process is well-formed and that everything it names exists: the rules every source
 * (notation, BPMN, the web editor) must pass. Documentation quality is the analysis module's job,
 * not this one's.
 */
public final class ModelValidator {
  private static final double PROBABILITY_TOLERANCE = 0.005;

  private final Organization organization;
  private final Set<String> knownProcesses;

  /**
   * @param knownProcesses ids of the processes a call may name (the workspace's)
   */
  public ModelValidator(Organization organization, Collection<String> knownProcesses) {
    this.organization = organization;
    this.knownProcesses = Set.copyOf(knownProcesses);
  }

  /** Validates every process of a workspace. */
  public static List<Problem> validate(Workspace workspace) {
    ModelValidator v =
        new ModelValidator(
            workspace.organization(), workspace.processes().stream().map(Process::id).toList());
    List<Problem> all = new ArrayList<>();
    for (Process p : workspace.processes()) {
      all.addAll(v.validate(p, Locator.of(p)));
    }
    return List.copyOf(all);
  }

  public List<Problem> validate(Process process, Locator locator) {
    List<Problem> out = new ArrayList<>();
    ProcessIndex index = ProcessIndex.of(process);
    checkHeader(process, locator, out);
    for (Step step : process.steps()) {
      checkNames(step, locator, out);
      checkFlows(index, step, locator, out);
    }
    for (Flow f : process.flows()) {
      if (!index.has(f.to())) {
        out.add(
            Problem.error(
                    "unknown-step",
                    "step " + f.from() + " leads to step " + f.to() + ", which does not exist",
                    Suggestions.hint(f.to(), ids(process), "this process"),
                    f.at().known() ? f.at() : locator.locate(f.from(), Part.STEP, 0))
                .withStep(f.from()));
      }
    }
    checkReachability(index, locator, out);
    return List.copyOf(out);
  }

  private void checkHeader(Process p, Locator locator, List<Problem> out) {
    if (!p.owner().isEmpty() && organization.role(p.owner()).isEmpty()) {
      out.add(unknownRole(p.owner(), locator.locate("owner", Part.HEADER, 0), null));
    }
    if (!p.group().isEmpty() && organization.group(p.group()).isEmpty()) {
      out.add(
          Problem.error(
              "unknown-group",
              "landscape group '" + p.group() + "' is not declared",
              Suggestions.hint(
                  p.group(),
                  organization.groups().stream().map(LandscapeGroup::name).toList(),
                  "organization.flow"),
              locator.locate("part of", Part.HEADER, 0)));
    }
    if (p.starts().isEmpty()) {
      out.add(Problem.error("no-start", "the process has no start", "add a first step", p.at()));
    }
  }

  private void checkNames(Step step, Locator locator, List<Problem> out) {
    Task t = step.task();
    if (t.hasPerformer() && organization.role(t.performer()).isEmpty()) {
      out.add(unknownRole(t.performer(), locator.locate(step.id(), Part.PERFORMER, 0), step));
    }
    checkRoles(step, t.accountable(), Part.ACCOUNTABLE, locator, out);
    checkRoles(step, t.consulted(), Part.CONSULTED, locator, out);
    checkRoles(step, t.informed(), Part.INFORMED, locator, out);
    checkDeputies(step, t.deputies(), locator, out);
    for (int i = 0; i < t.systems().size(); i++) {
      String s = t.systems().get(i);
      if (organization.system(s).isEmpty()) {
        out.add(
            Problem.error(
                    "unknown-system",
                    "system '" + s + "' is not declared",
                    Suggestions.hint(
                        s, names(organization.systems(), ItSystem::name), "organization.flow"),
                    locator.locate(step.id(), Part.SYSTEM, i))
                .withStep(step.id()));
      }
    }
    checkDocuments(step, t.inputs(), Part.INPUT, locator, out);
    checkDocuments(step, t.outputs(), Part.OUTPUT, locator, out);
    for (int i = 0; i < t.controls().size(); i++) {
      for (String citation : t.controls().get(i).requirements()) {
        if (organization.resolve(citation).isEmpty()) {
          List<String> known = new ArrayList<>();
          for (Regulation r : organization.regulations()) {
            r.requirements().forEach(req -> known.add(r.cite(req)));
          }
          out.add(
              Problem.error(
                      "unknown-requirement",
                      "control '"
                          + t.controls().get(i).name()
                          + "' cites '"
                          + citation
                          + "', which no regulation declares",
                      Suggestions.hint(citation, known, "organization.flow"),
                      locator.locate(step.id(), Part.CONTROL, i))
                  .withStep(step.id()));
        }
      }
    }
    if (step instanceof Call c && !knownProcesses.contains(c.processId())) {
      out.add(
          Problem.error(
                  "unknown-process",
                  "step "
                      + step.id()
                      + " calls process '"
                      + c.processId()
                      + "', which is not in the workspace",
                  Suggestions.hint(c.processId(), knownProcesses, "a process file with that id"),
                  locator.locate(step.id(), Part.CALL, 0))
              .withStep(step.id()));
    }
  }

  private void checkRoles(
      Step step, List<String> roles, Part part, Locator locator, List<Problem> out) {
    for (int i = 0; i < roles.size(); i++) {
      if (organization.role(roles.get(i)).isEmpty()) {
        out.add(unknownRole(roles.get(i), locator.locate(step.id(), part, i), step));
      }
    }
  }

  private void checkDocuments(
      Step step, List<String> docs, Part part, Locator locator, List<Problem> out) {
    for (int i = 0; i < docs.size(); i++) {
      String d = docs.get(i);
      if (organization.document(d).isEmpty()) {
        out.add(
            Problem.warning(
                    "unknown-document",
                    "document '" + d + "' is not declared",
                    Suggestions.hint(
                        d, names(organization.documents(), Document::name), "organization.flow"),
                    locator.locate(step.id(), part, i))
                .withStep(step.id()));
      }
    }
  }

  /** A step's deputy is a role or, when people are listed, a person. */
  private void checkDeputies(Step step, List<String> deputies, Locator locator, List<Problem> out) {
    for (int i = 0; i < deputies.size(); i++) {
      String d = deputies.get(i);
      if (organization.role(d).isEmpty() && organization.person(d).isEmpty()) {
        List<String> known = new ArrayList<>(names(organization.roles(), Role::name));
        known.addAll(names(organization.people(), Person::name));
        out.add(
            Problem.error(
                    "unknown-deputy",
                    "deputy '" + d + "' is neither a declared role nor a listed person",
                    Suggestions.hint(d, known, "organization.flow or people.flow"),
                    locator.locate(step.id(), Part.DEPUTY, i))
                .withStep(step.id()));
      }
    }
  }

  private Problem unknownRole(String role, SourceLocation at, Step step) {
    Problem p =
        Problem.error(
            "unknown-role",
            "role '" + role + "' is not declared",
            Suggestions.hint(role, names(organization.roles(), Role::name), "organization.flow"),
            at);
    return step == null ? p : p.withStep(step.id());
  }

  private void checkFlows(ProcessIndex index, Step step, Locator locator, List<Problem> out) {
    Process p = index.process();
    List<Flow> outs = index.outgoing(step.id());
    if (step instanceof Decision d && d.kind() != DecisionKind.EVENT_BASED) {
      if (outs.size() < 2) {
        out.add(
            Problem.error(
                    "decision-without-branches",
                    "decision in step "
                        + step.id()
                        + " has "
                        + outs.size()
                        + " branch(es); it needs at least two",
                    "add lines such as '- yes -> 3' and '- no -> 5' under the decision",
                    locator.locate(step.id(), Part.STEP, 0))
                .withStep(step.id()));
      }
      double sum = 0;
      int stated = 0;
      for (Flow f : outs) {
        if (f.probability() != null) {
          sum += f.probability();
          stated++;
        }
      }
      boolean allStated = stated == outs.size() && stated > 0;
      if (sum > 1 + PROBABILITY_TOLERANCE
          || (allStated
              && d.kind() == DecisionKind.EXCLUSIVE
              && Math.abs(sum - 1) > PROBABILITY_TOLERANCE)) {
        out.add(
            Problem.error(
                    "probability-sum",
                    String.format(
                        java.util.Locale.ROOT,
                        "the branch probabilities of step %s add up to %s %%, not 100 %%",
                        step.id(),
                        trim(sum * 100)),
                    "make them add up to 100 %, or leave one branch without a share to take the rest",
                    locator.locate(step.id(), Part.STEP, 0))
                .withStep(step.id()));
      }
    }
    if (step instanceof Event e && e.isBoundary() && !index.has(e.attachedTo())) {
      out.add(
          Problem.error(
                  "unknown-step",
                  "boundary event "
                      + e.id()
                      + " is attached to step "
                      + e.attachedTo()
                      + ", which does not exist",
                  Suggestions.hint(e.attachedTo(), ids(p), "this process"),
                  locator.locate(step.id(), Part.ATTACHED_TO, 0))
              .withStep(step.id()));
    }
  }

  private static void checkReachability(ProcessIndex index, Locator locator, List<Problem> out) {
    Process p = index.process();
    Set<String> reached = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (Step s : p.steps()) {
      if (s instanceof Start) {
        todo.add(s.id());
      }
    }
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (!reached.add(id)) {
        continue;
      }
      for (Flow f : index.outgoing(id)) {
        todo.push(f.to());
      }
      // Boundary events are reached when the activity they sit on is.
      for (Event e : index.boundaryEvents(id)) {
        todo.push(e.id());
      }
    }
    if (p.starts().isEmpty()) {
      return;
    }
    for (Step s : p.steps()) {
      if (!reached.contains(s.id())) {
        out.add(
            Problem.warning(
                    "unreachable-step",
                    "step " + s.id() + " (" + s.title() + ") cannot be reached from the start",
                    "lead to it with '-> "
                        + s.id()
                        + "' from an earlier step or a decision branch, or remove it",
                    locator.locate(s.id(), Part.STEP, 0))
                .withStep(s.id()));
      }
    }
  }

  private static List<String> ids(Process p) {
    return p.steps().stream().map(Step::id).toList();
  }

  private static <T> List<String> names(List<T> items, Function<T, String> name) {
    return items.stream().map(name).toList();
  }

  private static String trim(double v) {
    return v == Math.rint(v)
        ? String.valueOf((long) v)
        : String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
