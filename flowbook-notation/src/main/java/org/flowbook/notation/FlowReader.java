package org.flowbook.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Language;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;
import org.flowbook.notation.StepDraft.Boundary;
import org.flowbook.notation.StepDraft.Branch;
import org.flowbook.notation.StepDraft.Target;

/**
 * Reads where a step's flow goes: targets ({@code -> 4}, {@code -> end "Outcome"}), the branches of
 * a decision or a parallel split, boundary events ({@code on timer ...}) and event triggers.
 */
final class FlowReader extends LineReader {
  private static final Pattern PROBABILITY =
      Pattern.compile("\\((\\d{1,3}(?:[.,]\\d{1,4})?)\\s*%\\)\\s*$");
  private static final Pattern STEP_NUMBER = Pattern.compile("\\d{1,6}[a-z]?");
  private static final Pattern CONTINUE =
      Pattern.compile(
          "\\((continue|fortsätter)\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  FlowReader(ParseContext context) {
    super(context);
  }

  void readBranch(StepDraft step, String item, SourceLocation at, int itemCol) {
    comments.attach("s:" + step.number + ":b:" + step.branches.size());
    int arrow = item.lastIndexOf("->");
    String left = item.substring(0, arrow).strip();
    SourceLocation targetAt =
        SourceLocation.of(
            file, at.line(), itemCol + arrow + 2 + Lines.firstNonBlank(item.substring(arrow + 2)));
    Double probability = null;
    Matcher pm = PROBABILITY.matcher(left);
    if (pm.find()) {
      double pct = Double.parseDouble(pm.group(1).replace(',', '.'));
      if (pct > 100) {
        error(
            "bad-probability",
            "a branch cannot be taken in " + pm.group(1) + " % of cases",
            "a share is between 0 and 100 %",
            SourceLocation.of(file, at.line(), itemCol + pm.start()));
      } else {
        probability = pct / 100.0;
      }
      left = left.substring(0, pm.start()).strip();
    }
    Target target = target(item.substring(arrow + 2), targetAt);
    if (target == null) {
      return;
    }
    boolean isDefault = Keyword.OTHERWISE.matches(left);
    if (isDefault) {
      countLanguage(Keyword.OTHERWISE, left);
    }
    positions.put(step.number, Part.FLOW, step.branches.size(), target.at());
    step.branches.add(new Branch(left, probability, isDefault, target));
  }

  void readBoundary(StepDraft step, String content, SourceLocation at) {
    comments.attach("s:" + step.number + ":on:" + step.boundaries.size());
    String[] words = content.split("\\s+", 3);
    countLanguage(Keyword.ON, words[0]);
    EventTrigger trigger = EventTrigger.parse(words[1]).orElse(EventTrigger.NONE);
    String rest = words.length > 2 ? words[2] : "";
    String label = "";
    boolean interrupting = true;
    // Only a quoted text before the arrow is the event's label; after it, it names the end.
    int arrowAt = rest.indexOf("->");
    int q1 = rest.indexOf('"');
    int q2 = q1 >= 0 ? rest.indexOf('"', q1 + 1) : -1;
    if (q1 >= 0 && q2 > q1 && (arrowAt < 0 || q2 < arrowAt)) {
      label = rest.substring(q1 + 1, q2);
      rest = rest.substring(0, q1) + rest.substring(q2 + 1);
    }
    Matcher cont = CONTINUE.matcher(rest);
    if (cont.find()) {
      interrupting = false;
      rest = rest.substring(0, cont.start()) + rest.substring(cont.end());
    }
    Target target = null;
    int arrow = rest.indexOf("->");
    if (arrow >= 0) {
      target =
          target(
              rest.substring(arrow + 2),
              SourceLocation.of(file, at.line(), at.column() + content.indexOf("->") + 3));
      rest = rest.substring(0, arrow);
    }
    if (!rest.isBlank()) {
      error(
          "unexpected-text",
          "'" + Lines.abbreviate(rest.strip()) + "' is not understood in a boundary event",
          "write: on timer \"5 dagar utan svar\" -> 7",
          at);
    }
    step.boundaries.add(new Boundary(trigger, label, interrupting, target, at));
  }

  /** Reads a flow target: a step number, or {@code end ["name"] [trigger]}. */
  Target target(String text, SourceLocation at) {
    String t = text.strip();
    if (STEP_NUMBER.matcher(t).matches()) {
      return new Target(t, null, EventTrigger.NONE, at);
    }
    String[] parts = t.split("\\s+", 2);
    if (parts.length > 0 && Keyword.END.matches(parts[0])) {
      countLanguage(Keyword.END, parts[0]);
      String rest = parts.length > 1 ? parts[1].strip() : "";
      String name = "";
      if (rest.startsWith("\"")) {
        int close = rest.indexOf('"', 1);
        if (close < 0) {
          error(
              "unclosed-quote",
              "the outcome name has no closing quote",
              "write: -> end \"Beställning lagd\"",
              at);
          return null;
        }
        name = rest.substring(1, close).strip();
        rest = rest.substring(close + 1).strip();
      }
      EventTrigger trigger = EventTrigger.NONE;
      if (!rest.isEmpty()) {
        trigger = trigger(rest, at);
      }
      return new Target(null, name, trigger, at);
    }
    error(
        "bad-target",
        t.isEmpty()
            ? "the arrow points nowhere"
            : "'" + Lines.abbreviate(t) + "' is not a step number or an end",
        "write '-> 4' to go to step 4, or '-> end \"Outcome\"' to end the process",
        at);
    return null;
  }

  /** Reads an event trigger word; an unknown one is reported and read as none. */
  EventTrigger trigger(String word, SourceLocation at) {
    Optional<EventTrigger> t = EventTrigger.parse(word);
    if (t.isEmpty()) {
      List<String> known = new ArrayList<>();
      for (EventTrigger e : EventTrigger.values()) {
        known.add(e.word(Language.EN));
        known.add(e.word(Language.SV));
      }
      error(
          "unknown-trigger",
          "'" + Lines.abbreviate(word) + "' is not an event trigger",
          Suggestions.hint(word, known, "docs/notation.md"),
          at);
      return EventTrigger.NONE;
    }
    return t.get();
  }
}
