package org.flowbook.notation;

import java.util.function.Function;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;
import org.flowbook.output.ProblemTexts;

/**
 * Prints problems the way compilers do: {@code file:line:col: error[code]: message}, then the
 * source line with a caret under the column, then the hint.
 *
 * <pre>
 * examples/inkop.flow:14:15: error[unknown-role]: role 'Inkopare' is not declared
 *    14 |    consulted: Inkopare
 *       |               ^
 *       = hint: did you mean 'Inköpare'?
 * </pre>
 */
public final class Diagnostics {
  private static final int SHOWN_WIDTH = 160;

  private final Function<String, SourceText> sources;
  private final boolean color;
  private final Language language;

  /**
   * @param sources finds the source text of a file name (or null when unknown)
   * @param color whether to use ANSI colours (only on a terminal)
   */
  public Diagnostics(Function<String, SourceText> sources, boolean color) {
    this(sources, color, null);
  }

  private Diagnostics(Function<String, SourceText> sources, boolean color, Language language) {
    this.sources = sources;
    this.color = color;
    this.language = language;
  }

  /**
   * These diagnostics with each problem's message and hint in {@code language} (see {@link
   * ProblemTexts}); the severity word, the code and the {@code = hint:} label stay as they are, as
   * a compiler's do, so that editors and scripts that read the lines keep working (decision 0004).
   */
  public Diagnostics in(Language language) {
    return new Diagnostics(sources, color, language);
  }

  public String render(Problem problem) {
    Problem p = language == null ? problem : ProblemTexts.in(language, problem);
    StringBuilder b = new StringBuilder();
    String severity = p.severity().word();
    String colored =
        switch (p.severity()) {
          case ERROR -> paint("1;31", severity);
          case WARNING -> paint("1;33", severity);
          default -> paint("1;36", severity);
        };
    b.append(paint("1", p.location().toString()))
        .append(": ")
        .append(colored)
        .append('[')
        .append(p.code())
        .append("]: ")
        .append(p.message())
        .append('\n');
    SourceText src = sources.apply(p.location().file());
    String gutter = " ".repeat(Math.max(3, String.valueOf(p.location().line()).length()));
    if (src != null && p.location().known()) {
      String line = src.line(p.location().line()).replace('\t', ' ');
      int col = Math.max(1, p.location().column());
      int from = 0;
      if (col > SHOWN_WIDTH) {
        from = col - SHOWN_WIDTH / 2;
      }
      String shown =
          line.substring(
              Math.min(from, line.length()), Math.min(line.length(), from + SHOWN_WIDTH));
      String number = String.valueOf(p.location().line());
      b.append(" ".repeat(gutter.length() - number.length()))
          .append(paint("1;34", number + " |"))
          .append(' ')
          .append(from > 0 ? "…" : "")
          .append(shown)
          .append('\n');
      b.append(gutter)
          .append(paint("1;34", " |"))
          .append(' ')
          .append(" ".repeat(Math.max(0, col - 1 - from + (from > 0 ? 1 : 0))))
          .append(paint(p.severity() == Severity.ERROR ? "1;31" : "1;33", "^"))
          .append('\n');
    }
    if (!p.hint().isEmpty()) {
      b.append(gutter).append(paint("1;34", " =")).append(" hint: ").append(p.hint()).append('\n');
    }
    return b.toString();
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
