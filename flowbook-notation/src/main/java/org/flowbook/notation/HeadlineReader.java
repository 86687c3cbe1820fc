package org.flowbook.notation;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Language;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.WorkRange;

/**
 * Reads the line that starts a step after its number: the title, the performing role in {@code [
 * ]}, the times ({@code work 10 min, wait 1 d}) and a kind phrase ({@code parallel}, {@code join},
 * {@code start}, {@code event <trigger> [throw]}).
 */
final class HeadlineReader extends LineReader {
  private static final Pattern TIMES_START =
      Pattern.compile(
          "\\s(?=(?:work|arbete|wait|väntan)\\s+\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TWO_SPACES = Pattern.compile("\\s{2,}");
  private static final Pattern SEGMENT = Pattern.compile("\\S+(?:\\s\\S+)*");

  private final FlowReader flow;

  HeadlineReader(ParseContext context, FlowReader flow) {
    super(context);
    this.flow = flow;
  }

  void read(StepDraft step, String rest, int restCol, int lineNo) {
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
            "'" + Lines.abbreviate(s) + "' is not understood here",
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
            "expected 'work' or 'wait' before a duration, found '" + Lines.abbreviate(word) + "'",
            "write e.g. 'work 10 min, wait 2 d'",
            partAt);
      } else if (d.isEmpty()) {
        error(
            "bad-duration",
            "'" + Lines.abbreviate(value) + "' is not a duration",
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
          "'" + Lines.abbreviate(value) + "' is not a range of durations",
          "write the least and the most time with a dash: '" + word + " 10–30 min'",
          at);
      return;
    }
    Duration low = ends.get()[0];
    Duration high = ends.get()[1];
    if (high.compareTo(low) < 0) {
      error(
          "bad-range",
          "the range '" + Lines.abbreviate(value) + "' runs backwards",
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
        step.trigger = flow.trigger(words[1], at);
      }
    } else {
      step.kind = StepDraft.Kind.EVENT;
      countLanguage(Keyword.EVENT, words[0]);
      step.trigger = flow.trigger(words[1], at);
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
}
