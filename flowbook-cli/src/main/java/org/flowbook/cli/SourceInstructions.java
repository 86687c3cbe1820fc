package org.flowbook.cli;

import java.util.HashMap;
import java.util.Map;
import org.flowbook.analysis.lint.InstructionLocator;
import org.flowbook.model.Process;
import org.flowbook.model.SourceLocation;
import org.flowbook.model.Step;
import org.flowbook.notation.LoadedWorkspace;
import org.flowbook.notation.SourceText;

/**
 * Finds the line of an instruction in the source file: the first line after the step's own line
 * that holds the instruction's text, so analysis problems point at the sentence itself.
 */
final class SourceInstructions implements InstructionLocator {
  private static final int SEARCH_LINES = 200;
  private final Map<String, SourceText> sources = new HashMap<>();

  SourceInstructions(LoadedWorkspace ws) {
    sources.putAll(ws.sources());
  }

  @Override
  public SourceLocation locate(Process process, String stepId, int index) {
    Step step = process.step(stepId).orElse(null);
    if (step == null) {
      return process.at();
    }
    SourceLocation at = step.at();
    SourceText src = sources.get(at.file());
    if (src == null || !at.known() || index >= step.task().instructions().size()) {
      return at;
    }
    String text = step.task().instructions().get(index);
    String probe = text.length() > 40 ? text.substring(0, 40) : text;
    int last = Math.min(src.lines().size(), at.line() + SEARCH_LINES);
    for (int line = at.line() + 1; line <= last; line++) {
      String l = src.line(line);
      int col = l.indexOf(probe);
      if (col >= 0) {
        return SourceLocation.of(at.file(), line, col + 1);
      }
    }
    return at;
  }
}
