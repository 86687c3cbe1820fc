package org.flowbook.capture.guided;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.model.Language;
import org.flowbook.notation.Durations;
import org.flowbook.notation.ProcessDocument;
import org.flowbook.notation.ProcessFormatter;
import org.flowbook.notation.ProcessParser;
import org.flowbook.notation.Slugs;

/**
 * Guided capture: a process built from plain answers, one step at a time, written as {@code .flow}
 * text so that the text editor and the guided form edit the same thing. The draft between two
 * questions is that text; a branch to "the next step" points at the step not yet written and, until
 * it is, ends the process ({@link #finished}).
 *
 * <p>Every answer is reduced to one line and stripped of what the notation would read as structure
 * (brackets, arrows, shares), so no answer can change the process beyond what its field says.
 */
public final class GuidedDraft {
  /** The longest answer kept in a one-line field; the text editor takes longer ones. */
  public static final int MAX_FIELD = 300;

  /** At most this many steps are captured in the guided form. */
  public static final int MAX_STEPS = 200;

  private static final Pattern STEP = Pattern.compile("(?m)^(\\d+)\\. ");
  private static final Pattern TARGET = Pattern.compile("-> (\\d+)\\s*$", Pattern.MULTILINE);
  private static final Pattern LANGUAGE = Pattern.compile("(?m)^(?:språk|language): (sv|en)\\s*$");

  private GuidedDraft() {}

  /** What was wrong with an answer: the form field and a code the web app words. */
  public record FieldError(String field, String code) {}

