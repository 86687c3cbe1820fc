package org.flowbook.mining.log.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.flowbook.mining.log.ColumnMapping;
import org.flowbook.mining.log.EventLogBuilder;
import org.flowbook.mining.log.ImportFailures;
import org.flowbook.mining.log.ImportOptions;
import org.flowbook.mining.log.ImportResult;
import org.flowbook.mining.log.LogImportException;
import org.flowbook.mining.log.LogReader;
import org.flowbook.mining.log.RowProblems;
import org.flowbook.mining.log.io.LogInput;
import org.flowbook.mining.log.time.TimestampFormat;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Streams a CSV export (UTF-8, plain or gzip; separator {@code , ; tab |} detected from the header)
 * into the columnar log. Columns are found by name or mapped explicitly; the timestamp format is
 * detected from the first rows. A row with the wrong number of fields, an empty case or activity,
 * or an unreadable timestamp is skipped and reported with its line.
 *
 * <p>Values are taken literally: {@code NA} is a case id, not a missing value (the Sepsis log has a
 * case called NA), and an empty resource cell means "no resource".
 */
public final class CsvReader implements LogReader {
  private static final int SAMPLE_ROWS = 200;

  @Override
  public ImportResult read(Path file, ImportOptions options) throws LogImportException {
    try (InputStream raw = LogInput.open(file, options, false);
        BufferedReader text =
            new BufferedReader(new InputStreamReader(raw, CsvTokenizer.utf8Decoder()), 64 * 1024)) {
      return new Run(file.toString(), options).parse(text);
    } catch (IOException e) {
      throw ImportFailures.of(file, e);
    }
  }

  /** The state of one import. */
  private static final class Run {
    private final String file;
    private final ImportOptions options;
    private final EventLogBuilder log = new EventLogBuilder();
    private final RowProblems problems;

    Run(String file, ImportOptions options) {
      this.file = file;
      this.options = options;
      this.problems = new RowProblems(file, options);
    }

    ImportResult parse(BufferedReader text) throws IOException, LogImportException {
      text.mark(1);
      if (text.read() != '\uFEFF') {
        text.reset();
      }
      char separator = Separators.detect(text);
      CsvTokenizer rows = new CsvTokenizer(text, separator, options.limits().maxValueBytes(), file);
      List<String> header = new ArrayList<>();
      if (!rows.next(header)) {
        throw ImportFailures.empty(Path.of(file), problems);
      }
      ColumnMapping m = options.columns();
      int caseCol = required(header, m.caseId(), ColumnDetector.CASE, "case", "--case");
      int actCol =
          required(header, m.activity(), ColumnDetector.ACTIVITY, "activity", "--activity");
      int timeCol =
          required(header, m.timestamp(), ColumnDetector.TIMESTAMP, "timestamp", "--timestamp");
      int resCol =
          optional(header, m.resource(), ColumnDetector.RESOURCE, "resource", "--resource");
      int lifeCol = optional(header, m.lifecycle(), ColumnDetector.LIFECYCLE, "lifecycle", "");

      // Read a sample to detect the timestamp format, then stream the rest.
      List<List<String>> sample = new ArrayList<>();
      List<int[]> sampleColumns = new ArrayList<>();
      List<Integer> sampleLines = new ArrayList<>();
      boolean more = true;
      while (sample.size() < SAMPLE_ROWS) {
        List<String> row = new ArrayList<>();
        if (!rows.next(row)) {
          more = false;
          break;
        }
        sample.add(row);
        sampleLines.add(rows.line());
        sampleColumns.add(rows.columns(row.size()));
      }
      TimestampFormat format = timestampFormat(sample, header.size(), timeCol, rows);
      int[] cols = {caseCol, actCol, timeCol, resCol, lifeCol};
      for (int i = 0; i < sample.size(); i++) {
        int[] at = sampleColumns.get(i);
        row(sample.get(i), header.size(), cols, format, sampleLines.get(i), k -> at[k]);
      }
      if (more) {
        List<String> row = new ArrayList<>(header.size());
        while (rows.next(row)) {
          row(row, header.size(), cols, format, rows.line(), rows::column);
        }
      }
      if (log.events() == 0) {
        throw ImportFailures.empty(Path.of(file), problems);
      }
      return new ImportResult(log.build(), problems.problems(), problems.skipped());
    }

