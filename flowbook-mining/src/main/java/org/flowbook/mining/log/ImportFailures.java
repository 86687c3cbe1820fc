package org.flowbook.mining.log;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/** Turns the ways reading a file can fail into one located problem each. */
public final class ImportFailures {
  private ImportFailures() {}

  /** The problem behind an I/O failure while reading {@code file}. */
  public static LogImportException of(Path file, IOException e) {
    var known = InputProblem.in(e);
    if (known.isPresent()) {
      return new LogImportException(known.get().problem());
    }
    SourceLocation at = SourceLocation.file(file.toString());
    if (e instanceof NoSuchFileException) {
      return new LogImportException(
          Problem.error("no-such-file", "no such file", "check the path", at));
    }
    if (e instanceof AccessDeniedException) {
      return new LogImportException(
          Problem.error("cannot-read", "permission denied", "check the file's permissions", at));
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new LogImportException(
        Problem.error("cannot-read", "cannot read the file: " + why, "", at));
  }

  /** The refusal of an XML tag, value or text longer than {@code max} bytes. */
  public static Problem valueTooLong(String file, int max, int line) {
    return Problem.error(
        "value-too-long",
        "a tag, attribute value or text is longer than " + max + " bytes",
        "event logs hold short values; the file is probably damaged or hostile",
        SourceLocation.of(file, line, 0));
  }

  /** The error for a log in which no event could be read. */
  public static LogImportException empty(Path file, RowProblems problems) {
    java.util.List<Problem> all = new java.util.ArrayList<>(problems.problems());
    all.add(
        Problem.error(
            "empty-log",
            problems.skipped() == 0
                ? "the log holds no events"
                : "no event could be read (" + problems.skipped() + " skipped)",
            "check that this is the right file and, for CSV, the column mapping",
            SourceLocation.file(file.toString())));
    return new LogImportException(all);
  }
}
