package org.flowbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.flowbook.model.Language;
import org.flowbook.notation.LoadedWorkspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The options the reporting commands share: format from the flag or the file extension, language.
 */
final class ReportOutput {
  enum Format {
    text,
    json,
    html
  }

  private ReportOutput() {}

  /** The format asked for, else the one of the -o extension, else text. */
  static Format format(Format flag, Path output) {
    if (flag != null) {
      return flag;
    }
    if (output != null) {
      String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return Format.json;
      }
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        return Format.html;
      }
    }
    return Format.text;
  }

  static Optional<Language> language(CommandSpec spec, String lang) {
    if (lang == null) {
      return Optional.empty();
    }
    return Optional.of(
        Language.fromCode(lang)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), "--lang must be sv or en, not '" + lang + "'")));
  }

  /**
   * The language problems are said in: {@code --lang} when given, else the workspace's (its
   * organization's), else English.
   */
  static Language problemLanguage(CommandSpec spec, String lang, LoadedWorkspace ws) {
    return language(spec, lang)
        .orElseGet(
            () ->
                ws == null || ws.workspace() == null
                    ? Language.EN
                    : ws.workspace().organization().language());
  }

  /** Cases per month from "120", "120/month", "120 per månad". */
  static Optional<Double> volume(CommandSpec spec, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String number =
        text.strip().replaceAll("(?i)\\s*(/|per)\\s*(month|månad|mån)$", "").replace(',', '.');
    try {
      double v = Double.parseDouble(number);
      if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return Optional.of(v);
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--volume must be cases per month, e.g. 120 or 120/month, not '" + text + "'");
    }
  }

  /** Writes the report to the file, or to standard output. */
  static void write(CommandSpec spec, Path output, String content) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(content);
      out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(output, content, StandardCharsets.UTF_8);
    spec.commandLine().getErr().println("wrote " + output);
    spec.commandLine().getErr().flush();
  }
}
