package org.flowbook.notation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.flowbook.model.ActivityType;
import org.flowbook.model.ControlRef;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Language;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.Message;
import org.flowbook.model.Problem;
import org.flowbook.model.Risk;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;
import org.flowbook.notation.StepDraft.Target;

/**
 * Reads the body of a process file: the numbered steps and the indented lines under each
 * (instructions, attributes such as {@code system:} or {@code decision:}, branches, arrows and
 * boundary events), into {@link StepDraft}s. When the file has been read, {@link #finish} reports
 * what only the whole of a step shows. Every problem of the body is reported here or by the readers
 * it hands a part to.
 */
final class BodyReader extends LineReader {
  private final List<StepDraft> steps = new ArrayList<>();
  private final Map<String, StepDraft> stepsByNumber = new HashMap<>();
  private final FlowReader flow;
  private final HeadlineReader headline;
  private final RiskReader risks;

  /** The step the open risk block stands under. */
  private StepDraft riskStep;

  // State of the step body being read.
  private boolean afterDecision;
  private int lastDashIndent = -1;

  /** Whether the lines that continue an instruction continue a "- " item (not plain text). */
  private boolean continuingDashItem;

  BodyReader(ParseContext context) {
    super(context);
    this.flow = new FlowReader(context);
    this.headline = new HeadlineReader(context, flow);
    this.risks = new RiskReader(context);
  }

  boolean hasSteps() {
    return !steps.isEmpty();
  }

  /** Reads a numbered step's first line; {@code m} matched it as {@code N. ...}. */
  void readStepLine(Matcher m, SourceLocation at, int lineNo) {
    closeRisk();
    String number = m.group(1);
    StepDraft step = new StepDraft(number, at);
    afterDecision = false;
    lastDashIndent = -1;
    if (stepsByNumber.containsKey(number)) {
      error(
          "duplicate-step",
          "step "
              + number
              + " is defined twice (first on line "
              + stepsByNumber.get(number).at.line()
              + ")",
          "renumber one of them; other steps refer to steps by number",
          at);
      return;
    }
    comments.attach("s:" + number);
    steps.add(step);
    context.stepRead(number);
    stepsByNumber.put(number, step);
    positions.put(number, Part.STEP, 0, at);
    String rest = m.group(2) == null ? "" : m.group(2);
    int restCol = m.group(2) == null ? at.column() : m.start(2) + 1;
    headline.read(step, rest, restCol, lineNo);
  }

  /** Reads a line after the first step that is not a step line. */
  void read(String content, int indent, SourceLocation at) {
    if (indent == 0) {
      error(
          "unexpected-line",
          "this line is neither a numbered step nor part of one",
          "indent it to make it part of step "
              + current().number
              + ", or start a step with 'N. Title'",
          at);
      return;
    }
    readBodyLine(content, indent, at);
  }

  /**
   * The steps read, reporting a file without steps and what only a whole step shows: a call that
   * also decides, branches beside an arrow.
   *
   * @param processAt where the process is named, for a file without steps
   */
  List<StepDraft> finish(SourceLocation processAt) {
    closeRisk();
    if (steps.isEmpty()) {
      error(
          "no-steps",
          "the process has no steps",
          "add numbered steps such as '1. Fyll i anmodan   [Beställare]'",
          processAt);
    }
    for (StepDraft d : steps) {
      if (d.kind == StepDraft.Kind.WORK && d.call != null && d.decisionKind != null) {
        error(
            "call-and-decision",
            "step " + d.number + " both calls a process and decides",
            "put the decision in a step of its own after the call",
            d.at);
      }
      if (!d.branches.isEmpty() && !d.jump.isEmpty()) {
        error(
            "jump-and-branches",
            "step " + d.number + " has both branches and an arrow",
            "put every way out of the step in the branch list",
            d.jump.get(0).at());
      }
    }
    return steps;
  }

  private StepDraft current() {
    return steps.get(steps.size() - 1);
  }

