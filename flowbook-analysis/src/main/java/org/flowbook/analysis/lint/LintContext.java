package org.flowbook.analysis.lint;

import java.time.LocalDate;
import java.util.Map;
import org.flowbook.model.Language;
import org.flowbook.model.Locator;
import org.flowbook.model.Locator.Part;
import org.flowbook.model.Problem;
import org.flowbook.model.Process;
import org.flowbook.model.Severity;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Workspace;
import org.flowbook.output.TextBundle;

/**
 * What the rules look at: the workspace, the thresholds, today's date (for overdue reviews) and how
 * to find where things were written.
 *
 * @param language the language of the messages
 * @param locators the notation's locator per process id; processes without one use the records' own
 *     locations
 */
public record LintContext(
    Workspace workspace,
    LintSettings settings,
    LocalDate today,
    Map<String, Locator> locators,
    InstructionLocator instructions,
    Language language) {

  /** The bundle of the rules' messages and hints, keyed by rule code. */
  public static final String MESSAGES = "org.flowbook.analysis.lint.messages";

  public LintContext {
    locators = Map.copyOf(locators);
  }

  public static LintContext of(Workspace workspace, LocalDate today) {
    return new LintContext(
        workspace,
        LintSettings.DEFAULTS,
        today,
        Map.of(),
        InstructionLocator.STEP,
        workspace.organization().language());
  }

  public LintContext withSettings(LintSettings newSettings) {
    return new LintContext(workspace, newSettings, today, locators, instructions, language);
  }

  public LintContext withLanguage(Language newLanguage) {
    return new LintContext(workspace, settings, today, locators, instructions, newLanguage);
  }

  /**
   * A rule's text from the bundle {@value #MESSAGES} in the language of the messages: {@code CODE}
   * is a finding's message, {@code CODE.hint} its hint. The arguments are inserted as written
   * (numbers are not regrouped by the locale: the rules format them themselves).
   */
  public String text(String key, Object... args) {
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = String.valueOf(args[i]);
    }
    return TextBundle.of(MESSAGES, language).format(key, plain);
  }

  public Locator locator(Process p) {
    return locators.getOrDefault(p.id(), Locator.of(p));
  }

  /** Where a step (or one part of it) was written. */
  public SourceLocation at(Process p, String stepId, Part part, int index) {
    return locator(p).locate(stepId, part, index);
  }

  /** Where a header field was written; the process's first line when it was not. */
  public SourceLocation header(Process p, String key) {
    SourceLocation at = locator(p).locate(key, Part.HEADER, 0);
    return at.known() ? at : p.at();
  }

  /** A problem about a step. */
  public static Problem problem(
      Severity severity, String code, String message, String hint, SourceLocation at, String step) {
    Problem p = new Problem(severity, code, message, hint, at, null);
    return step == null ? p : p.withStep(step);
  }
}
