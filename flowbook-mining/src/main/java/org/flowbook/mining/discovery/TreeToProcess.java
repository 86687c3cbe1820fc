package org.flowbook.mining.discovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Start;
import org.flowbook.model.Status;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * Drafts a Flowbook process from a discovered tree in the notation's own constructs, the way a
 * coordinator writes a manual (the mapping is documented in the mining README, "Discovery"):
 *
 * <ul>
 *   <li>an activity is a numbered step with its performer and median wait and work time;
 *   <li>an optional activity ({@code X(a, tau)}) is a decision on the step before it, "Behövs a? –
 *       ja (12 %) -> a – annars -> the next step";
 *   <li>a repeated activity ({@code *(a, tau)}) is a branch back from its last step, "Upprepa a? –
 *       ja (8 %) -> a"; a loop with a redo part ({@code *(a, b)}) asks for the redo part and flows
 *       back from it;
 *   <li>a choice is one decision whose branches name their first activity, with the observed
 *       shares; nested choices are one decision;
 *   <li>parallel parts get a parallel split and join (only those {@link ObservedConcurrency} kept).
 * </ul>
 *
 * <p>A decision stands on the step before it when that is a plain activity, otherwise it is a step
 * of its own whose title is the question. The branch shares are how often, in the log, the activity
 * before the decision is directly followed by the first activity of each branch.
 */
public final class TreeToProcess {
  private static final String ENTRY = "\u0000entry";

  /** The share of a step's cases that must end after it for the draft to show an early end. */
  static final double MIN_END_SHARE = 0.02;

  private final Language lang;
  private final DraftFigures figures;
  private final List<Step> steps = new ArrayList<>();
  private final List<Flow> flows = new ArrayList<>();
  private final Map<String, String> activityOf = new HashMap<>();
  private final Set<String> merged = new LinkedHashSet<>();
  private final java.util.ArrayDeque<Scope> scopes = new java.util.ArrayDeque<>();
  private final Map<String, Scope> scopeOf = new HashMap<>();

  /**
   * One part of a parallel block: its steps' shares count in the log projected on the part's
   * activities, where the split is the part's start and the join its end (the other parts' events
   * in between would hide which way the part went).
   */
  private static final class Scope {
    final String split;
    final Set<String> activities;
    String join;
    Map<String, Map<String, Long>> follows;

    Scope(String split, Set<String> activities) {
      this.split = split;
      this.activities = activities;
    }
  }

  private static Set<String> leaves(ProcessTree t) {
    Set<String> out = new HashSet<>();
    if (t instanceof ProcessTree.Leaf l) {
      out.add(l.activity());
    } else if (t instanceof ProcessTree.Sequence x) {
      x.children().forEach(c -> out.addAll(leaves(c)));
    } else if (t instanceof ProcessTree.Choice x) {
      x.children().forEach(c -> out.addAll(leaves(c)));
    } else if (t instanceof ProcessTree.Parallel x) {
      x.children().forEach(c -> out.addAll(leaves(c)));
    } else if (t instanceof ProcessTree.Loop x) {
      out.addAll(leaves(x.body()));
      out.addAll(leaves(x.redo()));
    }
    return out;
  }

  private long follows(Scope scope, String a, String b) {
    if (scope == null) {
      return figures.follows(a, b);
    }
    if (scope.follows == null) {
      org.flowbook.mining.log.TraceVariants flow = figures.flow();
      List<int[]> projected = new ArrayList<>();
      for (int[] trace : flow.traces()) {
        projected.add(
            java.util.Arrays.stream(trace)
                .filter(x -> scope.activities.contains(flow.activities().get(x)))
                .toArray());
      }
      scope.follows =
          DraftFigures.followCounts(
              new org.flowbook.mining.log.TraceVariants(
                  flow.activities(), projected, flow.counts()));
    }
    return scope.follows.getOrDefault(a, Map.of()).getOrDefault(b, 0L);
  }

  private int number;

