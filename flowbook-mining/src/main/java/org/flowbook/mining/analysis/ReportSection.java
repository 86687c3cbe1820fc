package org.flowbook.mining.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A further part of a mining report contributed by another analysis (conformance, discovery): it
 * renders itself in each output format, so the report renderers need not know it.
 */
public interface ReportSection {
  /** The section's JSON field name in the report object, e.g. {@code "conformance"}. */
  String key();

  /** The heading shown in text and HTML. */
  String title();

  /** Plain text lines (no heading), for the terminal. */
  String text();

  /** Writes the section's JSON value (an object) with {@code json}. */
  void writeJson(JsonGenerator json) throws IOException;

  /** An HTML fragment (no heading); must escape everything that comes from the input. */
  String html();
}
