package org.flowbook.notation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.ActivityType;
import org.flowbook.model.ControlRef;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Language;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.Message;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Status;
import org.flowbook.model.Suggestions;
import org.flowbook.model.WorkRange;
import org.flowbook.notation.StepDraft.Boundary;
import org.flowbook.notation.StepDraft.Branch;
import org.flowbook.notation.StepDraft.Target;

/**
 * Reads a {@code .flow} process file. Line-based and linear in the size of the input: it never
 * throws and never stops at the first problem, so a person sees every mistake at once.
 *
 * <p>The grammar is documented in {@code docs/notation.md}.
 */
public final class ProcessParser {
  private static final Pattern STEP_LINE = Pattern.compile("^(\\d{1,6}[a-z]?)\\.(?:\\s+(.*))?$");
  private static final Pattern TIMES_START =
      Pattern.compile(
          "\\s(?=(?:work|arbete|wait|väntan)\\s+\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROBABILITY =
      Pattern.compile("\\((\\d{1,3}(?:[.,]\\d{1,4})?)\\s*%\\)\\s*$");
  private static final Pattern TWO_SPACES = Pattern.compile("\\s{2,}");
  private static final Pattern SEGMENT = Pattern.compile("\\S+(?:\\s\\S+)*");
  private static final Pattern STEP_NUMBER = Pattern.compile("\\d{1,6}[a-z]?");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final Pattern VOLUME =
      Pattern.compile("(\\d{1,9}(?:[.,]\\d{1,4})?)\\s+(.+)", Pattern.UNICODE_CASE);

  private final SourceText src;
  private final String file;
  private final Language defaultLanguage;
  private final List<Problem> problems = new ArrayList<>();
  private final Comments.Collector comments = new Comments.Collector();
  private final Map<Keyword, String> header = new HashMap<>();
  private final List<String> outcomes = new ArrayList<>();
  private final List<Message> processMessages = new ArrayList<>();
  private final Set<Keyword> declared = EnumSet.noneOf(Keyword.class);
  private final List<StepDraft> steps = new ArrayList<>();
  private final Map<String, StepDraft> stepsByNumber = new HashMap<>();
  private final Positions positions;
  private int swedishWords;
  private int englishWords;
  private Keyword lastHeader;
  private SourceLocation processAt;

  // State of the step body being read.
  private boolean afterDecision;
  private int lastDashIndent = -1;

  /** Whether the lines that continue an instruction continue a "- " item (not plain text). */
  private boolean continuingDashItem;

  private ProcessParser(SourceText src, Language defaultLanguage) {
    this.src = src;
    this.file = src.file();
    this.defaultLanguage = defaultLanguage;
    this.positions = new Positions(SourceLocation.of(file, 1, 1));
  }

  /** Parses a file's bytes; see {@link #parse(SourceText, Language)}. */
  public static ProcessDocument parse(String file, byte[] bytes, Language defaultLanguage) {
    return parse(SourceText.decode(file, bytes), defaultLanguage);
  }

  public static ProcessDocument parse(String file, String text) {
    return parse(SourceText.decode(file, text.getBytes(StandardCharsets.UTF_8)), Language.EN);
  }

  /**
   * Parses a process file.
   *
   * @param defaultLanguage the language when the file neither declares one nor makes it clear by
   *     its keywords (usually the organization's)
   */
  public static ProcessDocument parse(SourceText src, Language defaultLanguage) {
    return new ProcessParser(src, defaultLanguage).run();
  }

  private ProcessDocument run() {
    problems.addAll(src.problems());
    if (!src.readable()) {
      return new ProcessDocument(null, Comments.none(), Set.of(), positions, problems, src);
    }
    if (src.isBlank()) {
      problems.add(
          Problem.error(
              "empty-file",
              "the file is empty",
              "start with 'process: <title>' and 'id: <id>', then numbered steps; see docs/notation.md",
              SourceLocation.of(file, 1, 1)));
      return new ProcessDocument(null, Comments.none(), Set.of(), positions, problems, src);
    }
    List<String> lines = src.lines();
    for (int i = 0; i < lines.size(); i++) {
      readLine(i + 1, lines.get(i));
    }
    Comments finished = comments.finish();
    var process = new ModelBuilder(this).build();
    return new ProcessDocument(process, finished, declared, positions, problems, src);
  }

  private void readLine(int lineNo, String line) {
    if (line.isBlank()) {
      return;
    }
    if (Lines.isComment(line)) {
      comments.add(line);
      return;
    }
    int indent = Lines.indent(line);
    int start = Lines.firstNonBlank(line);
    String content = line.substring(start).stripTrailing();
    SourceLocation at = SourceLocation.of(file, lineNo, start + 1);
    if (indent == 0) {
      Matcher m = STEP_LINE.matcher(content);
      if (m.matches()) {
        readStepLine(m, at, lineNo);
        return;
      }
      if (steps.isEmpty()) {
        readHeaderLine(content, at);
        return;
      }
      error(
          "unexpected-line",
          "this line is neither a numbered step nor part of one",
          "indent it to make it part of step "
              + current().number
              + ", or start a step with 'N. Title'",
          at);
      return;
    }
    if (steps.isEmpty()) {
      if (lastHeader != null && lastHeader != Keyword.OUTCOME) {
        header.merge(lastHeader, content, (a, b) -> a + " " + b);
      } else if (lastHeader == Keyword.OUTCOME && !outcomes.isEmpty()) {
        outcomes.set(outcomes.size() - 1, outcomes.get(outcomes.size() - 1) + " " + content);
      } else {
        error(
            "unexpected-indent",
            "an indented line before the first header field",
            "start the file with 'process: <title>'",
            at);
      }
      return;
    }
    readBodyLine(content, indent, at);
  }

  // ---- header ----------------------------------------------------------------------------

  private void readHeaderLine(String content, SourceLocation at) {
    String[] kv = Lines.keyValue(content);
    if (kv == null) {
      error(
          "unexpected-line",
          "expected a header field such as 'owner: Ekonomichef' or a numbered step",
          "header lines are 'key: value'; steps start with a number and a dot, e.g. '1. Fyll i anmodan'",
          at);
      return;
    }
    Optional<Keyword> key = Keyword.find(Keyword.Area.HEADER, kv[0]);
    if (key.isEmpty()) {
      error(
          "unknown-field",
          "unknown header field '" + kv[0] + "'",
          Suggestions.hint(kv[0], Keyword.spellings(Keyword.Area.HEADER), "docs/notation.md"),
          at);
      lastHeader = null;
      return;
    }
    Keyword k = key.get();
    countLanguage(k, kv[0]);
    if (k != Keyword.PROCESS_MESSAGE) {
      comments.attach("h:" + k.name() + (k == Keyword.OUTCOME ? ":" + outcomes.size() : ""));
    }
    lastHeader = k;
    declared.add(k);
    SourceLocation valueAt =
        SourceLocation.of(file, at.line(), at.column() + content.indexOf(':') + 2);
    if (k == Keyword.OUTCOME) {
      outcomes.add(kv[1]);
      return;
    }
    if (k == Keyword.PROCESS_MESSAGE) {
      // One line each, repeatable; an indented line after it is not a continuation.
      lastHeader = null;
      comments.attach("h:" + k.name() + ":" + processMessages.size());
      Message m = MessageLines.read(kv[1], "", valueAt, problems::add);
      if (m != null) {
        processMessages.add(m);
      }
      return;
    }
    if (header.containsKey(k)) {
      error(
          "duplicate-field", "header field '" + kv[0] + "' is given twice", "keep one of them", at);
      return;
    }
    if (k == Keyword.PROCESS) {
      processAt = at;
    }
    header.put(k, kv[1]);
    positions.put(headerKey(k), Part.HEADER, 0, valueAt);
  }

  static String headerKey(Keyword k) {
    return switch (k) {
      case OWNER -> "owner";
      case PART_OF -> "part of";
      default -> k.name().toLowerCase(Locale.ROOT);
    };
  }

  // ---- step lines -------------------------------------------------------------------------

  private void readStepLine(Matcher m, SourceLocation at, int lineNo) {
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
    stepsByNumber.put(number, step);
    positions.put(number, Part.STEP, 0, at);
    String rest = m.group(2) == null ? "" : m.group(2);
    int restCol = m.group(2) == null ? at.column() : m.start(2) + 1;
    readStepHeadline(step, rest, restCol, lineNo);
  }

  private void readStepHeadline(StepDraft step, String rest, int restCol, int lineNo) {
    String title;
    String after;
    int afterCol;
    int open = rest.indexOf('[');
    int close = open >= 0 ? rest.indexOf(']', open) : -1;
    if (open >= 0 && close > open) {
      title = rest.substring(0, open).strip();
      step.performer = rest.substring(open + 1, close).strip();
      positions.put(
          step.number, Part.PERFORMER, 0, SourceLocation.of(file, lineNo, restCol + open + 1));
      if (step.performer.isEmpty()) {
        error(
            "empty-role",
            "the role in [ ] is empty",
            "write the performing role, e.g. [Inköpare]",
            SourceLocation.of(file, lineNo, restCol + open));
      }
      after = rest.substring(close + 1);
      afterCol = restCol + close + 1;
    } else {
      int cut = segmentBoundary(rest);
      title = rest.substring(0, cut).strip();
      after = rest.substring(cut);
      afterCol = restCol + cut;
      if (open >= 0) {
        error(
            "unclosed-role",
            "the role has no closing ']'",
            "write the role as [Role]",
            SourceLocation.of(file, lineNo, restCol + open));
      }
    }
    if (open < 0 && isKindPhrase(title)) {
      after = title + "  " + after;
      afterCol = restCol;
      title = "";
    }
    step.title = title;
    readSegments(step, after, afterCol, lineNo);
    if (title.isEmpty() && step.kind == StepDraft.Kind.WORK) {
      error(
          "missing-title",
          "step " + step.number + " has no title",
          "say what is done, starting with a verb: '" + step.number + ". Granska anmodan'",
          step.at);
    }
  }

  private static int segmentBoundary(String rest) {
    int best = rest.length();
    Matcher two = TWO_SPACES.matcher(rest);
    if (two.find()) {
      best = two.start();
    }
    Matcher times = TIMES_START.matcher(rest);
    if (times.find() && times.start() < best) {
      best = times.start();
    }
    return best;
  }

  /**
   * Whether the text is exactly a kind phrase: {@code parallel}, {@code join}, {@code start
   * [trigger]} or {@code event <trigger> [throw]} (strict, so that a title such as "Start the
   * machine" stays a title).
   */
  private static boolean isKindPhrase(String text) {
    String[] w = text.strip().split("\\s+");
    if (w.length == 1 && (Keyword.PARALLEL.matches(w[0]) || Keyword.JOIN.matches(w[0]))) {
      return true;
    }
    if (Keyword.START.matches(w[0])) {
      return w.length == 1 || (w.length == 2 && EventTrigger.parse(w[1]).isPresent());
    }
    if (Keyword.EVENT.matches(w[0]) && w.length >= 2 && w.length <= 3) {
      return EventTrigger.parse(w[1]).isPresent() && (w.length == 2 || Keyword.THROW.matches(w[2]));
    }
    return false;
  }

  private void readSegments(StepDraft step, String after, int afterCol, int lineNo) {
    Matcher seg = SEGMENT.matcher(after);
    while (seg.find()) {
      String s = seg.group();
      SourceLocation at = SourceLocation.of(file, lineNo, afterCol + seg.start());
      String[] words = s.split("[\\s,]+");
      String first = words.length == 0 ? "" : words[0];
      if (Keyword.WORK.matches(first) || Keyword.WAIT.matches(first)) {
        readTimes(step, s, at);
      } else if (isKindPhrase(s)) {
        readKind(step, s, at);
      } else {
        error(
            "unexpected-text",
            "'" + abbreviate(s) + "' is not understood here",
            "after the title come the role in [ ], then times such as 'work 10 min, wait 1 d'",
            at);
      }
    }
  }

  private void readTimes(StepDraft step, String text, SourceLocation at) {
    int col = at.column();
    for (String part : text.split(",")) {
      String p = part.strip();
      int space = p.indexOf(' ');
      String word = space < 0 ? p : p.substring(0, space);
      String value = space < 0 ? "" : p.substring(space + 1);
      SourceLocation partAt = SourceLocation.of(file, at.line(), col + part.indexOf(p));
      boolean isWork = Keyword.WORK.matches(word);
      Optional<Duration> d = Durations.parse(value);
      if (d.isEmpty() && Durations.isRange(value) && (isWork || Keyword.WAIT.matches(word))) {
        readRange(step, isWork, word, value, partAt);
      } else if (!isWork && !Keyword.WAIT.matches(word)) {
        error(
            "unexpected-text",
            "expected 'work' or 'wait' before a duration, found '" + abbreviate(word) + "'",
            "write e.g. 'work 10 min, wait 2 d'",
            partAt);
      } else if (d.isEmpty()) {
        error(
            "bad-duration",
            "'" + abbreviate(value) + "' is not a duration",
            "use a number and a unit: 15 min, 2 h, 1,5 h, 3 d, 1 w",
            partAt);
      } else {
        countLanguage(isWork ? Keyword.WORK : Keyword.WAIT, word);
        if (isWork) {
          step.work = d.get();
          step.workRange = null;
        } else {
          step.waitTime = d.get();
        }
      }
      col += part.length() + 1;
    }
  }

  /** A work time written as a range, {@code arbete 10–30 min} (decision 0701). */
  private void readRange(
      StepDraft step, boolean isWork, String word, String value, SourceLocation at) {
    if (!isWork) {
      error(
          "bad-duration",
          "a wait time is one duration, not a range",
          "write the usual wait, e.g. '" + word + " 2 d'; only work time may be a range",
          at);
      return;
    }
    Optional<Duration[]> ends = Durations.parseRange(value);
    if (ends.isEmpty()) {
      error(
          "bad-duration",
          "'" + abbreviate(value) + "' is not a range of durations",
          "write the least and the most time with a dash: '" + word + " 10–30 min'",
          at);
      return;
    }
    Duration low = ends.get()[0];
    Duration high = ends.get()[1];
    if (high.compareTo(low) < 0) {
      error(
          "bad-range",
          "the range '" + abbreviate(value) + "' runs backwards",
          "write the smaller time first: '"
              + word
              + " "
              + Durations.formatRange(high, low, Keyword.WORK.languageOf(word).orElse(Language.EN))
              + "'",
          at);
      return;
    }
    countLanguage(Keyword.WORK, word);
    step.workRange = new WorkRange(low, high);
    step.work = step.workRange.mean();
  }

  private void readKind(StepDraft step, String text, SourceLocation at) {
    String[] words = text.strip().split("\\s+");
    if (Keyword.PARALLEL.matches(words[0])) {
      step.kind = StepDraft.Kind.PARALLEL;
      countLanguage(Keyword.PARALLEL, words[0]);
    } else if (Keyword.JOIN.matches(words[0])) {
      step.kind = StepDraft.Kind.JOIN;
      countLanguage(Keyword.JOIN, words[0]);
    } else if (Keyword.START.matches(words[0])) {
      step.kind = StepDraft.Kind.START;
      if (words.length > 1) {
        step.trigger = trigger(words[1], at);
      }
    } else {
      step.kind = StepDraft.Kind.EVENT;
      countLanguage(Keyword.EVENT, words[0]);
      step.trigger = trigger(words[1], at);
      if (words.length > 2 && Keyword.THROW.matches(words[2])) {
        step.throwing = true;
      } else if (words.length > 2) {
        error(
            "unexpected-text",
            "'" + words[2] + "' is not understood after the event trigger",
            "write 'event message throw' for an event that sends",
            at);
      }
    }
  }

  private EventTrigger trigger(String word, SourceLocation at) {
    Optional<EventTrigger> t = EventTrigger.parse(word);
    if (t.isEmpty()) {
      List<String> known = new ArrayList<>();
      for (EventTrigger e : EventTrigger.values()) {
        known.add(e.word(Language.EN));
        known.add(e.word(Language.SV));
      }
      error(
          "unknown-trigger",
          "'" + abbreviate(word) + "' is not an event trigger",
          Suggestions.hint(word, known, "docs/notation.md"),
          at);
      return EventTrigger.NONE;
    }
    return t.get();
  }

  // ---- step bodies ------------------------------------------------------------------------

  private StepDraft current() {
    return steps.get(steps.size() - 1);
  }

  private void readBodyLine(String content, int indent, SourceLocation at) {
    StepDraft step = current();
    if (content.startsWith("->")) {
      comments.attach("s:" + step.number + ":jump");
      String targets = content.substring(2);
      int offset = 0;
      for (String t : splitOutsideQuotes(targets)) {
        int col = at.column() + 2 + offset + Lines.firstNonBlank(t);
        offset += t.length() + 1;
        Target target = target(t, SourceLocation.of(file, at.line(), col));
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
        readBranch(step, item, at, itemCol);
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
      readBoundary(step, content, at);
      return;
    }
    String[] kv = Lines.keyValue(content);
    if (kv != null) {
      Optional<Keyword> key = Keyword.find(Keyword.Area.STEP, kv[0]);
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
    problems.add(
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
              "'" + abbreviate(value) + "' is not an activity type",
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
        Message m = MessageLines.read(value, step.number, valueAt, p -> problems.add(p));
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

  private void readBranch(StepDraft step, String item, SourceLocation at, int itemCol) {
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

  private void readBoundary(StepDraft step, String content, SourceLocation at) {
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
    Matcher cont =
        Pattern.compile(
                "\\((continue|fortsätter)\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(rest);
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
          "'" + abbreviate(rest.strip()) + "' is not understood in a boundary event",
          "write: on timer \"5 dagar utan svar\" -> 7",
          at);
    }
    step.boundaries.add(new Boundary(trigger, label, interrupting, target, at));
  }

  /** Reads a flow target: a step number, or {@code end ["name"] [trigger]}. */
  private Target target(String text, SourceLocation at) {
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
            : "'" + abbreviate(t) + "' is not a step number or an end",
        "write '-> 4' to go to step 4, or '-> end \"Outcome\"' to end the process",
        at);
    return null;
  }

  // ---- shared -----------------------------------------------------------------------------

  private void countLanguage(Keyword k, String spelled) {
    k.languageOf(spelled)
        .ifPresent(
            l -> {
              if (l == Language.SV) {
                swedishWords++;
              } else {
                englishWords++;
              }
            });
  }

  void error(String code, String message, String hint, SourceLocation at) {
    Problem p = Problem.error(code, message, hint, at);
    problems.add(steps.isEmpty() ? p : p.withStep(current().number));
  }

  void problem(Problem p) {
    problems.add(p);
  }

  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "…" : s;
  }

  // ---- what the model builder reads ------------------------------------------------------

  String file() {
    return file;
  }

  List<StepDraft> steps() {
    return steps;
  }

  Map<Keyword, String> header() {
    return header;
  }

  List<String> outcomes() {
    return outcomes;
  }

  /** The messages of the process as a whole (header lines), in file order. */
  List<Message> processMessages() {
    return processMessages;
  }

  Positions positions() {
    return positions;
  }

  SourceLocation processAt() {
    return processAt == null ? SourceLocation.of(file, 1, 1) : processAt;
  }

  Language language() {
    String declaredLanguage = header.get(Keyword.LANGUAGE);
    if (declaredLanguage != null) {
      Optional<Language> l = Language.fromCode(declaredLanguage);
      if (l.isPresent()) {
        return l.get();
      }
      error(
          "bad-language",
          "unknown language '" + abbreviate(declaredLanguage) + "'",
          "write 'sv' or 'en'",
          positions.locate("language", Part.HEADER, 0));
    }
    if (swedishWords != englishWords) {
      return swedishWords > englishWords ? Language.SV : Language.EN;
    }
    return defaultLanguage;
  }

  Status status() {
    String s = header.get(Keyword.STATUS);
    if (s == null) {
      return Status.DRAFT;
    }
    return Status.parse(s)
        .orElseGet(
            () -> {
              error(
                  "bad-status",
                  "unknown status '" + abbreviate(s) + "'",
                  "write draft, in review, published or archived (utkast, granskas, publicerad, arkiverad)",
                  positions.locate("status", Part.HEADER, 0));
              return Status.DRAFT;
            });
  }

  LocalDate review() {
    String s = header.get(Keyword.REVIEW);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      error(
          "bad-date",
          "'" + abbreviate(s) + "' is not a date",
          "write the date as YYYY-MM-DD, e.g. 2027-03-01",
          positions.locate("review", Part.HEADER, 0));
      return null;
    }
  }

  Double volume() {
    String s = header.get(Keyword.VOLUME);
    if (s == null) {
      return null;
    }
    Matcher m = VOLUME.matcher(s.strip());
    if (m.matches()) {
      double n = Double.parseDouble(m.group(1).replace(',', '.'));
      String unit = m.group(2);
      if (Keyword.PER_MONTH.matches(unit)) {
        return n;
      }
      if (Keyword.PER_YEAR.matches(unit)) {
        return n / 12;
      }
      if (Keyword.PER_WEEK.matches(unit)) {
        return n * 52 / 12;
      }
      if (Keyword.PER_DAY.matches(unit)) {
        return n * 21;
      }
    }
    error(
        "bad-volume",
        "'" + abbreviate(s) + "' is not a volume",
        "write e.g. '120 per month' (per månad, per vecka, per år, per dag)",
        positions.locate("volume", Part.HEADER, 0));
    return null;
  }

  String id() {
    String id = header.get(Keyword.ID);
    if (id == null) {
      String name = file.replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.flow$", "");
      return Slugs.of(name);
    }
    if (!ID.matcher(id).matches()) {
      error(
          "bad-id",
          "'" + abbreviate(id) + "' is not a valid process id",
          "use lower-case letters, digits and dashes, e.g. '" + Slugs.of(id) + "'",
          positions.locate("id", Part.HEADER, 0));
      return Slugs.of(id);
    }
    return id;
  }
}
