package org.flowbook.training.record;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.notation.CsvTable;
import org.flowbook.notation.Periods;
import org.flowbook.notation.SourceText;

/**
 * Training records as CSV, exported from the web app or an HR system. Columns (Swedish or English
 * headers, {@code ;} or {@code ,}): person, process, version, date, trainer; optional step and
 * validity ({@code giltig}: "12 mån"). Size and row limits are those of {@link SourceText} and
 * {@link CsvTable}, enforced while reading. A file with any error gives no records.
 */
public final class TrainingCsv {
  /** The longest field kept; longer is a paste gone wrong, reported rather than stored. */
  public static final int MAX_FIELD = 500;

  private static final List<String> PERSON = List.of("person", "namn", "name", "medarbetare");
  private static final List<String> PROCESS = List.of("process", "process id", "process-id");
  private static final List<String> VERSION = List.of("version", "versions-id", "version id");
  private static final List<String> DATE =
      List.of("datum", "date", "utbildad", "trained", "trained on");
  private static final List<String> TRAINER =
      List.of("utbildare", "trainer", "signerad av", "signed off by", "godkänd av");
  private static final List<String> STEP = List.of("steg", "step");
  private static final List<String> VALID = List.of("giltig", "valid", "giltighet", "valid for");

  private TrainingCsv() {}

  /**
   * Whether a CSV header line names the columns of training records (person, process, version and
   * trainer, in Swedish or English), so that {@code flowbook check} can tell them from event logs
   * and absence lists in the same folder.
   */
  public static boolean isRecordHeader(String headerLine) {
    List<String> names = new ArrayList<>();
    for (String f : headerLine.split("[;,\t]", -1)) {
      names.add(f.strip().replace("\"", "").toLowerCase(java.util.Locale.ROOT));
    }
    return names.stream().anyMatch(PERSON::contains)
        && names.stream().anyMatch(PROCESS::contains)
        && names.stream().anyMatch(VERSION::contains)
        && names.stream().anyMatch(TRAINER::contains);
  }

  /** Reads a file, refusing one over the size limit before loading it. */
  public static RecordImport read(Path file, String displayName) throws IOException {
    return parse(SourceText.read(file, displayName));
  }

  public static RecordImport parse(SourceText src) {
    RecordImport all = parseRows(src);
    return RecordImport.allOrNothing(all.records(), all.problems());
  }

  /**
   * Every row that is a record, with the problems of the others — for {@code flowbook check}, which
   * reports unknown names in the good rows too, not only the first error.
   */
  public static RecordImport parseRows(SourceText src) {
    CsvTable table = CsvTable.parse(src);
    List<Problem> problems = new ArrayList<>(table.problems());
    Map<String, List<String>> required = new LinkedHashMap<>();
    required.put("the person (person/namn)", PERSON);
    required.put("the process (process)", PROCESS);
    required.put("the version (version)", VERSION);
    required.put("the date (datum/date)", DATE);
    required.put("the trainer (utbildare/trainer)", TRAINER);
    Optional<int[]> cols =
        table.columns().isEmpty() ? Optional.empty() : table.require(required, problems);
    if (cols.isEmpty()) {
      return new RecordImport(List.of(), problems);
    }
    int[] c = cols.get();
    int step = table.column(STEP);
    int valid = table.column(VALID);
    LocalDate tomorrow = LocalDate.now().plusDays(1);
    List<TrainingRecord> records = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      SourceLocation at = row.at(src.file());
      Optional<String> bad = tooLong(row);
      if (bad.isPresent()) {
        problems.add(
            Problem.error(
                "bad-training-record",
                "a field is longer than " + MAX_FIELD + " characters (" + bad.get() + "…)",
                "check the export; names, ids and versions are short",
                at));
        continue;
      }
      String missing = missing(row, c);
      if (!missing.isEmpty()) {
        problems.add(
            Problem.error(
                "bad-training-record",
                "the row has no " + missing,
                "every record names the person, process, version, date and trainer",
                at));
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(row.get(c[3]).strip());
      } catch (DateTimeException e) {
        problems.add(
            Problem.error(
                "bad-training-record",
                "'" + row.get(c[3]).strip() + "' is not a date",
                "write the date as 2027-03-15",
                at));
        continue;
      }
      if (date.isAfter(tomorrow) || date.getYear() < 1900) {
        problems.add(
            Problem.error(
                "bad-training-record",
                "the date "
                    + date
                    + " is "
                    + (date.getYear() < 1900 ? "too early" : "in the future"),
                "a record states when the training took place",
                at));
        continue;
      }
      Period validFor = Period.ZERO;
      String validText = valid < 0 ? "" : row.get(valid).strip();
      if (!validText.isEmpty()) {
        Optional<Period> p = Periods.parse(validText);
        if (p.isEmpty()) {
          problems.add(
              Problem.error(
                  "bad-training-record",
                  "'" + validText + "' is not a validity period",
                  "write e.g. '12 mån' or '2 years', or leave it empty for the role's validity",
                  at));
          continue;
        }
        validFor = p.get();
      }
      records.add(
          new TrainingRecord(
              row.get(c[0]),
              row.get(c[1]),
              step < 0 ? "" : row.get(step),
              row.get(c[2]),
              date,
              row.get(c[4]),
              validFor,
              at));
    }
    return new RecordImport(records, problems);
  }

  private static String missing(CsvTable.Row row, int[] c) {
    String[] names = {"person", "process", "version", "date", "trainer"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      if (row.get(c[i]).isBlank()) {
        out.add(names[i]);
      }
    }
    return String.join(", ", out);
  }

  private static Optional<String> tooLong(CsvTable.Row row) {
    return row.fields().stream()
        .filter(f -> f.length() > MAX_FIELD)
        .findFirst()
        .map(f -> f.substring(0, 20));
  }

  /** Writes records as CSV in the same columns, so exports read back unchanged. */
  public static String write(List<TrainingRecord> records, boolean swedish) {
    StringBuilder b = new StringBuilder();
    b.append(
        swedish
            ? "person;process;steg;version;datum;utbildare;giltig\n"
            : "person;process;step;version;date;trainer;valid\n");
    for (TrainingRecord r : records) {
      b.append(quote(r.person()))
          .append(';')
          .append(quote(r.processId()))
          .append(';')
          .append(quote(r.stepId()))
          .append(';')
          .append(quote(r.version()))
          .append(';')
          .append(r.date())
          .append(';')
          .append(quote(r.trainer()))
          .append(';')
          .append(
              r.validFor().isZero()
                  ? ""
                  : Periods.format(
                      r.validFor(),
                      swedish ? org.flowbook.model.Language.SV : org.flowbook.model.Language.EN))
          .append('\n');
    }
    return b.toString();
  }

  private static String quote(String s) {
    return s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf(',') >= 0
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
