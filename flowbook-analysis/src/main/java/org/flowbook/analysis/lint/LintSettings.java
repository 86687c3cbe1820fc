package org.flowbook.analysis.lint;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The thresholds of the documentation check and the rules switched off. Set from the command line
 * with {@code --set max-lix=55} and {@code --disable passive-voice}.
 *
 * @param maxLix a Swedish step's instructions above this LIX are hard to read (50 = "svår")
 * @param minFlesch an English step's instructions below this Flesch reading ease are hard (50)
 * @param minReadabilityWords readability is judged only from this many words on (short texts give
 *     meaningless scores)
 * @param maxSentenceWords sentences longer than this are too long
 * @param maxInstructions a step with more instructions does too much
 * @param singlePointProcesses a one-person role performing steps in this many processes is a single
 *     point of failure
 * @param disabled codes of rules not to run
 */
public record LintSettings(
    double maxLix,
    double minFlesch,
    int minReadabilityWords,
    int maxSentenceWords,
    int maxInstructions,
    int singlePointProcesses,
    Set<String> disabled) {

  public static final LintSettings DEFAULTS = new LintSettings(50, 50, 15, 25, 7, 3, Set.of());

  public LintSettings {
    disabled = Set.copyOf(disabled);
  }

  /** The setting names {@link #with} accepts. */
  public static final Set<String> KEYS =
      Set.of(
          "max-lix",
          "min-flesch",
          "min-readability-words",
          "max-sentence-words",
          "max-instructions",
          "single-point-processes");

  /**
   * A copy with one threshold changed.
   *
   * @throws IllegalArgumentException for an unknown name or a value that is not a number, with a
   *     message that lists the names
   */
  public LintSettings with(String key, String value) {
    double v;
    try {
      v = Double.parseDouble(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a number (setting " + key + ")");
    }
    return switch (key.strip().toLowerCase(Locale.ROOT)) {
      case "max-lix" ->
          new LintSettings(
              v,
              minFlesch,
              minReadabilityWords,
              maxSentenceWords,
              maxInstructions,
              singlePointProcesses,
              disabled);
      case "min-flesch" ->
          new LintSettings(
              maxLix,
              v,
              minReadabilityWords,
              maxSentenceWords,
              maxInstructions,
              singlePointProcesses,
              disabled);
      case "min-readability-words" ->
          new LintSettings(
              maxLix,
              minFlesch,
              (int) v,
              maxSentenceWords,
              maxInstructions,
              singlePointProcesses,
              disabled);
      case "max-sentence-words" ->
          new LintSettings(
              maxLix,
              minFlesch,
              minReadabilityWords,
              (int) v,
              maxInstructions,
              singlePointProcesses,
              disabled);
      case "max-instructions" ->
          new LintSettings(
              maxLix,
              minFlesch,
              minReadabilityWords,
              maxSentenceWords,
              (int) v,
              singlePointProcesses,
              disabled);
      case "single-point-processes" ->
          new LintSettings(
              maxLix,
              minFlesch,
              minReadabilityWords,
              maxSentenceWords,
              maxInstructions,
              (int) v,
              disabled);
      default ->
          throw new IllegalArgumentException(
              "unknown setting '"
                  + key
                  + "'; known: "
                  + String.join(", ", KEYS.stream().sorted().toList()));
    };
  }

  public LintSettings disable(String code) {
    Set<String> d = new HashSet<>(disabled);
    d.add(code);
    return new LintSettings(
        maxLix,
        minFlesch,
        minReadabilityWords,
        maxSentenceWords,
        maxInstructions,
        singlePointProcesses,
        d);
  }

  public boolean enabled(String code) {
    return !disabled.contains(code);
  }
}
