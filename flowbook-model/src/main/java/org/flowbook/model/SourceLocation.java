package org.flowbook.model;

/**
 * Where something was written: a file and a 1-based line and column. Line or column 0 means
 * "unknown" (e.g. a model built in code or imported from a format without positions).
 */
public record SourceLocation(String file, int line, int column) {
  public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

  public SourceLocation {
    file = file == null ? "" : file;
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  public static SourceLocation of(String file, int line, int column) {
    return new SourceLocation(file, line, column);
  }

  public static SourceLocation file(String file) {
    return new SourceLocation(file, 0, 0);
  }

  public boolean known() {
    return line > 0;
  }

  /** {@code file:line:col}, leaving out the parts that are unknown. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file.isEmpty() ? "<input>" : file);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    return s.toString();
  }
}
