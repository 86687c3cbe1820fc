package org.flowbook.analysis;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.flowbook.analysis.lint.InstructionLocator;
import org.flowbook.analysis.lint.LintSettings;
import org.flowbook.model.Language;
import org.flowbook.model.Locator;

/**
 * How to analyse.
 *
 * @param language the language of the report and the messages
 * @param volume cases per month for every analysed process, instead of their own {@code volume:}
 * @param today the date overdue reviews are judged by
 * @param locators the notation's locator per process id (exact positions in problems)
 */
public record AnalysisOptions(
    Language language,
    Optional<Double> volume,
    LocalDate today,
    LintSettings settings,
    Map<String, Locator> locators,
    InstructionLocator instructions) {

  public AnalysisOptions {
    locators = Map.copyOf(locators);
  }

  public static AnalysisOptions defaults(Language language, LocalDate today) {
    return new AnalysisOptions(
        language,
        Optional.empty(),
        today,
        LintSettings.DEFAULTS,
        Map.of(),
        InstructionLocator.STEP);
  }

  public AnalysisOptions withVolume(Optional<Double> v) {
    return new AnalysisOptions(language, v, today, settings, locators, instructions);
  }

  public AnalysisOptions withSettings(LintSettings s) {
    return new AnalysisOptions(language, volume, today, s, locators, instructions);
  }

  public AnalysisOptions withLocators(Map<String, Locator> l, InstructionLocator i) {
    return new AnalysisOptions(language, volume, today, settings, l, i);
  }
}
