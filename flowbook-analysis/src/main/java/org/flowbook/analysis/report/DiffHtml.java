package org.flowbook.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.analysis.diff.ControlChange;
import org.flowbook.analysis.diff.ControlGap;
import org.flowbook.analysis.diff.FieldChange;
import org.flowbook.analysis.diff.ProcessDiff;
import org.flowbook.analysis.diff.RoleChange;
import org.flowbook.analysis.diff.StepChange;
import org.flowbook.output.Escape;
import org.flowbook.output.LocaleFormat;

/** The list of changes of a diff as HTML tables. */
final class DiffHtml {
  private DiffHtml() {}

  static void changes(StringBuilder b, ProcessDiff d, LocaleFormat f, Texts t) {
    steps(b, t.get("stepsAdded"), d.steps(StepChange.Kind.ADDED), f, t);
    steps(b, t.get("stepsRemoved"), d.steps(StepChange.Kind.REMOVED), f, t);
    steps(b, t.get("stepsChanged"), d.steps(StepChange.Kind.CHANGED), f, t);
    if (!d.roles().isEmpty()) {
      b.append("<h2>").append(Escape.text(t.get("rolesAffected"))).append("</h2>\n");
      List<List<String>> rows = new ArrayList<>();
      for (RoleChange r : d.roles()) {
        rows.add(List.of(r.role(), String.join(", ", r.gained()), String.join(", ", r.lost())));
      }
      Html.table(
          b,
          List.of(t.get("role"), t.get("gains"), t.get("loses")),
          rows,
          new boolean[] {false, false, false});
    }
    if (!d.controls().isEmpty()) {
      b.append("<h2>").append(Escape.text(t.get("controls"))).append("</h2>\n");
      List<List<String>> rows = new ArrayList<>();
      for (ControlChange c : d.controls()) {
        rows.add(
            List.of(
                t.get(c.added() ? "added" : "removed"),
                c.control() + (c.requirements().isEmpty() ? "" : " (" + c.requirements() + ")"),
                c.step()));
      }
      Html.table(
          b,
          List.of("", t.get("control"), t.get("step")),
          rows,
          new boolean[] {false, false, false});
    }
    if (!d.gaps().isEmpty()) {
      b.append("<h2>").append(Escape.text(t.get("newGaps"))).append("</h2>\n<ul class=\"gaps\">\n");
      for (ControlGap g : d.gaps()) {
        b.append("<li>").append(Escape.text(DiffReport.gap(g, t))).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    if (!d.header().isEmpty()) {
      b.append("<h2>").append(Escape.text(t.get("headerChanged"))).append("</h2>\n");
      beforeAndAfter(b, d.header(), f, t);
    }
  }

  private static void steps(
      StringBuilder b, String title, List<StepChange> steps, LocaleFormat f, Texts t) {
    if (steps.isEmpty()) {
      return;
    }
    b.append("<h2>").append(Escape.text(title)).append("</h2>\n");
    for (StepChange s : steps) {
      b.append("<h3>")
          .append(Escape.text(s.id() + ". " + s.title()))
          .append(
              s.performer().isEmpty()
                  ? ""
                  : " <span class=\"note\">[" + Escape.text(s.performer()) + "]</span>")
          .append("</h3>\n");
      if (s.fields().isEmpty()) {
        continue;
      }
      beforeAndAfter(b, s.fields(), f, t);
    }
  }

  /** A table of changed fields: the field's name, its value before and after. */
  private static void beforeAndAfter(
      StringBuilder b, List<FieldChange> changes, LocaleFormat f, Texts t) {
    List<List<String>> rows = new ArrayList<>();
    for (FieldChange c : changes) {
      rows.add(
          List.of(
              DiffReport.Fields.name(c.field(), t),
              lines(DiffReport.Fields.value(c.field(), c.before(), f)),
              lines(DiffReport.Fields.value(c.field(), c.after(), f))));
    }
    Html.table(
        b, List.of("", t.get("before"), t.get("after")), rows, new boolean[] {false, false, false});
  }

  /** Escaped text with its line breaks kept (returned as markup). */
  private static String lines(String text) {
    return Html.raw(Escape.text(text).replace("\n", "<br>"));
  }
}
