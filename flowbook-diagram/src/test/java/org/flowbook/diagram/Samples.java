package org.flowbook.diagram;

import java.util.List;
import org.flowbook.model.Activity;
import org.flowbook.model.ActivityType;
import org.flowbook.model.Call;
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
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/** Hand-built processes for layout and rendering tests. */
final class Samples {
  private Samples() {}

  static Process purchaseApproval() {
    List<Step> steps =
        List.of(
            new Start("start", "En medarbetare behöver köpa varor", EventTrigger.NONE, null),
            new Activity("1", "Fyll i inköpsanmodan", Task.by("Beställare")),
            new Decision(
                "2", "Granska anmodan", "Belopp?", Task.by("Chef"), DecisionKind.EXCLUSIVE, null),
            new Activity("3", "Godkänn stort inköp", Task.by("Ekonomidirektör")),
            new Activity("4", "Lägg beställning", Task.by("Inköpare")),
            new End("end", "Anmodan avslagen", EventTrigger.NONE, null),
            new End("end-2", "Beställning lagd", EventTrigger.NONE, null));
    List<Flow> flows =
        List.of(
            Flow.of("start", "1"),
            Flow.of("1", "2"),
            new Flow("2", "3", "över 50 000 kr", 0.2, false, null),
            new Flow("2", "4", "annars", null, true, null),
            new Flow("2", "end", "avslag", 0.05, false, null),
            Flow.of("3", "4"),
            Flow.of("4", "end-2"));
    return process("purchase-approval", "Inköpsgodkännande", Language.SV, steps, flows);
  }

  /** One task between a start and an end: fits any page. */
  static Process tiny() {
    List<Step> steps =
        List.of(
            new Start("start", "Begäran", EventTrigger.NONE, null),
            new Activity("1", "Besvara begäran", Task.by("Handläggare")),
            new End("end", "Besvarad", EventTrigger.NONE, null));
    List<Flow> flows = List.of(Flow.of("start", "1"), Flow.of("1", "end"));
    return process("tiny", "Liten", Language.SV, steps, flows);
  }

  /** Every kind of step: parallel split and join, a call, a boundary timer, a loop, events. */
  static Process allShapes() {
    List<Step> steps =
        List.of(
            new Start("start", "Order received", EventTrigger.MESSAGE, null),
            new Activity("1", "Check the order against the customer's contract", Task.by("Sales")),
            new Parallel("split", "", null),
            new Activity(
                "2",
                "Pick and pack the goods",
                Task.by("Warehouse"),
                ActivityType.MANUAL,
                SourceLocation.UNKNOWN),
            new Call("3", "Invoice the customer", "invoicing", Task.by("Finance"), null),
            new Parallel("join", "", null),
            new Event("wait", "Carrier collects", EventTrigger.TIMER, false, "", true, null),
            new Event("late", "No pick-up in 2 days", EventTrigger.TIMER, false, "2", false, null),
            new Activity("5", "Book another carrier", Task.by("Warehouse")),
            new Decision("6", "", "Delivered complete?", Task.NONE, DecisionKind.EXCLUSIVE, null),
            new Activity("7", "Send the missing items", Task.by("Warehouse")),
            new End("end", "Order delivered", EventTrigger.NONE, null));
    List<Flow> flows =
        List.of(
            Flow.of("start", "1"),
            Flow.of("1", "split"),
            Flow.of("split", "2"),
            Flow.of("split", "3"),
            Flow.of("2", "join"),
            Flow.of("3", "join"),
            Flow.of("join", "wait"),
            Flow.of("late", "5"),
            Flow.of("5", "join"),
            Flow.of("wait", "6"),
            new Flow("6", "end", "yes", 0.9, false, null),
            new Flow("6", "7", "no", 0.1, false, null),
            Flow.of("7", "6"));
    return process("order-to-delivery", "Order to delivery", Language.EN, steps, flows);
  }

  static Process process(
      String id, String title, Language lang, List<Step> steps, List<Flow> flows) {
    return Process.of(id, title, steps, flows).withLanguage(lang);
  }
}
