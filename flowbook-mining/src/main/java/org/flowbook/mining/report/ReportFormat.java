package org.flowbook.mining.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.flowbook.mining.analysis.MiningReport;

/** The output formats of a mining report, each with its renderer. */
public enum ReportFormat {
  TEXT(TextReport::render, ".txt"),
  JSON(JsonReport::render, ".json"),
  HTML(HtmlReport::render, ".html");

  private final Function<MiningReport, String> renderer;
  private final String extension;

  ReportFormat(Function<MiningReport, String> renderer, String extension) {
    this.renderer = renderer;
    this.extension = extension;
  }

  public String render(MiningReport report) {
    return renderer.apply(report);
  }

  public String extension() {
    return extension;
  }

  /**
   * The format a file name's extension says ({@code .html}, {@code .htm}, {@code .json}, {@code
   * .txt}).
   */
  public static Optional<ReportFormat> ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }
}
