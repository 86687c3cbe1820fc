package org.flowbook.training.impact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flowbook.model.Person;
import org.flowbook.model.Process;
import org.flowbook.model.RoleShare;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;
import org.flowbook.training.change.ChangeSet;
import org.flowbook.training.change.StepDelta;
import org.flowbook.training.curriculum.Involvement;

/**
 * What publishing a new version of a process means for people: who must acknowledge it, who must
 * re-train, what changed for each of them, and where a step (and what hangs on it, like comments)
 * went. Pure functions of the two versions and the organization's people; the web app stores the
 * tasks, this class only decides.
 *
 * <pre>{@code
 * TrainingImpact impact = TrainingImpact.of(workspace, before, after);
 * for (Acknowledger a : impact.acknowledgers()) { ... a.person(), a.mustRetrain() ... }
 * PersonalChange mine = impact.changesFor("Emma Strand");
 * Optional<String> newId = impact.follow("4");
 * }</pre>
 */
public final class TrainingImpact {
  private final Workspace ws;
  private final ChangeSet changes;

  private TrainingImpact(Workspace ws, ChangeSet changes) {
    this.ws = ws;
    this.changes = changes;
  }

  /**
   * @param ws the workspace whose organization lists the people (and whose processes the versions
   *     may call)
   * @param before the version people know
   * @param after the version being published
   */
  public static TrainingImpact of(Workspace ws, Process before, Process after) {
    return new TrainingImpact(ws, ChangeSet.between(before, after));
  }

  /**
   * The first publication of a process: every step is new, so everyone with a part in any step must
   * acknowledge it (and those performing one must be trained).
   */
  public static TrainingImpact firstVersion(Workspace ws, Process after) {
    return new TrainingImpact(ws, ChangeSet.firstVersion(after));
  }

  /** {@link #of} after a published version, {@link #firstVersion} without one. */
  public static TrainingImpact of(Workspace ws, Optional<Process> before, Process after) {
    return before.map(b -> of(ws, b, after)).orElseGet(() -> firstVersion(ws, after));
  }

  /** The changed, added and removed steps (renumbering alone is not a change). */
  public List<StepDelta> changedSteps() {
    return changes.steps();
  }

  /** The roles with a part (R/A/C/I) in a changed step, in order of first appearance. */
  public List<String> affectedRoles() {
    Set<String> out = new LinkedHashSet<>();
    for (StepDelta d : changes.steps()) {
      d.before().ifPresent(s -> out.addAll(s.task().roles()));
      d.after().ifPresent(s -> out.addAll(s.task().roles()));
    }
    return List.copyOf(out);
  }

  /** The roles that perform (R) a changed step: their people's training goes stale. */
  public List<String> retrainingRoles() {
    return affectedRoles().stream().filter(changes::changesWorkOf).toList();
  }

  /**
   * Every listed person whose roles have a part (R/A/C/I) in a changed step, in the order people
   * are listed. Empty when nothing changed for anyone.
   */
  public List<Acknowledger> acknowledgers() {
    List<Acknowledger> out = new ArrayList<>();
    for (Person p : ws.organization().people()) {
      List<String> roles = new ArrayList<>();
      Set<Involvement> inv = EnumSet.noneOf(Involvement.class);
      Set<String> steps = new LinkedHashSet<>();
      boolean retrain = false;
      for (RoleShare rs : p.roles()) {
        List<StepDelta> mine = changes.involving(rs.role());
        if (mine.isEmpty()) {
          continue;
        }
        roles.add(rs.role());
        for (StepDelta d : mine) {
          steps.add(d.id());
          d.before().ifPresent(s -> inv.addAll(Involvement.of(s, rs.role())));
          d.after().ifPresent(s -> inv.addAll(Involvement.of(s, rs.role())));
          retrain |= d.performedBy(rs.role());
        }
      }
      if (!roles.isEmpty()) {
        out.add(new Acknowledger(p, roles, inv, List.copyOf(steps), retrain));
      }
    }
    return out;
  }

  /** What changed for one person (by name, case-insensitive); empty steps when nothing did. */
  public PersonalChange changesFor(String person) {
    Optional<Person> p = ws.organization().person(person);
    List<String> roles =
        p.map(x -> x.roles().stream().map(RoleShare::role).toList()).orElse(List.of());
    return changesForRoles(p.map(Person::name).orElse(person.strip()), roles);
  }

  /** What changed for someone holding these roles (for people not listed in the workspace). */
  public PersonalChange changesForRoles(String person, List<String> roles) {
    List<String> involved = new ArrayList<>();
    List<StepDelta> steps = new ArrayList<>();
    for (StepDelta d : changes.steps()) {
      boolean mine = false;
      for (String r : roles) {
        if (d.involves(r)) {
          mine = true;
          if (!involved.contains(r)) {
            involved.add(r);
          }
        }
      }
      if (mine) {
        steps.add(d);
      }
    }
    return new PersonalChange(person, changes.after().id(), involved, steps);
  }

  /**
   * Where a step of the old version is in the new one: same number and title, the same title under
   * a new number, or the same number reworded (as {@code flowbook diff} matches steps). Empty when
   * it was removed — a comment on it is then outdated.
   */
  public Optional<String> follow(String oldStepId) {
    return changes.follow(oldStepId);
  }

  /** The new version's step an old step became, if it still exists. */
  public Optional<Step> followStep(String oldStepId) {
    return follow(oldStepId)
        .flatMap(id -> changes.after().steps().stream().filter(s -> s.id().equals(id)).findFirst());
  }
}
