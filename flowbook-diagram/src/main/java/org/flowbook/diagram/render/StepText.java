package org.flowbook.diagram.render;

import org.flowbook.model.Activity;
import org.flowbook.model.Call;
import org.flowbook.model.Decision;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.Language;
import org.flowbook.model.Parallel;
import org.flowbook.model.Start;
import org.flowbook.model.Step;

/** The class name and the screen-reader title of a step. */
final class StepText {
  private StepText() {}

  static String kind(Step s) {
    if (s instanceof Activity) {
      return "activity";
    } else if (s instanceof Call) {
      return "call";
    } else if (s instanceof Decision) {
      return "decision";
    } else if (s instanceof Parallel) {
      return "parallel";
    } else if (s instanceof Start) {
      return "start";
    } else if (s instanceof End) {
      return "end";
    }
    return ((Event) s).isBoundary() ? "event boundary" : "event";
  }

  static String title(Step s, Language lang) {
    String role = s.performer().isEmpty() ? "" : " (" + s.performer() + ")";
    if (s instanceof Activity a) {
      return a.id() + ". " + a.title() + role;
    } else if (s instanceof Call c) {
      return c.id() + ". " + c.title() + role + " — " + Words.calls(lang) + " " + c.processId();
    } else if (s instanceof Decision d) {
      return (d.isWork() ? d.id() + ". " + d.title() + role + " — " : "")
          + (d.question().isEmpty() ? d.title() : d.question());
    } else if (s instanceof Parallel p) {
      return p.title().isEmpty() ? "+" : p.title();
    } else if (s instanceof Start st) {
      return Words.start(lang) + (st.title().isEmpty() ? "" : ": " + st.title());
    } else if (s instanceof End e) {
      return Words.end(lang) + (e.title().isEmpty() ? "" : ": " + e.title());
    }
    Event e = (Event) s;
    return e.title().isEmpty() ? e.trigger().word(lang) : e.title();
  }
}
