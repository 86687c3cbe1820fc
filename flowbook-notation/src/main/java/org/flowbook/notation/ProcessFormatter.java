package org.flowbook.notation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flowbook.model.Activity;
import org.flowbook.model.ActivityType;
import org.flowbook.model.Call;
import org.flowbook.model.ControlRef;
import org.flowbook.model.Decision;
import org.flowbook.model.DecisionKind;
import org.flowbook.model.End;
import org.flowbook.model.Event;
import org.flowbook.model.EventTrigger;
import org.flowbook.model.Flow;
import org.flowbook.model.Language;
import org.flowbook.model.Message;
import org.flowbook.model.Parallel;
import org.flowbook.model.Process;
import org.flowbook.model.ProcessIndex;
import org.flowbook.model.Start;
import org.flowbook.model.Status;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * Writes a process in the one canonical form of the notation: keywords in the process's language,
 * header fields in a fixed order, steps numbered and separated by a blank line, step details in a
 * fixed order, comments back where they were. {@code format(parse(text))} is a fixed point. Steps
 * whose ids are not step numbers (e.g. imported from BPMN) are renumbered.
 */
public final class ProcessFormatter {
  private static final Pattern STEP_NUMBER = Pattern.compile("\\d{1,6}[a-z]?");
  private static final String BODY = "   ";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String BRANCH = "     ";

  private final Process p;
  private final ProcessIndex index;
  private final Comments comments;
  private final Set<Keyword> declared;
  private final Language lang;
  private final StringBuilder out = new StringBuilder();
  private final Set<String> used = new HashSet<>();
  private final Map<String, String> numbers = new HashMap<>();
  private final List<Step> numbered = new ArrayList<>();
  private Start implicitStart;
  private boolean renumbered;
  private int nextFreeNumber;

  private ProcessFormatter(Process p, Comments comments, Set<Keyword> declared) {
    this.p = p;
    this.index = ProcessIndex.of(p);
    this.comments = comments;
    this.declared = declared;
    this.lang = p.language();
  }

  public static String format(ProcessDocument doc) {
    return new ProcessFormatter(doc.process(), doc.comments(), doc.declared()).run();
  }

  /** Formats a model that did not come from a file (no comments), e.g. a BPMN import. */
  public static String format(Process process) {
    return new ProcessFormatter(process, Comments.none(), Set.of()).run();
  }

  /**
   * The numbers the steps of a process get when it is written: model step id to step number, for
   * every step written as a numbered line (not the implicit start, ends or boundary events). A
   * message that names a step of another process must name it by this number.
   */
  public static Map<String, String> stepNumbers(Process process) {
    ProcessFormatter f = new ProcessFormatter(process, Comments.none(), Set.of());
    f.planNumbers();
    return Map.copyOf(f.numbers);
  }

  private String run() {
    planNumbers();
    writeHeader();
    for (int i = 0; i < numbered.size(); i++) {
      out.append('\n');
      writeStep(numbered.get(i), i + 1 < numbered.size() ? numbered.get(i + 1) : null);
    }
    Set<String> leftover = new LinkedHashSet<>(comments.all().keySet());
    leftover.removeAll(used);
    leftover.remove(Comments.END_OF_FILE);
    List<String> tail = new ArrayList<>();
    for (String anchor : leftover) {
      tail.addAll(comments.at(anchor));
    }
    tail.addAll(comments.at(Comments.END_OF_FILE));
    if (!tail.isEmpty()) {
      out.append('\n');
      for (String c : tail) {
        out.append(c).append('\n');
      }
    }
    return out.toString();
  }

  private void planNumbers() {
    List<Step> candidates = new ArrayList<>();
    for (Step s : p.steps()) {
      if (s instanceof End || (s instanceof Event e && e.isBoundary())) {
        continue;
      }
      candidates.add(s);
    }
    if (!candidates.isEmpty()
        && candidates.get(0) instanceof Start s
        && isImplicit(s, candidates)) {
      implicitStart = s;
      candidates.remove(0);
    }
    numbered.addAll(candidates);
    boolean keep =
        candidates.stream().allMatch(s -> STEP_NUMBER.matcher(s.id()).matches())
            && candidates.stream().map(Step::id).distinct().count() == candidates.size();
    renumbered = !keep;
    int n = 1;
    for (Step s : candidates) {
      numbers.put(s.id(), keep ? s.id() : String.valueOf(n++));
    }
    nextFreeNumber = n;
  }

