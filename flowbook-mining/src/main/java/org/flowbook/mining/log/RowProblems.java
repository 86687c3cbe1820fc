package org.flowbook.mining.log;

import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Collects bad rows or events while an importer reads on: keeps the first few in full and counts
 * the rest; in strict mode the first one ends the import.
 */
public final class RowProblems {
  private final String file;
  private final boolean strict;
  private final int shown;
  private final List<Problem> kept = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private long count;

  public RowProblems(String file, ImportOptions options) {
    this.file = file;
    this.strict = options.strict();
    this.shown = options.limits().problemsShown();
  }

  /** Reports a skipped row or event; throws in strict mode. */
  public void skip(Problem p) throws LogImportException {
    count++;
    if (strict) {
      List<Problem> all = new ArrayList<>(warnings);
      all.add(
          new Problem(
              p.severity(),
              p.code(),
              p.message(),
              p.hint().isEmpty() ? "--strict stops at the first bad row" : p.hint(),
              p.location(),
              null));
      throw new LogImportException(all);
    }
    if (kept.size() < shown) {
      kept.add(Problem.warning(p.code(), p.message(), p.hint(), p.location()));
    }
  }

  /** Reports something worth knowing that skips nothing. */
  public void warn(Problem p) {
    warnings.add(p);
  }

  /**
   * Takes over the problems of a part of the file read separately, whose line numbers start after
   * {@code lineOffset} lines.
   */
  public void absorb(RowProblems part, int lineOffset) {
    for (Problem p : part.warnings) {
      warnings.add(shift(p, lineOffset));
    }
    for (Problem p : part.kept) {
      if (kept.size() < shown) {
        kept.add(shift(p, lineOffset));
      }
    }
    count += part.count;
  }

  /** {@code p} with its line moved down by {@code lines} (when it has a line). */
  public static Problem shift(Problem p, int lines) {
    SourceLocation at = p.location();
    if (lines == 0 || !at.known()) {
      return p;
    }
    return new Problem(
        p.severity(),
        p.code(),
        p.message(),
        p.hint(),
        SourceLocation.of(at.file(), at.line() + lines, at.column()),
        p.step());
  }

  public long skipped() {
    return count;
  }

  /** Warnings, the first bad rows in full, then one line with the number of the others. */
  public List<Problem> problems() {
    List<Problem> all = new ArrayList<>(warnings);
    all.addAll(kept);
    if (count > kept.size()) {
      all.add(
          Problem.warning(
              "more-bad-rows",
              (count - kept.size())
                  + " more bad rows or events were skipped ("
                  + count
                  + " in all)",
              "use --strict to stop at the first one, or fix the export",
              SourceLocation.file(file)));
    }
    return all;
  }
}
