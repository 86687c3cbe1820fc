package org.flowbook.analysis.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flowbook.analysis.capacity.CapacityReport;
import org.flowbook.analysis.capacity.WorkspaceLoad;
import org.flowbook.analysis.metrics.FlowAnalyzer;
import org.flowbook.analysis.metrics.FlowMetrics;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Step;
import org.flowbook.model.Workspace;

/**
 * Compares two versions of a process: steps, roles, controls, header, and every figure before and
 * after. Utilization is the whole workspace's load per role with the old, then the new version in
 * place, so a role that also works in other processes shows its real load.
 */
public final class DiffAnalyzer {
  private final Workspace workspace;

  /**
   * @param workspace the workspace the process belongs to (for calls, roles and other load)
   */
  public DiffAnalyzer(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * @param volume cases per month for both versions; empty = each version's own {@code volume:}
   */
  public ProcessDiff compare(Process before, Process after, Optional<Double> volume) {
    Map<String, String> pairs = StepMatcher.match(before, after);
    ProcessIndex oldIndex = ProcessIndex.of(before);
    ProcessIndex newIndex = ProcessIndex.of(after);
    List<StepChange> steps = stepChanges(before, after, pairs, oldIndex, newIndex);
    Workspace wsBefore = with(before);
    Workspace wsAfter = with(after);
    FlowMetrics mBefore = new FlowAnalyzer(wsBefore).analyze(before);
    FlowMetrics mAfter = new FlowAnalyzer(wsAfter).analyze(after);
    Optional<Double> vBefore = volume.or(() -> Optional.ofNullable(before.casesPerMonth()));
    Optional<Double> vAfter = volume.or(() -> Optional.ofNullable(after.casesPerMonth()));
    return new ProcessDiff(
        before,
        after,
        header(before, after),
        steps,
        roles(oldIndex, newIndex, pairs),
        controls(before, after),
        mBefore,
        mAfter,
        vBefore.map(v -> load(wsBefore, before.id(), v)),
        vAfter.map(v -> load(wsAfter, after.id(), v)),
        ControlGaps.of(wsBefore, wsAfter, before, after));
  }

  /**
   * Only the added, removed and changed steps, without the figures: what the training module needs
   * to decide who is affected by a new version, many times over, cheaply.
   */
  public static List<StepChange> stepChanges(Process before, Process after) {
    return stepChanges(
        before,
        after,
        StepMatcher.match(before, after),
        ProcessIndex.of(before),
        ProcessIndex.of(after));
  }

  private static List<StepChange> stepChanges(
      Process before,
      Process after,
      Map<String, String> pairs,
      ProcessIndex oldIndex,
      ProcessIndex newIndex) {
    List<StepChange> steps = new ArrayList<>();
    for (Step o : StepMatcher.numbered(before)) {
      String nid = pairs.get(o.id());
      if (nid == null) {
        steps.add(
            new StepChange(
                StepChange.Kind.REMOVED, o.id(), "", o.title(), o.performer(), List.of()));
        continue;
      }
      Step n = newIndex.step(nid).orElseThrow();
      List<FieldChange> fields = StepComparison.fields(o, n, oldIndex, newIndex);
      if (!fields.isEmpty()) {
        steps.add(
            new StepChange(StepChange.Kind.CHANGED, o.id(), nid, n.title(), n.performer(), fields));
      }
    }
    java.util.Set<String> matched = new java.util.HashSet<>(pairs.values());
    for (Step n : StepMatcher.numbered(after)) {
      if (!matched.contains(n.id())) {
        steps.add(
            new StepChange(StepChange.Kind.ADDED, "", n.id(), n.title(), n.performer(), List.of()));
      }
    }
    return steps;
  }

  private Workspace with(Process p) {
    List<Process> all = new ArrayList<>();
    boolean replaced = false;
    for (Process q : workspace.processes()) {
      if (q.id().equals(p.id())) {
        all.add(p);
        replaced = true;
      } else {
        all.add(q);
      }
    }
    if (!replaced) {
      all.add(p);
    }
    return workspace.withProcesses(all);
  }

  private static CapacityReport load(Workspace ws, String id, double volume) {
    CapacityReport all = WorkspaceLoad.of(ws, Map.of(id, volume)).capacity();
    return new CapacityReport(volume, all.roles());
  }

  private static List<FieldChange> header(Process a, Process b) {
    List<FieldChange> out = new ArrayList<>();
    add(out, "title", a.title(), b.title());
    add(out, "owner", a.owner(), b.owner());
    add(out, "purpose", a.purpose(), b.purpose());
    add(out, "scope", a.scope(), b.scope());
    add(out, "trigger", a.trigger(), b.trigger());
    add(out, "outcomes", String.join("; ", a.outcomes()), String.join("; ", b.outcomes()));
    add(
        out,
        "volume",
        a.casesPerMonth() == null ? "" : String.valueOf(a.casesPerMonth()),
        b.casesPerMonth() == null ? "" : String.valueOf(b.casesPerMonth()));
    return out;
  }

  private static void add(List<FieldChange> out, String field, String before, String after) {
    if (!before.equals(after)) {
      out.add(new FieldChange(field, before, after));
    }
  }

  /** Who performs which step, before and after; a matched step keeps its identity. */
  private static List<RoleChange> roles(
      ProcessIndex before, ProcessIndex after, Map<String, String> pairs) {
    Map<String, List<String>> gained = new TreeMap<>();
    Map<String, List<String>> lost = new TreeMap<>();
    for (Step o : StepMatcher.numbered(before.process())) {
      String nid = pairs.get(o.id());
      String newPerformer = nid == null ? "" : after.step(nid).orElseThrow().performer();
      if (!o.performer().isEmpty() && !o.performer().equals(newPerformer)) {
        lost.computeIfAbsent(o.performer(), k -> new ArrayList<>()).add(o.title());
      }
    }
    Map<String, String> reverse = new LinkedHashMap<>();
    pairs.forEach((k, v) -> reverse.put(v, k));
    for (Step n : StepMatcher.numbered(after.process())) {
      String oid = reverse.get(n.id());
      String oldPerformer = oid == null ? "" : before.step(oid).orElseThrow().performer();
      if (!n.performer().isEmpty() && !n.performer().equals(oldPerformer)) {
        gained.computeIfAbsent(n.performer(), k -> new ArrayList<>()).add(n.title());
      }
    }
    TreeMap<String, Boolean> names = new TreeMap<>();
    gained.keySet().forEach(r -> names.put(r, true));
    lost.keySet().forEach(r -> names.put(r, true));
    List<RoleChange> out = new ArrayList<>();
    for (String r : names.keySet()) {
      out.add(
          new RoleChange(r, gained.getOrDefault(r, List.of()), lost.getOrDefault(r, List.of())));
    }
    return out;
  }

  private static List<ControlChange> controls(Process before, Process after) {
    Map<String, ControlChange> a = controlsOf(before, false);
    Map<String, ControlChange> b = controlsOf(after, true);
    List<ControlChange> out = new ArrayList<>();
    for (Map.Entry<String, ControlChange> e : a.entrySet()) {
      if (!b.containsKey(e.getKey())) {
        out.add(e.getValue());
      }
    }
    for (Map.Entry<String, ControlChange> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  /** Controls by name and cited requirements (where in the process they sit does not matter). */
  private static Map<String, ControlChange> controlsOf(Process p, boolean added) {
    Map<String, ControlChange> out = new LinkedHashMap<>();
    for (Step s : p.steps()) {
      for (ControlRef c : s.task().controls()) {
        String reqs = String.join(", ", c.requirements());
        out.putIfAbsent(c.name() + "|" + reqs, new ControlChange(c.name(), s.title(), reqs, added));
      }
    }
    return out;
  }
}