  /** The draft after an answer, or what to correct in the answer. */
  public record Result(String draft, List<FieldError> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** The head of a new draft: its title, purpose and what starts it. */
  public static Result start(String title, String purpose, String trigger, Language language) {
    List<FieldError> errors = new ArrayList<>();
    String t = line(title, "title", errors);
    if (t.isEmpty()) {
      errors.add(new FieldError("title", "required"));
    }
    String id = Slugs.of(t);
    if (!t.isEmpty() && id.isEmpty()) {
      errors.add(new FieldError("title", "no-id"));
    }
    String p = line(purpose, "purpose", errors);
    String tr = line(trigger, "trigger", errors);
    if (!errors.isEmpty()) {
      return new Result("", errors);
    }
    boolean sv = language == Language.SV;
    StringBuilder b = new StringBuilder();
    b.append("process: ").append(t).append('\n');
    b.append("id: ").append(id).append('\n');
    b.append(sv ? "språk: sv" : "language: en").append('\n');
    if (!p.isEmpty()) {
      b.append(sv ? "syfte: " : "purpose: ").append(p).append('\n');
    }
    if (!tr.isEmpty()) {
      b.append(sv ? "startas när: " : "trigger: ").append(tr).append('\n');
    }
    return new Result(b.toString(), List.of());
  }

  /** How many steps the draft has. */
  public static int steps(String draft) {
    Matcher m = STEP.matcher(draft);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The language of the draft's keywords (Swedish unless it says English). */
  public static Language language(String draft) {
    Matcher m = LANGUAGE.matcher(draft);
    return m.find() && m.group(1).equals("en") ? Language.EN : Language.SV;
  }

  /** The draft with one more step, or the answers to correct. */
  public static Result add(String draft, GuidedStep step) {
    List<FieldError> errors = new ArrayList<>();
    int n = steps(draft) + 1;
    if (n > MAX_STEPS) {
      errors.add(new FieldError("title", "too-many-steps"));
      return new Result(draft, errors);
    }
    boolean sv = language(draft) == Language.SV;
    String title = line(step.title(), "title", errors).replace('[', '(').replace(']', ')');
    if (title.isEmpty()) {
      errors.add(new FieldError("title", "required"));
    }
    String role = line(step.role(), "role", errors).replaceAll("[\\[\\],]", " ").strip();
    Optional<Duration> work = time(step.work(), "work", errors);
    Optional<Duration> wait = time(step.waiting(), "wait", errors);
    String systems = line(step.systems(), "systems", errors);
    String question = line(step.question(), "question", errors);
    List<String> branchLines = branches(step, question, n, sv, errors);
    if (!errors.isEmpty()) {
      return new Result(draft, errors);
    }
    StringBuilder b = new StringBuilder(draft);
    if (!draft.endsWith("\n")) {
      b.append('\n');
    }
    b.append('\n').append(n).append(". ").append(title);
    if (!role.isEmpty()) {
      b.append("   [").append(role).append(']');
    }
    List<String> times = new ArrayList<>();
    work.ifPresent(d -> times.add((sv ? "arbete " : "work ") + Durations.format(d)));
    wait.ifPresent(d -> times.add((sv ? "väntan " : "wait ") + Durations.format(d)));
    if (!times.isEmpty()) {
      b.append("   ").append(String.join(", ", times));
    }
    b.append('\n');
    for (String instruction : step.instructions().split("\\R")) {
      String i = clean(instruction);
      if (!i.isEmpty()) {
        b.append("   - ").append(cut(i)).append('\n');
      }
    }
    if (!systems.isEmpty()) {
      b.append("   system: ").append(systems).append('\n');
    }
    if (!question.isEmpty()) {
      b.append("   ").append(sv ? "beslut: " : "decision: ").append(question).append('\n');
      branchLines.forEach(l -> b.append("     - ").append(l).append('\n'));
    }
    return new Result(b.toString(), List.of());
  }

  private static List<String> branches(
      GuidedStep step, String question, int n, boolean sv, List<FieldError> errors) {
    List<String> lines = new ArrayList<>();
    if (question.isEmpty()) {
      if (!step.branches().isEmpty()) {
        errors.add(new FieldError("question", "required-for-branches"));
      }
      return lines;
    }
    if (step.branches().size() < 2) {
      errors.add(new FieldError("branches", "two-branches"));
      return lines;
    }
    double total = 0;
    for (int i = 0; i < step.branches().size(); i++) {
      GuidedStep.Branch br = step.branches().get(i);
      String field = "branch" + (i + 1);
      String label = line(br.label(), field, errors).replaceAll("[()\"]", "").replace("->", "→");
      if (label.isEmpty()) {
        errors.add(new FieldError(field, "label-required"));
      }
      StringBuilder l = new StringBuilder(label);
      String share = br.share().replace("%", "").replace(',', '.').strip();
      if (!share.isEmpty()) {
        try {
          double v = Double.parseDouble(share);
          if (v < 0 || v > 100 || Double.isNaN(v)) {
            throw new NumberFormatException();
          }
          total += v;
          l.append(" (").append(percent(v, sv)).append(" %)");
        } catch (NumberFormatException e) {
          errors.add(new FieldError(field, "share"));
        }
      }
      String target = br.target();
      if (target.equals(GuidedStep.Branch.NEXT)) {
        l.append(" -> ").append(n + 1);
      } else if (target.equals(GuidedStep.Branch.END)) {
        l.append(" -> ").append(sv ? "slut" : "end");
      } else if (target.matches("\\d{1,4}")
          && Integer.parseInt(target) >= 1
          && Integer.parseInt(target) <= n) {
        l.append(" -> ").append(Integer.parseInt(target));
      } else {
        errors.add(new FieldError(field, "target"));
      }
      lines.add(l.toString());
    }
    if (total > 100.0001) {
      errors.add(new FieldError("branches", "shares-over-100"));
    }
    return lines;
  }

  private static String percent(double v, boolean sv) {
    String s = v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    return sv ? s.replace('.', ',') : s;
  }

  /**
   * The draft as it stands, ready to save or draw: a branch to the step not yet written ends the
   * process, and the text is in canonical form when it reads without errors.
   */
  public static String finished(String draft) {
    int n = steps(draft);
    boolean sv = language(draft) == Language.SV;
    Matcher m = TARGET.matcher(draft);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int target = Integer.parseInt(m.group(1));
      m.appendReplacement(
          b, Matcher.quoteReplacement(target > n ? "-> " + (sv ? "slut" : "end") : m.group()));
    }
    m.appendTail(b);
    String text = b.toString();
    ProcessDocument doc = ProcessParser.parse("guided.flow", text);
    return doc.hasProcess() && !doc.hasErrors() ? ProcessFormatter.format(doc) : text;
  }

  private static Optional<Duration> time(String text, String field, List<FieldError> errors) {
    String t = clean(text).replace(',', '.');
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.matches("\\d+(\\.\\d+)?")) {
      return Optional.of(Duration.ofSeconds(Math.round(Double.parseDouble(t) * 60)));
    }
    Optional<Duration> d = Durations.parse(text.strip());
    if (d.isEmpty() || d.get().isNegative()) {
      errors.add(new FieldError(field, "time"));
    }
    return d;
  }

  private static String line(String text, String field, List<FieldError> errors) {
    String t = clean(text);
    if (t.length() > MAX_FIELD) {
      errors.add(new FieldError(field, "too-long"));
      return "";
    }
    return t;
  }

  private static String cut(String s) {
    return s.length() > MAX_FIELD * 4 ? s.substring(0, MAX_FIELD * 4) : s;
  }

  /** One line without control characters or runs of spaces. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll("\\s+", " ").strip();
  }
}