  private boolean isImplicit(Start s, List<Step> candidates) {
    long starts = p.steps().stream().filter(Start.class::isInstance).count();
    List<Flow> outs = index.outgoing(s.id());
    return starts == 1
        && s.id().equals(ModelBuilder.START_ID)
        && s.trigger() == EventTrigger.NONE
        && (s.title().isBlank() || clean(s.title()).equals(clean(p.trigger())))
        && candidates.size() > 1
        && outs.size() == 1
        && outs.get(0).to().equals(candidates.get(1).id())
        && outs.get(0).label().isEmpty();
  }

  // ---- header -------------------------------------------------------------------------------

  private void writeHeader() {
    header(Keyword.PROCESS, p.title());
    header(Keyword.ID, p.id());
    header(Keyword.OWNER, p.owner());
    header(Keyword.PURPOSE, p.purpose());
    header(Keyword.SCOPE, p.scope());
    header(Keyword.TRIGGER, p.trigger());
    for (int i = 0; i < p.outcomes().size(); i++) {
      comment("h:OUTCOME:" + i, "");
      line("", Keyword.OUTCOME.word(lang) + ": " + clean(p.outcomes().get(i)));
    }
    header(Keyword.PART_OF, p.group());
    header(Keyword.REVIEW, p.review() == null ? "" : p.review().toString());
    header(Keyword.LANGUAGE, lang.code());
    if (p.status() != Status.DRAFT || declared.contains(Keyword.STATUS)) {
      header(Keyword.STATUS, p.status().word(lang));
    }
    header(Keyword.VERSION, p.version());
    if (p.casesPerMonth() != null) {
      header(Keyword.VOLUME, volume(p.casesPerMonth()));
    }
    p.chosenDirection().ifPresent(d -> header(Keyword.DIRECTION, d.word(lang)));
    int i = 0;
    for (Message m : p.messages()) {
      // The process's own messages, and any of a step that has no number to stand under.
      if (!numbers.containsKey(m.step())) {
        comment("h:" + Keyword.PROCESS_MESSAGE.name() + ":" + i++, "");
        line("", Keyword.PROCESS_MESSAGE.word(lang) + ": " + MessageLines.write(m, partnerStep(m)));
      }
    }
    for (int r = 0; r < p.risks().size(); r++) {
      comment("h:" + Keyword.PROCESS_RISK.name() + ":" + r, "");
      RiskWriter.lines(p.risks().get(r), Keyword.PROCESS_RISK, lang, "").forEach(l -> line("", l));
    }
  }

  /** The partner's step as written in its own file: the caller gives the written numbers. */
  private static String partnerStep(Message m) {
    return m.partner().step();
  }

  private void header(Keyword k, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    comment("h:" + k.name(), "");
    line("", k.word(lang) + ": " + clean(value));
  }

  // ---- steps --------------------------------------------------------------------------------

  private void writeStep(Step s, Step next) {
    String n = numbers.get(s.id());
    comment("s:" + s.id(), "");
    StringBuilder head = new StringBuilder(n).append('.');
    String title = title(s);
    if (!title.isEmpty()) {
      head.append(' ').append(title);
    }
    Task t = s.task();
    if (t.hasPerformer()) {
      head.append("   [").append(clean(t.performer()).replace("]", ")")).append(']');
    }
    List<String> times = new ArrayList<>();
    if (t.hasWorkRange()) {
      times.add(
          Keyword.WORK.word(lang)
              + " "
              + Durations.formatRange(t.workRange().low(), t.workRange().high(), lang));
    } else if (!t.workTime().isZero()) {
      times.add(Keyword.WORK.word(lang) + " " + Durations.format(t.workTime()));
    }
    if (!t.waitTime().isZero()) {
      times.add(Keyword.WAIT.word(lang) + " " + Durations.format(t.waitTime()));
    }
    if (!times.isEmpty()) {
      head.append("   ").append(String.join(", ", times));
    }
    String kind = kindPhrase(s);
    if (!kind.isEmpty()) {
      head.append(title.isEmpty() ? " " : "   ").append(kind);
    }
    line("", head.toString());
    writeBody(s, t);
    writeOutgoing(s, next);
    List<Event> boundaries = index.boundaryEvents(s.id());
    for (int i = 0; i < boundaries.size(); i++) {
      writeBoundary(s, boundaries.get(i), i);
    }
  }

