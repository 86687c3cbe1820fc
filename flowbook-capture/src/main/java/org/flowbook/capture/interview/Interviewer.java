package org.flowbook.capture.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowbook.model.Activity;
import org.flowbook.model.Decision;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Task;
import org.flowbook.notation.Durations;
import org.flowbook.output.LocaleFormat;
import org.flowbook.output.TextBundle;

/**
 * Draws up the interview about a process: for a documented one, the questions its documentation
 * does not answer yet (a fact already written is shown to be confirmed, never asked again), the
 * documentation check's findings and what an event log showed; for a process not written yet, the
 * questions that walk it from its start to its result.
 *
 * <p>Step questions follow what a manual needs of each step: who does it, what starts it, what is
 * needed, what comes out, how long it takes and waits, what can go wrong, RACI, rules,
 * instructions; decisions add their question and how the cases divide.
 */
public final class Interviewer {
  /** A step skipped in fewer of the cases than this is noise, not a question. */
  static final double SKIPPED_WORTH_ASKING = 0.02;

  /** Log activities matching no step: the most frequent ones are asked about, not a long tail. */
  static final int MAX_UNMATCHED = 8;

  static final int LINES_SHORT = 2;
  static final int LINES = 3;
  static final int LINES_LONG = 5;

  private final TextBundle texts;
  private final LocaleFormat format;

  private Interviewer(Language language) {
    this.texts = texts(language);
    this.format = LocaleFormat.of(language);
  }

  /** The texts of the guide in a language (headings for the printed form read them too). */
  public static TextBundle texts(Language language) {
    return TextBundle.of("org.flowbook.capture.interview.texts", language);
  }

  /**
   * The guide for a documented process.
   *
   * @param role narrows the steps to those this role does, is RACI in, or nobody is named for
   * @param findings the documentation check's findings on this process
   * @param log what an event log showed about it, when one was checked
   */
  public static InterviewGuide documented(
      Process process,
      Language language,
      Optional<String> role,
      List<Problem> findings,
      Optional<LogEvidence> log) {
    return new Interviewer(language).guide(process, role, findings, log);
  }

  /**
   * The guide for a process that is not written yet: the whole walk, step by step.
   *
   * @param declaredRoles the roles {@code organization.flow} declares, to ask which take part
   * @param stepPages how many blank step pages to print
   */
  public static InterviewGuide newProcess(
      String title, Language language, List<String> declaredRoles, int stepPages) {
    return new Interviewer(language).blank(title, declaredRoles, stepPages);
  }

  private InterviewGuide guide(
      Process p, Optional<String> role, List<Problem> findings, Optional<LogEvidence> log) {
    List<Topic> topics = new ArrayList<>();
    topics.add(whole(p));
    for (Step s : p.steps()) {
      if ((s instanceof Activity || s instanceof Decision) && concerns(s, role)) {
        topics.add(step(p, s));
      }
    }
    findings(p, findings, role).ifPresent(topics::add);
    log.flatMap(l -> logTopic(p, l, role)).ifPresent(topics::add);
    topics.add(closing());
    return new InterviewGuide(
        texts.language(),
        p.title(),
        p.id(),
        role,
        log.map(LogEvidence::source),
        topics.stream().filter(t -> !t.questions().isEmpty() || !t.known().isEmpty()).toList());
  }

  /** Whether a step is for the interviewed role: theirs, RACI, or nobody's yet. */
  private static boolean concerns(Step s, Optional<String> role) {
    if (role.isEmpty()) {
      return true;
    }
    String r = role.get();
    Task t = s.task();
    return t.performer().isEmpty()
        || t.performer().equalsIgnoreCase(r)
        || containsIgnoringCase(t.accountable(), r)
        || containsIgnoringCase(t.consulted(), r)
        || containsIgnoringCase(t.informed(), r);
  }

  private static boolean containsIgnoringCase(List<String> names, String name) {
    return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }

  private Topic whole(Process p) {
    List<Topic.Fact> known = new ArrayList<>();
    List<Question> qs = new ArrayList<>();
    ask(p.purpose(), "purpose", known, qs, LINES);
    ask(p.trigger(), "trigger", known, qs, LINES);
    ask(String.join("; ", p.outcomes()), "outcomes", known, qs, LINES);
    ask(p.scope(), "scope", known, qs, LINES);
    ask(p.owner(), "owner", known, qs, LINES_SHORT);
    if (p.casesPerMonth() == null) {
      qs.add(q("q.volume", LINES_SHORT));
    } else {
      known.add(fact("volume", texts.format("fact.perMonth", format.number(p.casesPerMonth(), 0))));
    }
    if (p.roles().isEmpty()) {
      qs.add(q("q.rolesNone", LINES));
    } else {
      qs.add(new Question(texts.format("q.roles", String.join(", ", p.roles())), "", LINES_SHORT));
    }
    // No documentation answers these two: they come from experience, so they are always asked.
    qs.add(q("q.exceptions", LINES_LONG));
    qs.add(q("q.worstDelay", LINES));
    return new Topic("", texts.get("guide.process"), known, qs);
  }

