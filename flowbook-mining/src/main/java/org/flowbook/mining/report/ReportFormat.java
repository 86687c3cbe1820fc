package org.flowbook.mining.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.flowbook.mining.analysis.MiningReport;
import org.flowbook.model.Language;

/** The output formats of a mining report, each with its renderer. */
public enum ReportFormat {
  TEXT(TextReport::render, ".txt"),
  /** Language-neutral: keys and raw numbers, whatever language the report is asked in. */
  JSON((report, language) -> JsonReport.render(report), ".json"),
  HTML(HtmlReport::render, ".html");

  private final BiFunction<MiningReport, Language, String> renderer;
  private final String extension;

  ReportFormat(BiFunction<MiningReport, Language, String> renderer, String extension) {
    this.renderer = renderer;
    this.extension = extension;
  }

  /** The report in English. */
  public String render(MiningReport report) {
    return render(report, Language.EN);
  }

  /** The report with its fixed texts, numbers and durations in {@code language}. */
  public String render(MiningReport report, Language language) {
    return renderer.apply(report, language);
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