  private void readBodyLine(String content, int indent, SourceLocation at) {
    StepDraft step = current();
    if (risks.takes(indent)) {
      risks.read(content, at);
      return;
    }
    closeRisk();
    if (content.startsWith("->")) {
      comments.attach("s:" + step.number + ":jump");
      String targets = content.substring(2);
      int offset = 0;
      for (String t : splitOutsideQuotes(targets)) {
        int col = at.column() + 2 + offset + Lines.firstNonBlank(t);
        offset += t.length() + 1;
        Target target = flow.target(t, SourceLocation.of(file, at.line(), col));
        if (target != null) {
          positions.put(step.number, Part.FLOW, step.jump.size(), target.at());
          step.jump.add(target);
        }
      }
      return;
    }
    if (content.equals("-") || content.startsWith("- ")) {
      String item = content.substring(1).strip();
      if (step.takesBranches()
          && item.contains("->")
          && (afterDecision || step.kind == StepDraft.Kind.PARALLEL)) {
        int itemCol = at.column() + content.indexOf(item);
        flow.readBranch(step, item, at, itemCol);
        return;
      }
      comments.attach("s:" + step.number + ":i:" + step.instructions.size());
      if (item.isEmpty()) {
        error(
            "empty-instruction",
            "the instruction is empty",
            "write the instruction after '- '",
            at);
        return;
      }
      step.instructions.add(item);
      lastDashIndent = indent;
      continuingDashItem = true;
      return;
    }
    String[] words = content.split("\\s+", 3);
    if (words.length >= 2
        && Keyword.ON.matches(words[0])
        && EventTrigger.parse(words[1]).isPresent()) {
      flow.readBoundary(step, content, at);
      return;
    }
    String[] kv = Lines.keyValue(content);
    if (kv != null) {
      Optional<Keyword> key = Keyword.find(Keyword.Area.STEP, kv[0]);
      if (key.isPresent() && key.get() == Keyword.RISK) {
        startRisk(step, kv, indent, at);
        lastDashIndent = -1;
        return;
      }
      if (key.isPresent()) {
        readAttribute(step, key.get(), kv[0], kv[1], at, content.indexOf(':') + 2);
        lastDashIndent = -1;
        return;
      }
    }
    if (lastDashIndent >= 0 && indent > lastDashIndent && !step.instructions.isEmpty()) {
      if (kv != null && !continuingDashItem) {
        warnIfMisspeltKeyword(kv[0], at);
      }
      int last = step.instructions.size() - 1;
      step.instructions.set(last, step.instructions.get(last) + " " + content);
      return;
    }
    if (kv != null) {
      warnIfMisspeltKeyword(kv[0], at);
    }
    comments.attach("s:" + step.number + ":i:" + step.instructions.size());
    step.instructions.add(content);
    lastDashIndent = indent - 1;
    continuingDashItem = false;
  }

  private void startRisk(StepDraft step, String[] kv, int indent, SourceLocation at) {
    countLanguage(Keyword.RISK, kv[0]);
    if (kv[1].isEmpty()) {
      error(
          "empty-value",
          "'" + kv[0] + ":' has no value",
          "name the risk after the colon, e.g. 'risk: Felaktig utbetalning'",
          at);
      return;
    }
    comments.attach("s:" + step.number + ":RISK:" + step.risks.size());
    riskStep = step;
    risks.start(kv[1], indent, at, step.number);
  }

  private void closeRisk() {
    Risk r = risks.finish();
    if (r != null && riskStep != null) {
      riskStep.risks.add(r);
    }
    riskStep = null;
  }

  /** Splits a target list at commas that are not inside an outcome name in quotes. */
  private static List<String> splitOutsideQuotes(String text) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /**
   * A {@code word:} line under a step that is no keyword in either language: kept as instruction
   * text (nothing is lost), but never silently — the writer most likely meant a keyword.
   */
  private void warnIfMisspeltKeyword(String key, SourceLocation at) {
    String k = Keyword.fold(key);
    Optional<String> closest = Optional.empty();
    int best = Integer.MAX_VALUE;
    for (String spelling : Keyword.spellings(Keyword.Area.STEP)) {
      int d = Suggestions.distance(k, spelling);
      if (d < best) {
        best = d;
        closest = Optional.of(spelling);
      }
    }
    String keep = "; to keep it as an instruction, write it as '- " + key + ": …'";
    String hint =
        closest.isPresent() && best <= Math.max(2, k.length() / 2)
            ? "did you mean '" + closest.get() + ":'?" + keep
            : "not a keyword in Swedish or English (see docs/notation.md)" + keep;
    context.problem(
        Problem.warning(
                "unknown-keyword",
                "'" + key + ":' is not a keyword and is read as instruction text",
                hint,
                at)
            .withStep(current().number));
  }

