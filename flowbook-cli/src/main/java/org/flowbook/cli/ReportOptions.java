package org.flowbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.notation.LoadedWorkspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code -o/--output} and {@code --lang} options of the commands that write a report (a picocli
 * mixin), with what they mean: where the report goes and which language it is said in. {@link
 * StandardReportOptions} adds the text/json/html {@code --format}.
 */
class ReportOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report here instead of standard output.")
  Path output;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      description = "Language of the report (default: the language of what it reports on).")
  String lang;

  /** The language asked for with {@code --lang}; a usage error when it is neither sv nor en. */
  Optional<Language> language() {
    return ReportOutput.language(spec, lang);
  }

  /** The language problems are said in: {@code --lang}, else the workspace's, else English. */
  Language problemLanguage(LoadedWorkspace ws) {
    return ReportOutput.problemLanguage(spec, lang, ws);
  }

  /** Writes the report to {@code -o}, or to standard output. */
  void write(String content) throws IOException {
    ReportOutput.write(spec, output, content);
  }
}