  private TreeToProcess(DraftFigures figures) {
    this.lang = figures.language();
    this.figures = figures;
  }

  /** A draft of the structure alone: no performers, times or shares. */
  public static Process convert(ProcessTree tree, String id, String title, Language lang) {
    return convert(
        tree,
        id,
        title,
        new DraftFigures(
            new org.flowbook.mining.log.TraceVariants(List.of(), List.of(), new long[0]),
            Map.of(),
            Map.of(),
            false,
            null,
            Map.of(),
            lang));
  }

  /** A draft process with the given id and title, performers, times and shares from the log. */
  public static Process convert(ProcessTree tree, String id, String title, DraftFigures figures) {
    TreeToProcess c = new TreeToProcess(figures);
    c.steps.add(new Start("start", "", EventTrigger.NONE, SourceLocation.UNKNOWN));
    List<Pending> exits = c.connect(tree, List.of(new Pending("start", "", false)));
    End end = new End("end", "", EventTrigger.NONE, SourceLocation.UNKNOWN);
    c.steps.add(end);
    c.link(exits, end.id());
    c.earlyEnds();
    c.generalise();
    c.shares();
    c.dropUnusedSkips();
    c.renumber();
    String purpose = c.words("Draft discovered from the event log; ", "Utkast ur händelseloggen; ");
    purpose +=
        figures.workTimesKnown() || figures.activities().isEmpty()
            ? c.words(
                "check the roles, times and shares, and add the instructions.",
                "granska roller, tider och andelar och skriv instruktionerna.")
            : c.words(
                "the log has no start times, so the steps have no work time yet; check the roles,"
                    + " waits and shares, and add work times and instructions.",
                "loggen saknar starttider, så stegen har ännu ingen arbetstid; granska roller,"
                    + " väntetider och andelar och lägg till arbetstider och instruktioner.");
    return new Process(
        id,
        title,
        "",
        purpose,
        "",
        "",
        List.of(),
        "",
        null,
        figures.language(),
        Status.DRAFT,
        "",
        figures.casesPerMonth(),
        c.steps,
        c.flows,
        SourceLocation.UNKNOWN);
  }

  /** A flow still to be drawn from a step, with the branch label it carries. */
  private record Pending(String from, String label, boolean otherwise) {}

  /** One way out of a decision: a part of the tree, or null for "go on without it". */
  private record Option(ProcessTree tree) {}

  private List<Pending> connect(ProcessTree t, List<Pending> in) {
    if (t instanceof ProcessTree.Leaf l) {
      String id = next();
      DraftFigures.ActivityFigures f = figures.activity(l.activity());
      Task task = Task.by(f.performer()).withTimes(orZero(f.work()), orZero(f.waiting()));
      steps.add(new Activity(id, l.activity(), task));
      activityOf.put(id, l.activity());
      link(in, id);
      return List.of(new Pending(id, "", false));
    }
    if (t instanceof ProcessTree.Sequence s) {
      List<Pending> cur = in;
      for (ProcessTree child : s.children()) {
        cur = connect(child, cur);
      }
      return cur;
    }
    if (t instanceof ProcessTree.Choice c) {
      List<ProcessTree> options = new ArrayList<>();
      boolean skip = flatten(c, options);
      return decide(in, options, skip, true);
    }
    if (t instanceof ProcessTree.Parallel p) {
      String split = next();
      steps.add(new Parallel(split, "", SourceLocation.UNKNOWN));
      link(in, split);
      List<Pending> ends = new ArrayList<>();
      List<Scope> parts = new ArrayList<>();
      for (ProcessTree child : p.children()) {
        Scope scope = new Scope(split, leaves(child));
        parts.add(scope);
        scopes.push(scope);
        List<Pending> exits = connect(child, List.of(new Pending(split, "", false)));
        if (exits.size() > 1) {
          // a join waits for every flow into it, so each part must arrive as one flow
          String merge = next();
          String first = firstActivity(child);
          steps.add(
              new Event(
                  merge,
                  words(first + " part done", "Delen " + inSentence(first) + " klar"),
                  EventTrigger.NONE,
                  false,
                  "",
                  false,
                  SourceLocation.UNKNOWN));
          link(exits, merge);
          exits = List.of(new Pending(merge, "", false));
        }
        scopes.pop();
        ends.addAll(exits);
      }
      String join = next();
      for (Scope scope : parts) {
        scope.join = join;
      }
      steps.add(new Parallel(join, "", SourceLocation.UNKNOWN));
      link(ends, join);
      return List.of(new Pending(join, "", false));
    }
    if (t instanceof ProcessTree.Loop l) {
      return loop(l, in);
    }
    return in;
  }

