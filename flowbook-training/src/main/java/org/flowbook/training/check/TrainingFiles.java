package org.flowbook.training.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flowbook.model.Problem;
import org.flowbook.model.Workspace;
import org.flowbook.training.record.RecordImport;
import org.flowbook.training.record.TrainingCsv;
import org.flowbook.training.status.RecordCheck;
import org.flowbook.training.version.Versions;

/**
 * The training-record files of a workspace folder, for {@code flowbook check}: every {@code .csv}
 * directly in the folder whose header names the record columns ({@code utbildning.csv}, an HR
 * export), read as {@code flowbook training --records} reads them. Their problems are located at
 * the row: errors for rows that cannot be records (no date, a date in the future, a bad validity),
 * warnings for names the workspace does not know (a person, a process, a version, a step).
 */
public final class TrainingFiles {
  /** The header is looked for in this many characters at most (a binary file has no lines). */
  private static final int MAX_HEADER = 4096;

  private TrainingFiles() {}

  /** The record files directly in {@code dir}, by name. */
  public static List<Path> inWorkspace(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .sorted()
              .toList()) {
        if (TrainingCsv.isRecordHeader(header(f))) {
          found.add(f);
        }
      }
    }
    return found;
  }

  /** The first line of a file (at most {@link #MAX_HEADER} characters), or "" if unreadable. */
  private static String header(Path f) {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      char[] buf = new char[MAX_HEADER];
      int n = r.read(buf);
      if (n <= 0) {
        return "";
      }
      String s = new String(buf, 0, n);
      if (s.startsWith("\uFEFF")) {
        s = s.substring(1);
      }
      int end = s.indexOf('\n');
      return end < 0 ? s : s.substring(0, end);
    } catch (IOException | RuntimeException e) {
      // Not UTF-8 text: no record file (the CSV reader would report it, check does not guess).
      return "";
    }
  }

  /**
   * Reads the files and checks their names against the workspace (each process at its file's
   * version, named by its {@code version:} label or content hash).
   */
  public static List<Problem> check(List<Path> files, Workspace ws) {
    List<Problem> problems = new ArrayList<>();
    Versions versions = Versions.current(ws);
    for (Path f : files) {
      RecordImport read;
      try {
        read = TrainingCsv.parseRows(org.flowbook.notation.SourceText.read(f, f.toString()));
      } catch (IOException e) {
        problems.add(
            Problem.error(
                "bad-training-record",
                "cannot read the file: " + e.getMessage(),
                "check that the file exists and is readable",
                new org.flowbook.model.SourceLocation(f.toString(), 1, 1)));
        continue;
      }
      problems.addAll(read.problems());
      problems.addAll(RecordCheck.check(ws, versions, read.records()));
    }
    return problems;
  }
}
