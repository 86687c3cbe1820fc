package org.flowbook.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * What the readers of one process file share: the file's name, the problems found so far, the
 * comments waiting for an anchor, where each part stands, and the votes for the file's language.
 */
final class ParseContext {
  final String file;
  final List<Problem> problems = new ArrayList<>();
  final Comments.Collector comments = new Comments.Collector();
  final Positions positions;
  private int swedishWords;
  private int englishWords;

  /** The number of the last step read, which an error found after it is told of; null before. */
  private String lastStep;

  ParseContext(String file) {
    this.file = file;
    this.positions = new Positions(SourceLocation.of(file, 1, 1));
  }

  /** An error, marked with the last step read when there is one. */
  void error(String code, String message, String hint, SourceLocation at) {
    Problem p = Problem.error(code, message, hint, at);
    problems.add(lastStep == null ? p : p.withStep(lastStep));
  }

  void problem(Problem p) {
    problems.add(p);
  }

  void stepRead(String number) {
    lastStep = number;
  }

  /** Counts a keyword towards the language it is spelt in. */
  void countLanguage(Keyword k, String spelled) {
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

  /** The language most keywords are spelt in, or empty on a tie. */
  Optional<Language> languageOfKeywords() {
    if (swedishWords == englishWords) {
      return Optional.empty();
    }
    return Optional.of(swedishWords > englishWords ? Language.SV : Language.EN);
  }
}
