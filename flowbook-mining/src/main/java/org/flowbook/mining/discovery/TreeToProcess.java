package org.flowbook.mining.discovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Drafts a Flowbook process from a discovered tree: activities become numbered steps in reading
 * order, a choice becomes a decision whose branches name their first activity (an empty branch is
 * "skip"), parallel parts get a parallel step and a join, and a loop ends in a decision "repeat?"
 * whose "yes" branch flows back to the start of the loop; a parallel branch that ends in several
 * flows (an optional last part) is merged by an untyped event "branch done" before the join. The
 * draft has no performers or times: that is for the coordinator to add.
 */
public final class TreeToProcess {
  private static final String ENTRY = "\u0000entry";

  private final Language lang;
  private final List<Step> steps = new ArrayList<>();
  private final List<Flow> flows = new ArrayList<>();
  private int number;

  private TreeToProcess(Language lang) {
    this.lang = lang;
  }

  /** A draft process with the given id and title. */
  public static Process convert(ProcessTree tree, String id, String title, Language lang) {
    TreeToProcess c = new TreeToProcess(lang);
    c.steps.add(new Start("start", "", EventTrigger.NONE, SourceLocation.UNKNOWN));
    List<Pending> exits = c.connect(tree, List.of(new Pending("start", "")));
    End end = new End("end", "", EventTrigger.NONE, SourceLocation.UNKNOWN);
    c.steps.add(end);
    c.link(exits, end.id());
    String purpose =
        lang == Language.SV
            ? "Utkast framtaget ur händelseloggen; komplettera roller, tider och instruktioner."
            : "Draft discovered from the event log; add roles, times and instructions.";
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
        lang,
        Status.DRAFT,
        "",
        null,
        c.steps,
        c.flows,
        SourceLocation.UNKNOWN);
  }

  /** A flow still to be drawn from a step, with the branch label it carries. */
  private record Pending(String from, String label) {}

  private List<Pending> connect(ProcessTree t, List<Pending> in) {
    if (t instanceof ProcessTree.Leaf l) {
      String id = next();
      steps.add(new Activity(id, l.activity(), Task.NONE));
      link(in, id);
      return List.of(new Pending(id, ""));
    }
    if (t instanceof ProcessTree.Sequence s) {
      List<Pending> cur = in;
      for (ProcessTree child : s.children()) {
        cur = connect(child, cur);
      }
      return cur;
    }
    if (t instanceof ProcessTree.Choice c) {
      String id = next();
      steps.add(decision(id, words("Which way?", "Vilken väg?")));
      link(in, id);
      List<Pending> out = new ArrayList<>();
      Set<String> labels = new LinkedHashSet<>();
      for (ProcessTree child : c.children()) {
        String label = unique(branchLabel(child), labels);
        out.addAll(connect(child, List.of(new Pending(id, label))));
      }
      return out;
    }
    if (t instanceof ProcessTree.Parallel p) {
      String split = next();
      steps.add(new Parallel(split, "", SourceLocation.UNKNOWN));
      link(in, split);
      List<Pending> ends = new ArrayList<>();
      for (ProcessTree child : p.children()) {
        List<Pending> exits = connect(child, List.of(new Pending(split, "")));
        if (exits.size() > 1) {
          // a join waits for every flow into it, so each branch must arrive as one flow
          String merge = next();
          steps.add(
              new Event(
                  merge,
                  words("Branch done", "Gren klar"),
                  EventTrigger.NONE,
                  false,
                  "",
                  false,
                  SourceLocation.UNKNOWN));
          link(exits, merge);
          exits = List.of(new Pending(merge, ""));
        }
        ends.addAll(exits);
      }
      String join = next();
      steps.add(new Parallel(join, "", SourceLocation.UNKNOWN));
      link(ends, join);
      return List.of(new Pending(join, ""));
    }
    if (t instanceof ProcessTree.Loop l) {
      return loop(l, in);
    }
    return in;
  }

  private List<Pending> loop(ProcessTree.Loop l, List<Pending> in) {
    if (startsWithParallel(l.body())) {
      // flowing back into a parallel step would make it wait for both ways in: merge first
      String merge = next();
      steps.add(
          new Event(
              merge,
              words("Loop start", "Början av slingan"),
              EventTrigger.NONE,
              false,
              "",
              false,
              SourceLocation.UNKNOWN));
      link(in, merge);
      return loop(l, List.of(new Pending(merge, "")), merge);
    }
    return loop(l, in, null);
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

  private List<Pending> loop(ProcessTree.Loop l, List<Pending> in, String fixedEntry) {
    if (fixedEntry != null) {
      List<Pending> bodyExits = connect(l.body(), in);
      return closeLoop(l, bodyExits, in, fixedEntry);
    }
    int firstFlow = flows.size();
    List<Pending> bodyExits = connect(l.body(), List.of(new Pending(ENTRY, "")));
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

  /** Adds the "repeat?" decision after the body, with the redo part flowing back to the entry. */
  private List<Pending> closeLoop(
      ProcessTree.Loop l, List<Pending> bodyExits, List<Pending> in, String entry) {
    String check = next();
    steps.add(decision(check, words("Repeat?", "Igen?")));
    List<Pending> toCheck = new ArrayList<>();
    for (Pending p : bodyExits) {
      if (p.from().equals(ENTRY)) {
        toCheck.addAll(in);
      } else {
        toCheck.add(p);
      }
    }
    link(toCheck, check);
    List<Pending> redoExits = connect(l.redo(), List.of(new Pending(check, words("yes", "ja"))));
    link(redoExits, entry != null ? entry : check);
    return List.of(new Pending(check, words("no", "nej")));
  }

  private Decision decision(String id, String question) {
    return new Decision(
        id, question, question, Task.NONE, DecisionKind.EXCLUSIVE, SourceLocation.UNKNOWN);
  }

  private String branchLabel(ProcessTree t) {
    if (t instanceof ProcessTree.Leaf l) {
      return l.activity();
    }
    if (t instanceof ProcessTree.Sequence s && !s.children().isEmpty()) {
      return branchLabel(s.children().get(0));
    }
    if (t instanceof ProcessTree.Silent) {
      return words("skip", "hoppa över");
    }
    if (t instanceof ProcessTree.Loop l) {
      return branchLabel(l.body());
    }
    return words("other", "annat");
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
      if (seen.add(p.from() + "\u0000" + p.label() + "\u0000" + to)) {
        flows.add(new Flow(p.from(), to, p.label(), null, false, SourceLocation.UNKNOWN));
      }
    }
  }

  private String next() {
    return Integer.toString(++number);
  }

  private String words(String en, String sv) {
    return lang == Language.SV ? sv : en;
  }
}