  /** Asks the question {@code q.KEY} when the text is empty, else shows it as fact {@code KEY}. */
  private void ask(String value, String key, List<Topic.Fact> known, List<Question> qs, int lines) {
    if (value == null || value.isBlank()) {
      qs.add(q("q." + key, lines));
    } else {
      known.add(fact(key, value.strip()));
    }
  }

  private Topic.Fact fact(String key, String value) {
    return new Topic.Fact(texts.get("fact." + key), value);
  }

  private Question q(String key, int lines) {
    return new Question(texts.get(key), "", lines);
  }

  private Topic step(Process p, Step s) {
    Task t = s.task();
    List<Topic.Fact> known = new ArrayList<>();
    List<Question> qs = new ArrayList<>();
    boolean decisionOnly = s instanceof Decision && !s.isWork();
    if (!decisionOnly) {
      if (t.performer().isEmpty()) {
        qs.add(q("q.who", LINES_SHORT));
      } else {
        known.add(fact("who", t.performer()));
      }
      if (handover(p, s)) {
        qs.add(q("q.starts", LINES_SHORT));
      }
      list(t.inputs(), "inputs", known, qs);
      list(t.systems(), "systems", known, qs);
      list(t.outputs(), "outputs", known, qs);
      if (t.workTime().isZero()) {
        qs.add(q("q.workTime", LINES_SHORT));
      } else {
        known.add(fact("work", duration(t)));
      }
      if (!t.waitTime().isZero()) {
        known.add(fact("wait", Durations.format(t.waitTime())));
      } else if (!firstStep(p, s)) {
        qs.add(q("q.waitTime", LINES_SHORT));
      }
      if (!(s instanceof Decision) && !leadsToDecision(p, s)) {
        qs.add(q("q.wrong", LINES));
      }
      if (t.accountable().isEmpty() && t.consulted().isEmpty() && t.informed().isEmpty()) {
        qs.add(q("q.raci", LINES));
      } else {
        raciKnown(t, known);
      }
      if (t.controls().isEmpty()) {
        qs.add(q("q.rules", LINES_SHORT));
      } else {
        known.add(
            fact(
                "controls",
                t.controls().stream().map(c -> c.name()).collect(Collectors.joining("; "))));
      }
      if (t.instructions().isEmpty()) {
        qs.add(q("q.instructions", LINES_LONG));
      } else {
        known.add(fact("instructions", String.join(" ", t.instructions())));
      }
    }
    if (s instanceof Decision d) {
      decision(p, d, known, qs);
    }
    String title = texts.format("guide.step", s.id()) + ": " + s.title();
    return new Topic(s.id(), title, known, qs);
  }

  private String duration(Task t) {
    if (t.workRange() != null) {
      return Durations.formatRange(t.workRange().low(), t.workRange().high(), texts.language());
    }
    return Durations.format(t.workTime());
  }

  private void raciKnown(Task t, List<Topic.Fact> known) {
    if (!t.accountable().isEmpty()) {
      known.add(fact("accountable", String.join(", ", t.accountable())));
    }
    if (!t.consulted().isEmpty()) {
      known.add(fact("consulted", String.join(", ", t.consulted())));
    }
    if (!t.informed().isEmpty()) {
      known.add(fact("informed", String.join(", ", t.informed())));
    }
  }

  private void list(List<String> values, String key, List<Topic.Fact> known, List<Question> qs) {
    if (values.isEmpty()) {
      qs.add(q("q." + key, LINES_SHORT));
    } else {
      known.add(fact(key, String.join(", ", values)));
    }
  }

  private void decision(Process p, Decision d, List<Topic.Fact> known, List<Question> qs) {
    List<Flow> ways = p.outgoing(d.id());
    if (!d.question().isEmpty()) {
      known.add(fact("question", d.question()));
    } else if (ways.size() < 2) {
      qs.add(q("q.question", LINES));
    }
    if (ways.size() < 2) {
      qs.add(q("q.branches", LINES));
      return;
    }
    List<String> labels = new ArrayList<>();
    boolean sharesMissing = false;
    for (Flow f : ways) {
      String label = f.label().isBlank() ? "→ " + target(p, f) : f.label();
      labels.add(label);
      if (f.probability() == null && !f.isDefault()) {
        sharesMissing = true;
      }
    }
    if (sharesMissing) {
      qs.add(new Question(texts.format("q.shares", String.join(" / ", labels)), "", LINES_SHORT));
    } else {
      String answers =
          ways.stream()
              .map(
                  f ->
                      (f.label().isBlank() ? "→ " + target(p, f) : f.label())
                          + (f.probability() == null
                              ? ""
                              : " (" + format.percent(f.probability()) + ")"))
              .collect(Collectors.joining("; "));
      known.add(fact("branches", answers));
    }
  }

  private static String target(Process p, Flow f) {
    return p.step(f.to()).map(Step::title).orElse(f.to());
  }

