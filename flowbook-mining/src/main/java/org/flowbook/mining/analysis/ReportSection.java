package org.flowbook.mining.analysis;

import java.util.Map;
import org.flowbook.model.Language;

/**
 * A further part of a mining report contributed by another analysis (conformance, discovery): it
 * renders itself in each output format, so the report renderers need not know it. Text and HTML
 * come in the report's language; a section that does not override the language-aware methods is
 * shown in English in every report.
 */
public interface ReportSection {
  /** The section's JSON field name in the report object, e.g. {@code "conformance"}. */
  String key();

  /** The heading shown in text and HTML, in English. */
  String title();

  /** Plain text lines (no heading), for the terminal, in English. */
  String text();

  /**
   * The section's JSON value as plain data: a map in field order whose values are strings, numbers,
   * booleans, null, lists and maps of the same. The report layer writes it; JSON has no language.
   */
  Map<String, Object> json();

  /** An HTML fragment (no heading), in English; must escape everything from the input. */
  String html();

  /** The heading in {@code language}. */
  default String title(Language language) {
    return title();
  }

  /** The plain text lines in {@code language}. */
  default String text(Language language) {
    return text();
  }

  /** The HTML fragment in {@code language}. */
  default String html(Language language) {
    return html();
  }
}