  private String title(Step s) {
    String t = clean(s.title()).replace('[', '(').replace(']', ')');
    if (s instanceof Parallel || s instanceof Event || s instanceof Start) {
      return t;
    }
    return t.isEmpty() ? "?" : t;
  }

  private String kindPhrase(Step s) {
    if (s instanceof Parallel) {
      return index.outgoing(s.id()).size() > 1
          ? Keyword.PARALLEL.word(lang)
          : Keyword.JOIN.word(lang);
    }
    if (s instanceof Event e) {
      return Keyword.EVENT.word(lang)
          + " "
          + e.trigger().word(lang)
          + (e.throwing() ? " " + Keyword.THROW.word(lang) : "");
    }
    if (s instanceof Start st) {
      return Keyword.START.word(lang)
          + (st.trigger() == EventTrigger.NONE ? "" : " " + st.trigger().word(lang));
    }
    return "";
  }

  private void writeBody(Step s, Task t) {
    String id = s.id();
    if (s instanceof Activity a && a.type() != ActivityType.TASK) {
      attribute(id, Keyword.TYPE, 0, a.type().word(Language.EN));
    }
    for (int i = 0; i < t.instructions().size(); i++) {
      String text = clean(t.instructions().get(i));
      if (!text.isEmpty()) {
        comment("s:" + id + ":i:" + i, BODY);
        line(BODY, "- " + text);
      }
    }
    list(id, Keyword.SYSTEM, t.systems());
    list(id, Keyword.INPUT, t.inputs());
    list(id, Keyword.OUTPUT, t.outputs());
    list(id, Keyword.ACCOUNTABLE, t.accountable());
    list(id, Keyword.CONSULTED, t.consulted());
    list(id, Keyword.INFORMED, t.informed());
    if (!t.deputies().isEmpty()) {
      attribute(id, Keyword.STEP_DEPUTIES, 0, clean(String.join(", ", t.deputies())));
    }
    for (int i = 0; i < t.controls().size(); i++) {
      ControlRef c = t.controls().get(i);
      String reqs =
          c.requirements().isEmpty() ? "" : " (" + String.join(", ", c.requirements()) + ")";
      attribute(id, Keyword.CONTROL, i, clean(c.name()) + reqs);
    }
    for (int i = 0; i < t.risks().size(); i++) {
      comment("s:" + id + ":" + Keyword.RISK.name() + ":" + i, BODY);
      RiskWriter.lines(t.risks().get(i), Keyword.RISK, lang, BODY).forEach(l -> line("", l));
    }
    list(id, Keyword.NOTE, t.notes());
    int m = 0;
    for (Message message : p.messages()) {
      if (message.step().equals(id)) {
        attribute(id, Keyword.MESSAGE, m++, MessageLines.write(message, partnerStep(message)));
      }
    }
    if (s instanceof Call c) {
      attribute(id, Keyword.CALL, 0, c.processId());
    }
  }

