package org.flowbook.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only test data from real sources that CI puts beside the clone ({@code ../shared/data}:
 * BPMN interchange files, public event logs, reference results). Large files are never copied into
 * the repository.
 */
public final class SharedData {
  private SharedData() {}

  /** The {@code shared/data} folder beside the repository (it may not exist). */
  public static Path dir() {
    String override = System.getenv("FLOWBOOK_SHARED_DATA");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    return ProjectPaths.root().resolveSibling("shared").resolve("data");
  }

  /**
   * A file or folder under {@code shared/data}, e.g. {@code logs/running-example.xes}; skips the
   * calling test with a notice when it is missing, and fails it on CI.
   */
  public static Path require(String relative) {
    Path p = dir().resolve(relative);
    TestEnvironment.require(
        Files.exists(p), "shared data file " + p, "put the shared/ folder beside the clone");
    return p;
  }
}
