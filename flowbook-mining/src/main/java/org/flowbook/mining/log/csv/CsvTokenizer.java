package org.flowbook.mining.log.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.flowbook.mining.log.InputProblem;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * Splits CSV text into records (RFC 4180: quoted fields with doubled quotes, line breaks inside
 * quotes), remembering the line and column where each field starts. A field longer than the limit
 * ends the import rather than filling memory.
 */
final class CsvTokenizer {
  private final Reader in;
  private final char separator;
  private final int maxField;
  private final String file;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int len;
  private int line = 1;
  private int column = 1;
  private int recordLine;
  private int[] fieldColumns = new int[16];
  private final StringBuilder field = new StringBuilder();

  CsvTokenizer(Reader in, char separator, int maxField, String file) {
    this.in = in;
    this.separator = separator;
    this.maxField = maxField;
    this.file = file;
  }

  /**
   * Bytes that are not UTF-8 become this character (a noncharacter that valid text does not hold),
   * so the tokenizer can say at which line and column the file stops being UTF-8 — a CSV saved as
   * Windows-1252 or Latin-1 from a spreadsheet — instead of reading "Ã¤" or "\uFFFD" into activity
   * names.
   */
  static final char NOT_UTF8 = '\uFFFF';

  static java.nio.charset.CharsetDecoder utf8Decoder() {
    return java.nio.charset.StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(NOT_UTF8));
  }

  /** The line the last record started on. */
  int line() {
    return recordLine;
  }

  /** The column where field {@code i} of the last record started. */
  int column(int i) {
    return fieldColumns[Math.min(i, fieldColumns.length - 1)];
  }

  /** The start columns of the first {@code n} fields of the last record. */
  int[] columns(int n) {
    return java.util.Arrays.copyOf(fieldColumns, n);
  }

  private int read() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  private void unread() {
    pos--;
  }

  /**
   * Reads the next record into {@code fields}; false at the end of the input. A blank line gives
   * one empty field.
   */
  boolean next(List<String> fields) throws IOException {
    fields.clear();
    recordLine = line;
    int c = read();
    if (c < 0) {
      return false;
    }
    unread();
    while (true) {
      if (fields.size() == fieldColumns.length) {
        fieldColumns = java.util.Arrays.copyOf(fieldColumns, fields.size() * 2);
      }
      fieldColumns[fields.size()] = column;
      int end = readField();
      fields.add(field.toString());
      if (end != separator) {
        return true;
      }
    }
  }

  /** Reads one field into {@code field}; returns the separator, '\n' or -1 that ended it. */
  private int readField() throws IOException {
    field.setLength(0);
    int c = read();
    column++;
    if (c == '"') {
      int startLine = line;
      int startColumn = column - 1;
      while (true) {
        c = read();
        column++;
        if (c < 0) {
          throw new InputProblem(
              Problem.error(
                  "csv-unclosed-quote",
                  "a quoted field is never closed",
                  "a \" inside a quoted field must be doubled (\"\")",
                  SourceLocation.of(file, startLine, startColumn)));
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            column++;
            append('"');
            continue;
          }
          if (d >= 0) {
            unread();
          }
          c = read();
          column++;
          // Text after the closing quote is kept as written (lenient, like most spreadsheet
          // exports expect).
          while (c >= 0 && c != separator && c != '\n' && c != '\r') {
            append((char) c);
            c = read();
            column++;
          }
          return endOfField(c);
        }
        if (c == '\n') {
          line++;
          column = 1;
        }
        append((char) c);
      }
    }
    while (c >= 0 && c != separator && c != '\n' && c != '\r') {
      append((char) c);
      c = read();
      column++;
    }
    return endOfField(c);
  }

  private int endOfField(int c) throws IOException {
    if (c == '\r') {
      int d = read();
      if (d != '\n' && d >= 0) {
        unread();
      }
      c = '\n';
    }
    if (c == '\n') {
      line++;
      column = 1;
    }
    return c;
  }

  private void append(char c) throws InputProblem {
    if (c == NOT_UTF8) {
      throw new InputProblem(
          Problem.error(
              "csv-not-utf8",
              "the file is not UTF-8 text here (it looks saved as Windows-1252 or Latin-1)",
              "save it as \"CSV UTF-8\" (Excel: Save As → CSV UTF-8) and upload it again",
              SourceLocation.of(file, line, Math.max(1, column - 1))));
    }
    if (field.length() >= maxField) {
      throw new InputProblem(
          Problem.error(
              "value-too-long",
              "a field is longer than " + maxField + " characters",
              "the separator or quoting is probably wrong, or the file is damaged",
              SourceLocation.of(file, recordLine, 0)));
    }
    field.append(c);
  }
}
