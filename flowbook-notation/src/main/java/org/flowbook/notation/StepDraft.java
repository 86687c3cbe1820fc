package org.flowbook.notation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.ActivityType;
import org.flowbook.model.ControlRef;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Message;
import org.flowbook.model.Risk;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.WorkRange;

/** A numbered step while it is being read: mutable, private to the parser. */
final class StepDraft {
  enum Kind {
    WORK,
    PARALLEL,
    JOIN,
    EVENT,
    START
  }

  /** Where a flow goes: a step number, or an end with an optional outcome name and trigger. */
  record Target(String step, String endName, EventTrigger endTrigger, SourceLocation at) {
    boolean isEnd() {
      return step == null;
    }
  }

  record Branch(String label, Double probability, boolean isDefault, Target target) {}

  record Boundary(
      EventTrigger trigger, String label, boolean interrupting, Target target, SourceLocation at) {}

  final String number;
  final SourceLocation at;
  String title = "";
  String performer = "";
  Kind kind = Kind.WORK;
  EventTrigger trigger = EventTrigger.NONE;
  boolean throwing;
  Duration work = Duration.ZERO;
  WorkRange workRange;
  Duration waitTime = Duration.ZERO;
  ActivityType type = ActivityType.TASK;
  final List<String> instructions = new ArrayList<>();
  final List<String> systems = new ArrayList<>();
  final List<String> inputs = new ArrayList<>();
  final List<String> outputs = new ArrayList<>();
  final List<String> accountable = new ArrayList<>();
  final List<String> consulted = new ArrayList<>();
  final List<String> informed = new ArrayList<>();
  final List<ControlRef> controls = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final List<Message> messages = new ArrayList<>();
  final List<String> deputies = new ArrayList<>();
  final List<Risk> risks = new ArrayList<>();
  String call;
  DecisionKind decisionKind;
  String question = "";
  final List<Branch> branches = new ArrayList<>();
  final List<Target> jump = new ArrayList<>();
  final List<Boundary> boundaries = new ArrayList<>();

  StepDraft(String number, SourceLocation at) {
    this.number = number;
    this.at = at;
  }

  boolean takesBranches() {
    return decisionKind != null || kind == Kind.PARALLEL;
  }
}
