package org.flowbook.capture.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.capture.base.CaptureLimits;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Reads a CSV step list as spreadsheets save it: separator {@code ;}, {@code ,} or tab (the one the
 * header line uses most — Swedish Excel writes {@code ;}), quoted fields with doubled quotes and
 * line breaks, a UTF-8 byte-order mark. Counts bytes and rows while reading, so an endless or huge
 * file stops at the limit.
 */
final class CsvTable {
  private CsvTable() {}

  static final class Failure extends Exception {
    final Problem problem;

    Failure(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  static Table read(InputStream input, String file, CaptureLimits limits) throws Failure {
    String text;
    try {
      byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (bytes.length > limits.maxBytes()) {
        throw new Failure(
            Problem.error(
                "table-too-large",
                "the file is larger than " + limits.maxBytes() / (1024 * 1024) + " MiB",
                "split the list",
                SourceLocation.file(file)));
      }
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Failure(
          Problem.error(
              "table-read",
              "cannot read the file: " + e.getMessage(),
              "",
              SourceLocation.file(file)));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char separator = separator(text);
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    parse(text, separator, records, lines, file, limits);
    int first = 0;
    while (first < records.size() && records.get(first).stream().allMatch(String::isBlank)) {
      first++;
    }
    if (first == records.size()) {
      throw new Failure(
          Problem.error(
              "table-empty",
              "the file has no header row",
              "the first row names the columns, e.g. Steg;Titel;Roll;Nästa",
              SourceLocation.of(file, 1, 1)));
    }
    List<Table.Row> rows = new ArrayList<>();
    for (int i = first + 1; i < records.size(); i++) {
      rows.add(new Table.Row(lines.get(i), records.get(i)));
    }
    return new Table(records.get(first), lines.get(first), rows);
  }

  private static char separator(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    char best = ',';
    long bestCount = -1;
    for (char c : new char[] {';', ',', '\t'}) {
      long n = header.chars().filter(ch -> ch == c).count();
      if (n > bestCount) {
        best = c;
        bestCount = n;
      }
    }
    return best;
  }

  private static void parse(
      String text,
      char separator,
      List<List<String>> records,
      List<Integer> lines,
      String file,
      CaptureLimits limits)
      throws Failure {
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        quoteLine = line;
        field.setLength(0);
      } else if (c == separator) {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        lines.add(recordLine);
        if (records.size() > limits.maxElements()) {
          throw new Failure(
              Problem.error(
                  "table-too-large",
                  "the list has more than " + limits.maxElements() + " rows",
                  "split the list into processes",
                  SourceLocation.of(file, line, 1)));
        }
        record = new ArrayList<>();
        line++;
        recordLine = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new Failure(
          Problem.error(
              "table-syntax",
              "a quoted field is never closed",
              "close the quote that starts here with \"",
              SourceLocation.of(file, quoteLine, 1)));
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
      lines.add(recordLine);
    }
  }
}
