package org.flowbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbook.notation.SourceText;

/**
 * The text of a file a problem points into, read from disk so the problem can show its line: for
 * the files a command reads besides the workspace (absence lists, training records, event logs,
 * BPMN files).
 */
final class ProblemSources {
  private ProblemSources() {}

  /**
   * The file's text, or null (the problem is then shown without its line) when the name is empty or
   * the file is not a regular file, is compressed, is larger than {@link SourceText#MAX_BYTES} or
   * cannot be read.
   */
  static SourceText fromDisk(String file) {
    if (file.isEmpty() || file.endsWith(".gz")) {
      return null;
    }
    try {
      Path p = Path.of(file);
      return Files.isRegularFile(p) && Files.size(p) <= SourceText.MAX_BYTES
          ? SourceText.read(p, file)
          : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