  private void list(String id, Keyword k, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      attribute(id, k, i, clean(values.get(i)));
    }
  }

  private void attribute(String id, Keyword k, int index, String value) {
    if (value.isEmpty()) {
      return;
    }
    comment("s:" + id + ":" + k.name() + ":" + index, BODY);
    line(BODY, k.word(lang) + ": " + value);
  }

  private void writeOutgoing(Step s, Step next) {
    List<Flow> outs = index.outgoing(s.id());
    if (s instanceof Decision d) {
      Keyword k =
          d.kind() == DecisionKind.EXCLUSIVE
              ? Keyword.DECISION
              : d.kind() == DecisionKind.INCLUSIVE ? Keyword.DECISION_ANY : Keyword.FIRST_OF;
      comment("s:" + s.id() + ":DECISION", BODY);
      String q = clean(d.question());
      line(BODY, k.word(lang) + ":" + (q.isEmpty() ? "" : " " + q));
      writeBranches(s, outs);
      return;
    }
    boolean labelled = outs.stream().anyMatch(f -> !f.label().isEmpty());
    if (s instanceof Parallel && outs.size() > 1 && labelled) {
      writeBranches(s, outs);
      return;
    }
    String implicit = next != null ? next.id() : defaultEndId();
    if (outs.size() == 1 && outs.get(0).to().equals(implicit) && implicit != null) {
      return;
    }
    if (outs.isEmpty()) {
      return;
    }
    List<String> targets = new ArrayList<>();
    for (Flow f : outs) {
      targets.add(target(f.to()));
    }
    comment("s:" + s.id() + ":jump", BODY);
    line(BODY, "-> " + String.join(", ", targets));
  }

  private void writeBranches(Step s, List<Flow> outs) {
    for (int i = 0; i < outs.size(); i++) {
      Flow f = outs.get(i);
      String label = clean(f.label()).replace("->", "→");
      if (label.isEmpty() && f.isDefault()) {
        label = Keyword.OTHERWISE.word(lang);
      }
      StringBuilder b = new StringBuilder("- ").append(label);
      if (f.probability() != null) {
        b.append(label.isEmpty() ? "" : " ")
            .append('(')
            .append(percent(f.probability()))
            .append(" %)");
      }
      if (b.length() > 2) {
        b.append(' ');
      }
      b.append("-> ").append(target(f.to()));
      comment("s:" + s.id() + ":b:" + i, BRANCH);
      line(BRANCH, b.toString());
    }
  }

  private void writeBoundary(Step host, Event e, int position) {
    comment("s:" + host.id() + ":on:" + position, BODY);
    StringBuilder b =
        new StringBuilder(Keyword.ON.word(lang)).append(' ').append(e.trigger().word(lang));
    String label = clean(e.title()).replace("\"", "”");
    if (!label.isEmpty()) {
      b.append(" \"").append(label).append('"');
    }
    if (!e.interrupting()) {
      b.append(" (").append(Keyword.CONTINUE.word(lang)).append(')');
    }
    List<Flow> outs = index.outgoing(e.id());
    if (!outs.isEmpty()) {
      b.append(" -> ").append(target(outs.get(0).to()));
    }
    line(BODY, b.toString());
  }

  private String defaultEndId() {
    return index
        .step(ModelBuilder.DEFAULT_END_ID)
        .filter(s -> s instanceof End e && e.title().isEmpty() && e.trigger() == EventTrigger.NONE)
        .map(Step::id)
        .orElse(null);
  }

  private String target(String id) {
    String n = numbers.get(id);
    if (n != null) {
      return n;
    }
    Step s = index.step(id).orElse(null);
    if (s instanceof End e) {
      StringBuilder b = new StringBuilder(Keyword.END.word(lang));
      String name = clean(e.title()).replace("\"", "”");
      if (!name.isEmpty()) {
        b.append(" \"").append(name).append('"');
      }
      if (e.trigger() != EventTrigger.NONE) {
        b.append(' ').append(e.trigger().word(lang));
      }
      return b.toString();
    }
    if (s == implicitStart && implicitStart != null) {
      return numbers.getOrDefault(index.outgoing(id).get(0).to(), id);
    }
    if (s == null && renumbered) {
      // A dangling reference must stay dangling: give it a number no step has.
      String fresh = String.valueOf(nextFreeNumber++);
      numbers.put(id, fresh);
      return fresh;
    }
    return id;
  }

  // ---- text helpers ---------------------------------------------------------------------------

  private void comment(String anchor, String indent) {
    if (used.add(anchor)) {
      for (String c : comments.at(anchor)) {
        out.append(indent).append(c).append('\n');
      }
    }
  }

  private void line(String indent, String text) {
    out.append(indent).append(text).append('\n');
  }

  /**
   * One line of text: no line breaks, single spaces, no leading '#' that would read as a comment.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)
          && (c != ' ' || (i + 1 < text.length() && text.charAt(i + 1) == ' '))) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
      }
    }
    return text.strip();
  }

  /**
   * The volume in the unit that states it exactly — per month, else per year, week or day — so that
   * "1 per år" stays "1 per år" rather than becoming 0.08 per month.
   */
  private String volume(double perMonth) {
    double[] factors = {1, 12.0 / 52, 12, 1.0 / 21};
    Keyword[] units = {Keyword.PER_MONTH, Keyword.PER_WEEK, Keyword.PER_YEAR, Keyword.PER_DAY};
    for (int i = 0; i < units.length; i++) {
      double v = perMonth * factors[i];
      if (Math.abs(v - Math.rint(v)) < 1e-6 && Math.rint(v) > 0) {
        return localNumber(Math.rint(v)) + " " + units[i].word(lang);
      }
    }
    return localNumber(perMonth) + " " + Keyword.PER_MONTH.word(lang);
  }

  private String localNumber(double v) {
    String s = number(v);
    return lang == Language.SV ? s.replace('.', ',') : s;
  }

  private String percent(double probability) {
    String s = number(probability * 100);
    return lang == Language.SV ? s.replace('.', ',') : s;
  }

  static String number(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.valueOf((long) Math.rint(v));
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