  private void readAttribute(
      StepDraft step, Keyword k, String spelled, String value, SourceLocation at, int valueOffset) {
    countLanguage(k, spelled);
    String anchorBase = "s:" + step.number + ":" + k.name() + ":";
    SourceLocation valueAt = SourceLocation.of(file, at.line(), at.column() + valueOffset);
    if (value.isEmpty()
        && k != Keyword.DECISION
        && k != Keyword.DECISION_ANY
        && k != Keyword.FIRST_OF) {
      error(
          "empty-value", "'" + spelled + ":' has no value", "write the value after the colon", at);
      return;
    }
    switch (k) {
      case TYPE -> {
        comments.attach(anchorBase + 0);
        Optional<ActivityType> t = ActivityType.parse(value);
        if (t.isEmpty()) {
          List<String> known = new ArrayList<>();
          for (ActivityType a : ActivityType.values()) {
            known.add(a.word(Language.EN));
          }
          error(
              "unknown-type",
              "'" + Lines.abbreviate(value) + "' is not an activity type",
              Suggestions.hint(value, known, "docs/notation.md"),
              valueAt);
        } else {
          step.type = t.get();
        }
      }
      case SYSTEM -> addNames(step, step.systems, Part.SYSTEM, anchorBase, value, valueAt);
      case ACCOUNTABLE ->
          addNames(step, step.accountable, Part.ACCOUNTABLE, anchorBase, value, valueAt);
      case CONSULTED -> addNames(step, step.consulted, Part.CONSULTED, anchorBase, value, valueAt);
      case INFORMED -> addNames(step, step.informed, Part.INFORMED, anchorBase, value, valueAt);
      case STEP_DEPUTIES -> {
        if (!step.deputies.isEmpty()) {
          error(
              "duplicate-field",
              "step " + step.number + " lists its deputies twice",
              "write them on one line, in order: '" + spelled + ": Ekonomiassistent, Anna Berg'",
              at);
          return;
        }
        addNames(step, step.deputies, Part.DEPUTY, anchorBase, value, valueAt);
      }
      case INPUT -> addOne(step, step.inputs, Part.INPUT, anchorBase, value, valueAt);
      case OUTPUT -> addOne(step, step.outputs, Part.OUTPUT, anchorBase, value, valueAt);
      case NOTE -> {
        comments.attach(anchorBase + step.notes.size());
        step.notes.add(value);
      }
      case MESSAGE -> {
        comments.attach(anchorBase + step.messages.size());
        Message m = MessageLines.read(value, step.number, valueAt, context::problem);
        if (m != null) {
          step.messages.add(m);
        }
      }
      case CONTROL -> {
        comments.attach(anchorBase + step.controls.size());
        positions.put(step.number, Part.CONTROL, step.controls.size(), valueAt);
        step.controls.add(control(value));
      }
      case CALL -> {
        comments.attach(anchorBase + 0);
        if (step.call != null) {
          error(
              "duplicate-field",
              "step " + step.number + " calls two processes",
              "a step calls one process; split it into two steps",
              at);
        }
        step.call = value;
        positions.put(step.number, Part.CALL, 0, valueAt);
      }
      default -> {
        comments.attach("s:" + step.number + ":DECISION");
        if (step.decisionKind != null) {
          error(
              "duplicate-decision",
              "step " + step.number + " has two decisions",
              "split it into two steps",
              at);
          return;
        }
        step.decisionKind =
            k == Keyword.DECISION
                ? DecisionKind.EXCLUSIVE
                : k == Keyword.DECISION_ANY ? DecisionKind.INCLUSIVE : DecisionKind.EVENT_BASED;
        step.question = value;
        afterDecision = true;
      }
    }
  }

  private void addNames(
      StepDraft step,
      List<String> into,
      Part part,
      String anchorBase,
      String value,
      SourceLocation at) {
    comments.attach(anchorBase + into.size());
    int offset = 0;
    for (String raw : value.split(",")) {
      String name = raw.strip();
      int col = at.column() + offset + raw.indexOf(name);
      offset += raw.length() + 1;
      if (name.isEmpty()) {
        continue;
      }
      positions.put(step.number, part, into.size(), SourceLocation.of(file, at.line(), col));
      into.add(name);
    }
  }

  private void addOne(
      StepDraft step,
      List<String> into,
      Part part,
      String anchorBase,
      String value,
      SourceLocation at) {
    comments.attach(anchorBase + into.size());
    positions.put(step.number, part, into.size(), at);
    into.add(value);
  }

  private static ControlRef control(String value) {
    String v = value.strip();
    if (v.endsWith(")") && v.lastIndexOf('(') > 0) {
      int open = v.lastIndexOf('(');
      String name = v.substring(0, open).strip();
      List<String> reqs = new ArrayList<>();
      for (String r : v.substring(open + 1, v.length() - 1).split(",")) {
        if (!r.isBlank()) {
          reqs.add(r.strip());
        }
      }
      if (!name.isEmpty()) {
        return new ControlRef(name, reqs);
      }
    }
    return new ControlRef(v, List.of());
  }
}
