package org.flowbook.cli;

import picocli.CommandLine.Option;

/** {@link ReportOptions} with the {@code --format} of a text, JSON or HTML report. */
final class StandardReportOptions extends ReportOptions {
  @Option(
      names = "--format",
      description = "text, json or html (default: from the -o extension, else text).")
  ReportOutput.Format format;

  /** The format asked for, else the one of the {@code -o} extension, else text. */
  ReportOutput.Format format() {
    return ReportOutput.format(format, output);
  }
}
