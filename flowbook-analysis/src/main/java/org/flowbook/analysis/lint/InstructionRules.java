package org.flowbook.analysis.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbook.analysis.readability.LeadingVerb;
import org.flowbook.analysis.readability.PassiveVoice;
import org.flowbook.analysis.readability.Readability;
import org.flowbook.analysis.readability.VaguePhrases;
import org.flowbook.analysis.readability.Words;
import org.flowbook.model.Language;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Severity;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Step;

/** Whether the instructions can be followed by someone new to the job. */
final class InstructionRules {
  private InstructionRules() {}

  static List<Rule> all() {
    return List.of(
        new HardToRead(),
        new LongSentence(),
        new Passive(),
        new Vague(),
        new NoLeadingVerb(),
        new TooManyTasks());
  }

  /** A rule looking at each instruction of each step on its own. */
  abstract static class PerInstruction extends AbstractRule {
    PerInstruction(String code, Severity severity) {
      super(code, severity);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      List<Problem> out = new ArrayList<>();
      for (Step s : p.steps()) {
        List<String> lines = s.task().instructions();
        for (int i = 0; i < lines.size(); i++) {
          Problem problem =
              check(p, s, lines.get(i), p.language(), c, c.instructions().locate(p, s.id(), i));
          if (problem != null) {
            out.add(problem);
          }
        }
      }
      return out;
    }

    /** The finding for one instruction, or null when it is fine (private to the rule loop). */
    abstract Problem check(
        Process p, Step s, String text, Language lang, LintContext c, SourceLocation at);

    /** The finding with the rule's message (filled with {@code args}) and its hint. */
    Problem problem(LintContext c, SourceLocation at, Step s, Object... args) {
      return finding(c, at, s.id(), args);
    }
  }

  static String quote(String text) {
    return "'" + (text.length() > 60 ? text.substring(0, 57) + "…" : text) + "'";
  }

  /** Instructions of a step that score as hard to read (LIX or Flesch). */
  static final class HardToRead extends AbstractRule {
    HardToRead() {
      super("hard-to-read", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      List<Problem> out = new ArrayList<>();
      LintSettings t = c.settings();
      for (Step s : p.steps()) {
        String text = String.join(" ", s.task().instructions());
        Readability r = Readability.of(text, p.language());
        if (r.words() < t.minReadabilityWords()) {
          continue;
        }
        boolean hard = r.lix() ? r.score() > t.maxLix() : r.score() < t.minFlesch();
        if (hard) {
          String score = String.format(Locale.ROOT, "%s %.0f", r.measure(), r.score());
          String limit =
              r.lix()
                  ? c.text(code() + ".atMost", String.format(Locale.ROOT, "%.0f", t.maxLix()))
                  : c.text(code() + ".atLeast", String.format(Locale.ROOT, "%.0f", t.minFlesch()));
          out.add(
              finding(
                  c,
                  c.instructions().locate(p, s.id(), 0),
                  s.id(),
                  new Object[] {s.id(), score, limit}));
        }
      }
      return out;
    }
  }

  static final class LongSentence extends PerInstruction {
    LongSentence() {
      super("long-sentence", Severity.WARNING);
    }

    @Override
    Problem check(Process p, Step s, String text, Language lang, LintContext c, SourceLocation at) {
      int limit = c.settings().maxSentenceWords();
      for (String sentence : Words.sentences(text)) {
        int n = Words.of(sentence).size();
        if (n > limit) {
          return problem(c, at, s, s.id(), n, limit, quote(sentence));
        }
      }
      return null;
    }
  }

  static final class Passive extends PerInstruction {
    Passive() {
      super("passive-voice", Severity.INFO);
    }

    @Override
    Problem check(Process p, Step s, String text, Language lang, LintContext c, SourceLocation at) {
      return PassiveVoice.find(text, lang)
          .map(phrase -> problem(c, at, s, s.id(), phrase))
          .orElse(null);
    }
  }

  static final class Vague extends PerInstruction {
    Vague() {
      super("vague-phrase", Severity.WARNING);
    }

    @Override
    Problem check(Process p, Step s, String text, Language lang, LintContext c, SourceLocation at) {
      return VaguePhrases.find(text, lang)
          .map(phrase -> problem(c, at, s, s.id(), phrase))
          .orElse(null);
    }
  }

  static final class NoLeadingVerb extends PerInstruction {
    NoLeadingVerb() {
      super("no-leading-verb", Severity.INFO);
    }

    @Override
    Problem check(Process p, Step s, String text, Language lang, LintContext c, SourceLocation at) {
      if (LeadingVerb.startsWithVerb(text, lang)) {
        return null;
      }
      return problem(c, at, s, quote(text), s.id());
    }
  }

  static final class TooManyTasks extends AbstractRule {
    TooManyTasks() {
      super("too-many-tasks", Severity.WARNING);
    }

    @Override
    public List<Problem> check(Process p, LintContext c) {
      List<Problem> out = new ArrayList<>();
      int limit = c.settings().maxInstructions();
      for (Step s : p.steps()) {
        int n = s.task().instructions().size();
        if (n > limit) {
          out.add(
              finding(
                  c,
                  c.at(p, s.id(), Part.STEP, 0),
                  s.id(),
                  new Object[] {s.id(), s.title(), n, limit}));
        }
      }
      return out;
    }
  }
}