  /** Whether the work comes to this step from another role, who must somehow say so. */
  private static boolean handover(Process p, Step s) {
    String me = s.task().performer();
    for (Flow in : p.incoming(s.id())) {
      Optional<Step> from = p.step(in.from());
      if (from.isPresent()) {
        String before = from.get().task().performer();
        if (!before.isEmpty() && !before.equalsIgnoreCase(me)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean firstStep(Process p, Step s) {
    return p.incoming(s.id()).stream()
        .allMatch(f -> p.step(f.from()).map(Start.class::isInstance).orElse(false));
  }

  private static boolean leadsToDecision(Process p, Step s) {
    return p.outgoing(s.id()).stream()
        .anyMatch(f -> p.step(f.to()).map(Decision.class::isInstance).orElse(false));
  }

  private Optional<Topic> findings(Process p, List<Problem> findings, Optional<String> role) {
    List<Question> qs = new ArrayList<>();
    for (Problem f : findings) {
      if (f.step() != null && p.step(f.step()).map(s -> !concerns(s, role)).orElse(false)) {
        continue; // about a step of another role
      }
      String where =
          f.step() == null
              ? ""
              : p.step(f.step())
                  .map(s -> texts.format("guide.step", s.id()) + ": " + s.title())
                  .orElse("");
      qs.add(new Question(texts.format("q.finding", f.message()), where, LINES_SHORT));
    }
    return qs.isEmpty()
        ? Optional.empty()
        : Optional.of(new Topic("", texts.get("guide.findings"), List.of(), qs));
  }

  private Optional<Topic> logTopic(Process p, LogEvidence log, Optional<String> role) {
    Map<String, Step> steps =
        p.steps().stream().collect(Collectors.toMap(Step::id, Function.identity(), (a, b) -> a));
    List<Question> qs = new ArrayList<>();
    for (LogEvidence.StepCounts c : log.steps()) {
      Step s = steps.get(c.step());
      if (s == null || !concerns(s, role)) {
        continue;
      }
      if (c.done() == 0 && c.outOfOrder() == 0 && c.skipped() > 0) {
        qs.add(new Question(texts.format("q.notInLog", s.id(), s.title()), "", LINES_SHORT));
        continue;
      }
      if (c.skippedShare() >= SKIPPED_WORTH_ASKING) {
        qs.add(
            new Question(
                texts.format("q.skipped", s.id(), s.title(), format.percent(c.skippedShare())),
                "",
                LINES));
      }
      if (c.outOfOrder() > 0) {
        qs.add(
            new Question(
                texts.format(
                    "q.outOfPlace",
                    s.id(),
                    s.title(),
                    format.count(c.outOfOrder()),
                    c.outOfOrder()),
                "",
                LINES));
      }
    }
    log.unmatched().stream()
        .sorted((a, b) -> Long.compare(b.events(), a.events()))
        .limit(MAX_UNMATCHED)
        .forEach(
            u ->
                qs.add(
                    new Question(
                        texts.format(
                            "q.unmatched",
                            u.activity(),
                            format.count(u.events()),
                            format.count(u.cases()),
                            u.events()),
                        "",
                        LINES_SHORT)));
    return qs.isEmpty()
        ? Optional.empty()
        : Optional.of(new Topic("", texts.get("guide.log"), List.of(), qs));
  }

  private Topic closing() {
    return new Topic(
        "",
        texts.get("guide.close"),
        List.of(),
        List.of(q("q.close.missed", LINES), q("q.close.others", LINES_SHORT)));
  }

  private InterviewGuide blank(String title, List<String> declaredRoles, int stepPages) {
    List<Topic> topics = new ArrayList<>();
    List<Question> whole = new ArrayList<>();
    for (String key : List.of("q.purpose", "q.trigger", "q.outcomes", "q.scope", "q.owner")) {
      whole.add(q(key, key.equals("q.owner") ? LINES_SHORT : LINES));
    }
    whole.add(q("q.volume", LINES_SHORT));
    whole.add(
        declaredRoles.isEmpty()
            ? q("q.rolesNone", LINES)
            : new Question(
                texts.format("q.roles", String.join(", ", declaredRoles)), "", LINES_SHORT));
    whole.add(q("q.exceptions", LINES_LONG));
    whole.add(q("q.worstDelay", LINES));
    topics.add(new Topic("", texts.get("guide.process"), List.of(), whole));
    for (int i = 1; i <= stepPages; i++) {
      List<Question> qs = new ArrayList<>();
      for (String key :
          List.of(
              "q.new.what",
              "q.new.who",
              "q.new.time",
              "q.new.systems",
              "q.wrong",
              "q.new.decision",
              "q.rules",
              "q.new.next")) {
        qs.add(q(key, key.equals("q.new.what") || key.equals("q.wrong") ? LINES : LINES_SHORT));
      }
      topics.add(new Topic(String.valueOf(i), texts.format("guide.newStep", i), List.of(), qs));
    }
    topics.add(closing());
    return new InterviewGuide(
        texts.language(), title.strip(), "", Optional.empty(), Optional.empty(), topics);
  }
}
