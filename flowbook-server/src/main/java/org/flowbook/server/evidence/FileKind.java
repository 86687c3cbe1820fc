package org.flowbook.server.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file the server takes, recognised by their content, never by the name or
 * the type the sender claims (decision 1111). A file is accepted only when its content is one of
 * these kinds and its name ends in one of that kind's extensions, so a web page renamed {@code
 * .pdf} and a PDF renamed {@code .txt} are both refused. Markup (HTML, SVG, XML) is no kind at all:
 * a text file that starts with {@code <} is refused.
 */
public enum FileKind {
  PDF("application/pdf", List.of("pdf")),
  PNG("image/png", List.of("png")),
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
  CSV("text/csv", List.of("csv")),
  TEXT("text/plain", List.of("txt"));

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final String mediaType;
  private final List<String> extensions;

  FileKind(String mediaType, List<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  /** The type the file is served as (with {@code charset=utf-8} for text). */
  public String mediaType() {
    return mediaType;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** Every extension accepted, for the file chooser ({@code .pdf,.png,…}). */
  public static String accept() {
    StringBuilder b = new StringBuilder();
    for (FileKind k : values()) {
      for (String e : k.extensions) {
        b.append(b.isEmpty() ? "" : ",").append('.').append(e);
      }
    }
    return b.toString();
  }

  /** The kind of a file by its content, or empty when it is none of the accepted kinds. */
  public static Optional<FileKind> sniff(byte[] content, String name) {
    if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (content.length >= 3
        && (content[0] & 0xff) == 0xff
        && (content[1] & 0xff) == 0xd8
        && (content[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      List<String> entries = ZipDirectory.names(content);
      if (entries.contains("[Content_Types].xml") && entries.contains("xl/workbook.xml")) {
        return Optional.of(XLSX);
      }
      if (entries.contains("[Content_Types].xml") && entries.contains("word/document.xml")) {
        return Optional.of(DOCX);
      }
      return Optional.empty();
    }
    if (isPlainText(content)) {
      return Optional.of(extension(name).equals("csv") ? CSV : TEXT);
    }
    return Optional.empty();
  }

  /** The file's extension in lower case, or "". */
  public static String extension(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether the name ends in one of this kind's extensions. */
  public boolean named(String name) {
    return extensions.contains(extension(name));
  }

  /** UTF-8 without NUL or other control characters but tab and line ends, and not markup. */
  private static boolean isPlainText(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    String start = text.replace("\uFEFF", "").stripLeading();
    return !start.startsWith("<");
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
