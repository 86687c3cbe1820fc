package org.flowbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.map.BpmnImporter;
import org.flowbook.model.Language;
import org.flowbook.model.Problem;
import org.flowbook.model.Severity;
import org.flowbook.notation.Diagnostics;

/** Reading BPMN files named on the command line, and printing what their import found. */
final class BpmnInputs {
  private BpmnInputs() {}

  static boolean isBpmn(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".bpmn") || n.endsWith(".bpmn2") || n.endsWith(".bpmn20.xml");
  }

  /** Imports one file; problems name it as the user typed it. */
  static BpmnImport read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new BpmnImporter().read(in, file.toString());
    }
  }

  /**
   * Prints problems as {@code file:line:col: severity[code]: message}, the source line, a caret and
   * the hint; notes only when {@code verbose}.
   */
  static void print(PrintWriter err, List<Problem> problems, boolean verbose, Language language) {
    Diagnostics d = new Diagnostics(ProblemSources::fromDisk, Terminal.colors()).in(language);
    for (Problem p : problems) {
      if (verbose || p.severity() != Severity.INFO) {
        err.print(d.render(p));
      }
    }
    err.flush();
  }
}
