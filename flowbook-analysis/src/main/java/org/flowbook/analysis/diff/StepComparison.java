package org.flowbook.analysis.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.flowbook.model.Call;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Decision;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/** The fields that differ between two matched steps. */
final class StepComparison {
  private StepComparison() {}

  static List<FieldChange> fields(
      Step o, Step n, Process before, Process after, Map<String, String> pairs) {
    List<FieldChange> out = new ArrayList<>();
    Task a = o.task();
    Task b = n.task();
    add(out, "number", o.id(), n.id());
    add(out, "title", o.title(), n.title());
    add(out, "kind", kind(o), kind(n));
    add(out, "performer", a.performer(), b.performer());
    add(out, "work", minutes(a.workTime()), minutes(b.workTime()));
    add(out, "wait", minutes(a.waitTime()), minutes(b.waitTime()));
    add(out, "accountable", String.join(", ", a.accountable()), String.join(", ", b.accountable()));
    add(out, "consulted", String.join(", ", a.consulted()), String.join(", ", b.consulted()));
    add(out, "informed", String.join(", ", a.informed()), String.join(", ", b.informed()));
    add(
        out,
        "instructions",
        String.join("\n", a.instructions()),
        String.join("\n", b.instructions()));
    add(out, "systems", String.join(", ", a.systems()), String.join(", ", b.systems()));
    add(out, "inputs", String.join(", ", a.inputs()), String.join(", ", b.inputs()));
    add(out, "outputs", String.join(", ", a.outputs()), String.join(", ", b.outputs()));
    add(out, "controls", controls(a), controls(b));
    add(
        out,
        "question",
        o instanceof Decision d ? d.question() : "",
        n instanceof Decision d ? d.question() : "");
    add(
        out,
        "call",
        o instanceof Call c ? c.processId() : "",
        n instanceof Call c ? c.processId() : "");
    // Targets are compared by title, so renumbering alone is not a change of branches.
    add(
        out,
        "branches",
        branches(before, o, id -> title(before, id)),
        branches(after, n, id -> title(after, id)));
    return out;
  }

  private static void add(List<FieldChange> out, String field, String before, String after) {
    if (!before.equals(after)) {
      out.add(new FieldChange(field, before, after));
    }
  }

  private static String kind(Step s) {
    return s.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** Minutes as text, so the report can format them in its language. */
  static String minutes(java.time.Duration d) {
    return d.isZero() ? "" : String.valueOf(d.toSeconds() / 60.0);
  }

  private static String controls(Task t) {
    List<String> out = new ArrayList<>();
    for (ControlRef c : t.controls()) {
      out.add(
          c.requirements().isEmpty()
              ? c.name()
              : c.name() + " (" + String.join(", ", c.requirements()) + ")");
    }
    return String.join("; ", out);
  }

  private static String title(Process p, String id) {
    return p.step(id).map(s -> s.title().isEmpty() ? id : s.title()).orElse(id);
  }

  private static String branches(Process p, Step s, Function<String, String> target) {
    List<String> out = new ArrayList<>();
    for (Flow f : p.outgoing(s.id())) {
      String share =
          f.probability() == null
              ? ""
              : String.format(Locale.ROOT, " (%.0f %%)", f.probability() * 100);
      out.add((f.label().isEmpty() ? "" : f.label() + share + " ") + "-> " + target.apply(f.to()));
    }
    return String.join("\n", out);
  }
}
