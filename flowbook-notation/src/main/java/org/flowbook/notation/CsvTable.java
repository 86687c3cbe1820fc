package org.flowbook.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Suggestions;

/**
 * A small CSV table as HR and calendar systems export it: a header row, then one record per line,
 * {@code ,} or {@code ;} as separator (Swedish spreadsheets write {@code ;}), double quotes around
 * fields that hold separators. Every row keeps its line number so that problems point at it. A
 * ragged row is an error, never silently padded or cut.
 *
 * @param columns the folded header names, in order
 * @param rows the data rows, each as many fields as there are columns
 */
public record CsvTable(
    String file, char separator, List<String> columns, List<Row> rows, List<Problem> problems) {

  /** The most rows a table may hold: far more than any organization's people or absences. */
  public static final int MAX_ROWS = 200_000;

  public CsvTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** One data row and where it was written. */
  public record Row(int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    public String get(int column) {
      return column < 0 || column >= fields.size() ? "" : fields.get(column);
    }

    public SourceLocation at(String file) {
      return SourceLocation.of(file, line, 1);
    }
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** Reads decoded text (decoding problems — size, encoding — come with the source). */
  public static CsvTable parse(SourceText src) {
    List<Problem> problems = new ArrayList<>(src.problems());
    List<String> lines = src.lines();
    int headerLine = 0;
    while (headerLine < lines.size() && lines.get(headerLine).isBlank()) {
      headerLine++;
    }
    if (!src.readable() || headerLine >= lines.size()) {
      if (src.readable()) {
        problems.add(
            Problem.error(
                "csv-empty",
                "the file has no header row",
                "the first line names the columns, e.g. 'namn;e-post;roller'",
                SourceLocation.file(src.file())));
      }
      return new CsvTable(src.file(), ',', List.of(), List.of(), problems);
    }
    String head = lines.get(headerLine);
    char sep = count(head, ';') > count(head, ',') ? ';' : ',';
    List<String> columns = new ArrayList<>();
    for (String c : split(head, sep, src.file(), headerLine + 1, problems)) {
      columns.add(fold(c));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = headerLine + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (rows.size() >= MAX_ROWS) {
        problems.add(
            Problem.error(
                "csv-too-many-rows",
                "the file has more than " + MAX_ROWS + " rows",
                "split it, or export only the people and periods that matter",
                SourceLocation.of(src.file(), i + 1, 1)));
        break;
      }
      List<String> fields = split(line, sep, src.file(), i + 1, problems);
      if (fields.size() != columns.size()) {
        problems.add(
            Problem.error(
                "csv-ragged-row",
                "the row has "
                    + fields.size()
                    + " field"
                    + (fields.size() == 1 ? "" : "s")
                    + " but the header has "
                    + columns.size(),
                "put quotes around a field that holds '" + sep + "', or fill the empty fields",
                SourceLocation.of(src.file(), i + 1, 1)));
        continue;
      }
      rows.add(new Row(i + 1, fields));
    }
    return new CsvTable(src.file(), sep, columns, rows, problems);
  }

  /**
   * The column one of whose names (in any language) the header uses, or -1.
   *
   * @param names accepted header names, folded (lower case)
   */
  public int column(List<String> names) {
    for (int i = 0; i < columns.size(); i++) {
      if (names.contains(columns.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The column index per required field; a missing one is an error naming the accepted headers.
   *
   * @param required a field's accepted header names by what the field is
   */
  public Optional<int[]> require(Map<String, List<String>> required, List<Problem> out) {
    int[] found = new int[required.size()];
    int i = 0;
    boolean ok = true;
    for (Map.Entry<String, List<String>> e : required.entrySet()) {
      found[i] = column(e.getValue());
      if (found[i] < 0) {
        ok = false;
        String near =
            columns.stream()
                .map(c -> Suggestions.closest(c, e.getValue()))
                .flatMap(Optional::stream)
                .findFirst()
                .map(c -> "did you mean '" + c + "'? ")
                .orElse("");
        out.add(
            Problem.error(
                "csv-missing-column",
                "no column for " + e.getKey() + " in the header",
                near + "accepted headers: " + String.join(", ", e.getValue()),
                SourceLocation.of(file, 1, 1)));
      }
      i++;
    }
    return ok ? Optional.of(found) : Optional.empty();
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Splits one line at separators outside double quotes ({@code ""} inside quotes is a quote). */
  static List<String> split(String line, char sep, String file, int lineNo, List<Problem> out) {
    List<String> fields = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.toString().isBlank()) {
        quoted = true;
        cur.setLength(0);
      } else if (c == sep) {
        fields.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      out.add(
          Problem.error(
              "csv-unclosed-quote",
              "a quoted field is not closed on this line",
              "close the quote; a field cannot span lines here",
              SourceLocation.of(file, lineNo, 1)));
    }
    fields.add(cur.toString().strip());
    return fields;
  }
}
