package org.flowbook.notation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.model.Problem;
import org.flowbook.model.SourceLocation;

/**
 * The lines of one source file, decoded defensively: whatever the bytes, the result is a list of
 * lines plus the problems found (binary content, invalid UTF-8, over-long lines, a file over the
 * size limit), never an exception.
 */
public final class SourceText {
  /** Files larger than this are refused; a process file is a few KiB. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /** Lines longer than this are reported and not parsed. */
  public static final int MAX_LINE_LENGTH = 10_000;

  private final String file;
  private final List<String> lines;
  private final List<Problem> problems;
  private final boolean readable;

  private SourceText(String file, List<String> lines, List<Problem> problems, boolean readable) {
    this.file = file;
    this.lines = List.copyOf(lines);
    this.problems = List.copyOf(problems);
    this.readable = readable;
  }

  /** Reads a file, refusing one over the size limit before loading it. */
  public static SourceText read(java.nio.file.Path path, String displayName)
      throws java.io.IOException {
    long size = java.nio.file.Files.size(path);
    if (size > MAX_BYTES) {
      return new SourceText(
          displayName,
          List.of(),
          List.of(
              Problem.error(
                  "file-too-large",
                  "the file is "
                      + (size / (1024 * 1024))
                      + " MiB; the limit is "
                      + (MAX_BYTES / (1024 * 1024))
                      + " MiB",
                  "split it into several processes; a process file is usually a few KiB",
                  SourceLocation.file(displayName))),
          false);
    }
    return decode(displayName, java.nio.file.Files.readAllBytes(path));
  }

  public static SourceText of(String file, String text) {
    return new SourceText(file, split(text), List.of(), true);
  }

  /** Decodes bytes as UTF-8 (a BOM is skipped), reporting what is wrong with them. */
  public static SourceText decode(String file, byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    if (bytes.length > MAX_BYTES) {
      problems.add(
          Problem.error(
              "file-too-large",
              "the file is "
                  + (bytes.length / (1024 * 1024))
                  + " MiB; the limit is "
                  + (MAX_BYTES / (1024 * 1024))
                  + " MiB",
              "split it into several processes; a process file is usually a few KiB",
              SourceLocation.file(file)));
      return new SourceText(file, List.of(), problems, false);
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      SourceLocation at = locate(file, bytes, nul);
      problems.add(
          Problem.error(
              "binary-file",
              "the file contains binary data (a NUL byte), not text",
              "a .flow file must be plain UTF-8 text; was a different file given the .flow name?",
              at));
      return new SourceText(file, List.of(), problems, false);
    }
    int offset = startsWithBom(bytes) ? 3 : 0;
    String text;
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      text = strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset);
      problems.add(
          Problem.error(
              "invalid-utf8",
              "the file is not valid UTF-8 (first bad byte 0x"
                  + String.format("%02X", bytes[bad] & 0xff)
                  + ")",
              "save the file as UTF-8; Latin-1 or Windows-1252 files show this for å, ä and ö",
              locate(file, bytes, bad)));
      text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }
    List<String> lines = split(text);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length() > MAX_LINE_LENGTH) {
        problems.add(
            Problem.error(
                "line-too-long",
                "line "
                    + (i + 1)
                    + " has "
                    + lines.get(i).length()
                    + " characters; the limit is "
                    + MAX_LINE_LENGTH,
                "break the text into several instructions, one per line",
                SourceLocation.of(file, i + 1, MAX_LINE_LENGTH + 1)));
        lines.set(i, "");
      }
    }
    return new SourceText(file, lines, problems, true);
  }

  public String file() {
    return file;
  }

  public List<String> lines() {
    return lines;
  }

  /** The 1-based line, or empty when out of range. */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  /** Problems found while decoding. */
  public List<Problem> problems() {
    return problems;
  }

  /** False when the content could not be read as text at all (binary, too large). */
  public boolean readable() {
    return readable;
  }

  public boolean isBlank() {
    return lines.stream().allMatch(String::isBlank);
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** Line and column (in characters, approximately) of a byte offset. */
  private static SourceLocation locate(String file, byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return SourceLocation.of(file, line, prefix.length() + 1);
  }

  private static int firstInvalidUtf8(byte[] bytes, int from) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      var result = d.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return from;
      }
      out.clear();
    }
  }
}
