package org.flowbook.handbook;

import java.util.Locale;
import java.util.Optional;

/** The file formats a manual can be written in, chosen by the output file's extension. */
public enum OutputFormat {
  HTML("html", "text/html; charset=utf-8"),
  PDF("pdf", "application/pdf"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  MARKDOWN("md", "text/markdown; charset=utf-8");

  private final String extension;
  private final String mediaType;

  OutputFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The HTTP content type, for the web app's downloads. */
  public String mediaType() {
    return mediaType;
  }

  /** The format a file name asks for: "manual.pdf" → PDF; ".htm" and ".markdown" count too. */
  public static Optional<OutputFormat> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      case "pdf" -> Optional.of(PDF);
      case "docx" -> Optional.of(DOCX);
      case "md", "markdown" -> Optional.of(MARKDOWN);
      default -> Optional.empty();
    };
  }
}