  /** The options of a choice with nested choices merged; true when one option is to skip. */
  private static boolean flatten(ProcessTree.Choice c, List<ProcessTree> out) {
    boolean skip = false;
    for (ProcessTree child : c.children()) {
      if (child instanceof ProcessTree.Silent) {
        skip = true;
      } else if (child instanceof ProcessTree.Choice nested) {
        skip |= flatten(nested, out);
      } else {
        out.add(child);
      }
    }
    return skip;
  }

  /**
   * A decision between {@code options} (and going on without any when {@code skip}), asked on the
   * steps before it when they can carry it (see {@link #decisionPoints}).
   */
  private List<Pending> decide(
      List<Pending> in, List<ProcessTree> options, boolean skip, boolean onStepBefore) {
    List<String> points = decisionPoints(in, question(options), onStepBefore);
    List<Pending> out = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (ProcessTree option : options) {
      String label =
          options.size() == 1 && skip ? words("yes", "ja") : unique(firstActivity(option), labels);
      out.addAll(connect(option, pendings(points, label)));
    }
    if (skip) {
      for (String d : points) {
        out.add(new Pending(d, "", true));
      }
    }
    return out;
  }

  private static List<Pending> pendings(List<String> points, String label) {
    List<Pending> out = new ArrayList<>();
    for (String d : points) {
      out.add(new Pending(d, label, false));
    }
    return out;
  }

  /**
   * The steps that ask {@code question}. Each way in must be able to carry it: a plain activity
   * that flows on in one way becomes a decision with this question; the "otherwise" branch of a
   * decision is replaced by this decision's branches (the decision then asks "how does the case go
   * on?"). When a way in cannot (the start, a join, a labelled branch), the question is a decision
   * step of its own.
   */
  private List<String> decisionPoints(List<Pending> in, String question, boolean onStepBefore) {
    Set<String> froms = new LinkedHashSet<>();
    // without figures the steps have no performer, and a decision on a step without one is a
    // mere gateway in the notation: then every decision is a step of its own
    boolean carried = onStepBefore && !in.isEmpty() && !figures.activities().isEmpty();
    for (Pending p : in) {
      Step from = step(p.from());
      boolean plain =
          p.label().isEmpty()
              && !p.otherwise()
              && from instanceof Activity
              && outgoing(p.from()) == 0;
      boolean otherwise = p.otherwise() && from instanceof Decision;
      carried &= (plain || otherwise) && froms.add(p.from());
    }
    if (carried) {
      for (String id : froms) {
        int i = indexOf(id);
        if (steps.get(i) instanceof Activity a) {
          steps.set(
              i,
              new Decision(a.id(), a.title(), question, a.task(), DecisionKind.EXCLUSIVE, a.at()));
        } else {
          merged.add(id);
        }
      }
      return List.copyOf(froms);
    }
    String id = next();
    steps.add(
        new Decision(
            id, question, question, Task.NONE, DecisionKind.EXCLUSIVE, SourceLocation.UNKNOWN));
    link(in, id);
    return List.of(id);
  }

  private Step step(String id) {
    int i = indexOf(id);
    return i < 0 ? null : steps.get(i);
  }