    private TimestampFormat timestampFormat(
        List<List<String>> sample, int width, int timeCol, CsvTokenizer rows)
        throws LogImportException {
      if (!options.timestampPattern().isEmpty()) {
        try {
          return TimestampFormat.pattern(
              options.timestampPattern(), options.wallClock(), options.zone());
        } catch (IllegalArgumentException e) {
          throw new LogImportException(
              Problem.error(
                  "bad-timestamp-pattern",
                  "the timestamp pattern '"
                      + options.timestampPattern()
                      + "' is invalid: "
                      + e.getMessage(),
                  "patterns follow java.time.format.DateTimeFormatter, e.g. dd/MM/yyyy HH:mm",
                  SourceLocation.file(file)));
        }
      }
      List<String> values = new ArrayList<>();
      for (List<String> row : sample) {
        if (row.size() == width) {
          values.add(row.get(timeCol));
        }
      }
      return TimestampFormat.detect(values, options.wallClock(), options.zone())
          .or(
              () ->
                  TimestampFormat.detect(
                      values.subList(0, Math.min(1, values.size())),
                      options.wallClock(),
                      options.zone()))
          .orElseThrow(
              () ->
                  new LogImportException(
                      Problem.error(
                          "unknown-timestamp-format",
                          "cannot read the timestamps, e.g. '"
                              + (values.isEmpty() ? "" : values.get(0))
                              + "'",
                          "give the format with --timestamp-format, e.g. \"dd/MM/yyyy HH:mm\"",
                          SourceLocation.of(file, 2, 0))));
    }

    private void row(
        List<String> row,
        int width,
        int[] cols,
        TimestampFormat format,
        int line,
        java.util.function.IntUnaryOperator column)
        throws LogImportException {
      if (row.size() == 1 && row.get(0).isBlank()) {
        return;
      }
      if (row.size() != width) {
        problems.skip(
            Problem.error(
                "ragged-row",
                "the row has " + row.size() + " fields, the header " + width + "; row skipped",
                "a separator inside a value must be quoted",
                SourceLocation.of(file, line, 1)));
        return;
      }
      String caseId = row.get(cols[0]);
      String activity = row.get(cols[1]);
      String stamp = row.get(cols[2]);
      if (caseId.isEmpty() || activity.isEmpty() || stamp.isBlank()) {
        int missing = caseId.isEmpty() ? cols[0] : activity.isEmpty() ? cols[1] : cols[2];
        problems.skip(
            Problem.error(
                "missing-value",
                "the row has no "
                    + (missing == cols[0]
                        ? "case id"
                        : missing == cols[1] ? "activity" : "timestamp")
                    + "; row skipped",
                "",
                SourceLocation.of(file, line, column.applyAsInt(missing))));
        return;
      }
      long time;
      try {
        time = format.parse(stamp);
      } catch (DateTimeException e) {
        problems.skip(
            Problem.error(
                "bad-timestamp",
                "unreadable timestamp '"
                    + stamp
                    + "' (expected "
                    + format.description()
                    + "); row skipped",
                "",
                SourceLocation.of(file, line, column.applyAsInt(cols[2]))));
        return;
      }
      log.add(
          log.caseNumber(caseId),
          log.activityNumber(activity),
          time,
          cols[3] < 0 ? -1 : log.resourceNumber(row.get(cols[3])),
          cols[4] < 0 ? 0 : log.lifecycleNumber(row.get(cols[4])));
    }

    private int required(
        List<String> header, String wanted, List<String> names, String what, String option)
        throws LogImportException {
      OptionalInt i = ColumnDetector.find(header, wanted, names);
      if (i.isEmpty()) {
        throw new LogImportException(
            Problem.error(
                "missing-column",
                (wanted.isEmpty()
                        ? "no " + what + " column found"
                        : "no column named '" + wanted + "'")
                    + " in the header "
                    + header,
                "name the " + what + " column with " + option + " COLUMN",
                SourceLocation.of(file, 1, 1)));
      }
      return i.getAsInt();
    }

    private int optional(
        List<String> header, String wanted, List<String> names, String what, String option)
        throws LogImportException {
      if (!wanted.isEmpty()) {
        return required(header, wanted, names, what, option);
      }
      return ColumnDetector.find(header, wanted, names).orElse(-1);
    }
  }
}