  private int indexOf(String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A decision that took over further branches asks a question that fits them all, and its "yes"
   * branches say what they lead to: "redo" back, else the activity they lead to.
   */
  private void generalise() {
    for (String id : merged) {
      int i = indexOf(id);
      Decision d = (Decision) steps.get(i);
      String question = words("How does the case go on?", "Hur går ärendet vidare?");
      steps.set(
          i,
          new Decision(
              id,
              activityOf.containsKey(id) ? d.title() : question,
              question,
              d.task(),
              d.kind(),
              d.at()));
      for (int k = 0; k < flows.size(); k++) {
        Flow f = flows.get(k);
        if (!f.from().equals(id) || !f.label().equals(words("yes", "ja"))) {
          continue;
        }
        String label;
        if (backwards(f)) {
          label = words("redo", "görs om");
        } else {
          Set<String> next = after(f.to(), null, new HashSet<>());
          label = next.size() == 1 ? next.iterator().next() : words("yes", "ja");
        }
        flows.set(k, new Flow(f.from(), f.to(), label, f.probability(), f.isDefault(), f.at()));
      }
    }
  }

  private static boolean backwards(Flow f) {
    try {
      return Integer.parseInt(f.to()) <= Integer.parseInt(f.from());
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private long outgoing(String stepId) {
    return flows.stream().filter(f -> f.from().equals(stepId)).count();
  }

  private String question(List<ProcessTree> options) {
    List<String> names = new ArrayList<>();
    for (ProcessTree o : options) {
      names.add(firstActivity(o));
    }
    if (names.size() == 1) {
      return words(
          "Is " + inSentence(names.get(0)) + " needed?",
          "Behövs " + inSentence(names.get(0)) + "?");
    }
    if (names.size() <= 3) {
      StringBuilder b = new StringBuilder(names.get(0));
      for (int i = 1; i < names.size(); i++) {
        b.append(i == names.size() - 1 ? words(" or ", " eller ") : ", ")
            .append(inSentence(names.get(i)));
      }
      return b.append('?').toString();
    }
    return words("Which step follows?", "Vilket steg följer?");
  }

  private List<Pending> loop(ProcessTree.Loop l, List<Pending> in) {
    if (startsWithParallel(l.body())) {
      // flowing back into a parallel step would make it wait for both ways in: merge first
      String merge = next();
      String first = firstActivity(l.body());
      steps.add(
          new Event(
              merge,
              words("Start of " + inSentence(first), "Början på " + inSentence(first)),
              EventTrigger.NONE,
              false,
              "",
              false,
              SourceLocation.UNKNOWN));
      link(in, merge);
      List<Pending> bodyExits = connect(l.body(), List.of(new Pending(merge, "", false)));
      return closeLoop(l, bodyExits, in, merge);
    }
    int firstFlow = flows.size();
    List<Pending> bodyExits = connect(l.body(), List.of(new Pending(ENTRY, "", false)));
    String entry = null;
    List<Flow> fromEntry = new ArrayList<>();
    for (int i = firstFlow; i < flows.size(); i++) {
      if (flows.get(i).from().equals(ENTRY)) {
        fromEntry.add(flows.get(i));
      }
    }
    flows.removeAll(fromEntry);
    if (!fromEntry.isEmpty()) {
      entry = fromEntry.get(0).to();
      link(in, entry);
    }
    return closeLoop(l, bodyExits, in, entry);
  }

  private static boolean startsWithParallel(ProcessTree t) {
    if (t instanceof ProcessTree.Parallel) {
      return true;
    }
    if (t instanceof ProcessTree.Sequence s && !s.children().isEmpty()) {
      return startsWithParallel(s.children().get(0));
    }
    return t instanceof ProcessTree.Loop l && startsWithParallel(l.body());
  }

  /**
   * Ends a loop: a decision after the body (on its last step when that is a plain activity) whose
   * "yes" flows back to the entry, or whose branches do the redo part and then flow back.
   */
  private List<Pending> closeLoop(
      ProcessTree.Loop l, List<Pending> bodyExits, List<Pending> in, String entry) {
    List<Pending> toCheck = new ArrayList<>();
    boolean emptyBody = false;
    for (Pending p : bodyExits) {
      if (p.from().equals(ENTRY)) {
        toCheck.addAll(in);
        emptyBody = true;
      } else {
        toCheck.add(p);
      }
    }
    // with an empty body the decision must be a step of its own: it is where the loop returns
    boolean onStep = !emptyBody && entry != null;
    if (l.redo() instanceof ProcessTree.Silent) {
      String first = firstActivity(l.body());
      List<String> points =
          decisionPoints(
              toCheck,
              words("Repeat " + inSentence(first) + "?", "Upprepa " + inSentence(first) + "?"),
              onStep);
      List<Pending> out = new ArrayList<>();
      for (String d : points) {
        flows.add(
            new Flow(
                d,
                entry != null ? entry : d,
                words("yes", "ja"),
                null,
                false,
                SourceLocation.UNKNOWN));
        out.add(new Pending(d, "", true));
      }
      return out;
    }
    List<ProcessTree> options = new ArrayList<>();
    if (l.redo() instanceof ProcessTree.Choice c) {
      flatten(c, options);
    } else {
      options.add(l.redo());
    }
    List<String> points = decisionPoints(toCheck, question(options), onStep);
    Set<String> labels = new LinkedHashSet<>();
    for (ProcessTree option : options) {
      String label =
          options.size() == 1 ? words("yes", "ja") : unique(firstActivity(option), labels);
      List<Pending> redoExits = connect(option, pendings(points, label));
      // with an empty body the loop returns to its decision step (there is one: see onStep)
      link(redoExits, entry != null ? entry : points.get(0));
    }
    List<Pending> out = new ArrayList<>();
    for (String d : points) {
      out.add(new Pending(d, "", true));
    }
    return out;
  }

  /** The activity a part begins with most naturally (its first leaf in reading order). */
  private static String firstActivity(ProcessTree t) {
    if (t instanceof ProcessTree.Leaf l) {
      return l.activity();
    }
    if (t instanceof ProcessTree.Sequence s) {
      for (ProcessTree c : s.children()) {
        if (!(c instanceof ProcessTree.Silent)) {
          return firstActivity(c);
        }
      }
    }
    if (t instanceof ProcessTree.Choice c) {
      for (ProcessTree x : c.children()) {
        if (!(x instanceof ProcessTree.Silent)) {
          return firstActivity(x);
        }
      }
    }
    if (t instanceof ProcessTree.Parallel p && !p.children().isEmpty()) {
      return firstActivity(p.children().get(0));
    }
    if (t instanceof ProcessTree.Loop l) {
      return l.body() instanceof ProcessTree.Silent
          ? firstActivity(l.redo())
          : firstActivity(l.body());
    }
    return "?";
  }

  /**
   * Adds an "ends here" branch to the end on each step after which at least {@link #MIN_END_SHARE}
   * of its cases end in the log (a rejection, a withdrawn request): the inductive miner cannot
   * express an early end in a block structure and makes the rest optional or drops those cases as
   * noise, whereas a manual says "avslag -> slut".
   */
  private void earlyEnds() {
    for (int i = 0; i < steps.size(); i++) {
      String id = steps.get(i).id();
      String act = activityOf.get(id);
      if (act == null || scopeOf.containsKey(id)) {
        // inside a parallel part an early end would leave the other parts waiting at the join
        continue;
      }
      long done = figures.activity(act).count();
      long ends = figures.follows(act, DraftFigures.END);
      if (done == 0 || ends < MIN_END_SHARE * done) {
        continue;
      }
      List<Flow> outs = flows.stream().filter(f -> f.from().equals(id)).toList();
      if (outs.stream().anyMatch(f -> f.to().equals("end"))) {
        continue;
      }
      String label = words("ends here", "avslutas");
      if (steps.get(i) instanceof Activity a) {
        steps.set(
            i,
            new Decision(
                id,
                a.title(),
                words("Does the case go on?", "Går ärendet vidare?"),
                a.task(),
                DecisionKind.EXCLUSIVE,
                a.at()));
        List<Flow> rewritten = new ArrayList<>();
        for (Flow f : flows) {
          rewritten.add(
              f.from().equals(id) ? new Flow(f.from(), f.to(), "", null, true, f.at()) : f);
        }
        flows.clear();
        flows.addAll(rewritten);
      } else {
        merged.add(id);
      }
      flows.add(new Flow(id, "end", label, null, false, SourceLocation.UNKNOWN));
    }
  }

  // ---- branch shares -------------------------------------------------------------------------

  /**
   * Sets each decision's branch shares from the log: how often the activities that lead into the
   * decision are directly followed by the first activities of each branch. The "otherwise" branch
   * takes the rest; without one the shares are rounded so they add up to 100 %.
   */
  private void shares() {
    Map<String, List<Integer>> outgoing = new HashMap<>();
    for (int i = 0; i < flows.size(); i++) {
      outgoing.computeIfAbsent(flows.get(i).from(), k -> new ArrayList<>()).add(i);
    }
    for (Step s : steps) {
      if (!(s instanceof Decision)) {
        continue;
      }
      List<Integer> outs = outgoing.getOrDefault(s.id(), List.of());
      Scope scope = scopeOf.get(s.id());
      Set<String> before = before(s.id(), scope, new HashSet<>());
      long[] counts = new long[outs.size()];
      for (int k = 0; k < outs.size(); k++) {
        for (String next : after(flows.get(outs.get(k)).to(), scope, new HashSet<>())) {
          for (String prev : before) {
            counts[k] += follows(scope, prev, next);
          }
        }
      }
      ObservedShares.assign(flows, outs, counts);
    }
  }

  /**
   * Removes a decision step of its own whose only alternative to one branch was never taken in the
   * log ("Is the whole first part needed? yes 100 %"): the miner made a part optional for the few
   * cases it bent to its cut, which a reader should not have to wade through.
   */
  private void dropUnusedSkips() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (!(steps.get(i) instanceof Decision d) || activityOf.containsKey(d.id())) {
        continue;
      }
      List<Flow> outs = flows.stream().filter(f -> f.from().equals(d.id())).toList();
      if (outs.size() != 2) {
        continue;
      }
      Flow taken = outs.get(0).isDefault() ? outs.get(1) : outs.get(0);
      Flow skip = outs.get(0).isDefault() ? outs.get(0) : outs.get(1);
      if (!skip.isDefault()
          || taken.probability() == null
          || taken.probability() < 1
          || taken.to().equals(d.id())) {
        continue;
      }
      List<Flow> rewritten = new ArrayList<>();
      for (Flow f : flows) {
        if (f.from().equals(d.id())) {
          continue;
        }
        rewritten.add(
            f.to().equals(d.id())
                ? new Flow(f.from(), taken.to(), f.label(), f.probability(), f.isDefault(), f.at())
                : f);
      }
      flows.clear();
      flows.addAll(rewritten);
      steps.remove(i);
    }
  }

  /** Numbers the steps 1, 2, 3 … in reading order again after steps were dropped. */
  private void renumber() {
    Map<String, String> ids = new HashMap<>();
    int n = 0;
    for (Step s : steps) {
      if (!(s instanceof Start) && !(s instanceof End)) {
        ids.put(s.id(), Integer.toString(++n));
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      String id = ids.get(s.id());
      if (id == null || id.equals(s.id())) {
        continue;
      }
      steps.set(i, withId(s, id));
    }
    for (int i = 0; i < flows.size(); i++) {
      Flow f = flows.get(i);
      flows.set(
          i,
          new Flow(
              ids.getOrDefault(f.from(), f.from()),
              ids.getOrDefault(f.to(), f.to()),
              f.label(),
              f.probability(),
              f.isDefault(),
              f.at()));
    }
  }

  private static Step withId(Step s, String id) {
    if (s instanceof Activity a) {
      return new Activity(id, a.title(), a.task(), a.type(), a.at());
    }
    if (s instanceof Decision d) {
      return new Decision(id, d.title(), d.question(), d.task(), d.kind(), d.at());
    }
    if (s instanceof Parallel p) {
      return new Parallel(id, p.title(), p.at());
    }
    if (s instanceof Event e) {
      return new Event(
          id, e.title(), e.trigger(), e.throwing(), e.attachedTo(), e.interrupting(), e.at());
    }
    return s;
  }

  /** The activities (or the case start) whose completion leads into {@code stepId}. */
  private Set<String> before(String stepId, Scope scope, Set<String> seen) {
    return nearest(stepId, scope, seen, false);
  }

  /** The activities (or the case end) that can come first from {@code stepId} on. */
  private Set<String> after(String stepId, Scope scope, Set<String> seen) {
    return nearest(stepId, scope, seen, true);
  }

  /**
   * The activities nearest to {@code stepId} along the flows, {@code forward} or backward, through
   * steps without an activity; the scope's split or join (or the process's start or end) stands for
   * the case's start or end.
   */
  private Set<String> nearest(String stepId, Scope scope, Set<String> seen, boolean forward) {
    Set<String> out = new HashSet<>();
    if (activityOf.containsKey(stepId)) {
      out.add(activityOf.get(stepId));
      return out;
    }
    if (!seen.add(stepId)) {
      return out;
    }
    String edge = forward ? "end" : "start";
    if (stepId.equals(edge) || scope != null && stepId.equals(forward ? scope.join : scope.split)) {
      out.add(forward ? DraftFigures.END : DraftFigures.START);
      return out;
    }
    for (Flow f : flows) {
      if ((forward ? f.from() : f.to()).equals(stepId)) {
        out.addAll(nearest(forward ? f.to() : f.from(), scope, seen, forward));
      }
    }
    return out;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Duration orZero(Duration d) {
    return d == null ? Duration.ZERO : d;
  }

  /**
   * An activity name inside a sentence: the first letter in lower case when the name reads as a
   * phrase ("Skicka påminnelse" → "skicka påminnelse"), kept for codes and names ("W_Beoordelen",
   * "ER Registration", "IV Antibiotics").
   */
  public static String inSentence(String name) {
    if (name.length() < 2
        || !Character.isUpperCase(name.charAt(0))
        || !Character.isLowerCase(name.charAt(1))
        || name.contains("_")) {
      return name;
    }
    int space = name.indexOf(' ');
    String firstWord = space < 0 ? name : name.substring(0, space);
    if (!firstWord.substring(1).equals(firstWord.substring(1).toLowerCase(Locale.ROOT))) {
      return name;
    }
    String rest = space < 0 ? "" : name.substring(space + 1);
    if (!rest.isEmpty()
        && Character.isUpperCase(rest.charAt(0))
        && rest.equals(capitalised(rest))) {
      // "Release A", "Leucocytes Test": a title-cased name, kept as written
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String capitalised(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
      b.append(' ');
    }
    return b.toString().strip();
  }

  private static String unique(String label, Set<String> used) {
    String l = label;
    for (int i = 2; !used.add(l); i++) {
      l = label + " (" + i + ")";
    }
    return l;
  }

  private void link(List<Pending> from, String to) {
    Set<String> seen = new LinkedHashSet<>();
    for (Pending p : from) {
      if (seen.add(p.from() + "\u0000" + p.label() + "\u0000" + p.otherwise() + "\u0000" + to)) {
        flows.add(new Flow(p.from(), to, p.label(), null, p.otherwise(), SourceLocation.UNKNOWN));
      }
    }
  }

  private String next() {
    String id = Integer.toString(++number);
    if (!scopes.isEmpty()) {
      scopeOf.put(id, scopes.peek());
    }
    return id;
  }

  private String words(String en, String sv) {
    return lang == Language.SV ? sv : en;
  }
}
