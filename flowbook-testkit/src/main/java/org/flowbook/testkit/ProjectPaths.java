package org.flowbook.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository root, whichever module's folder a test runs in. */
public final class ProjectPaths {
  private ProjectPaths() {}

  /**
   * The repository root: the {@code flowbook.root} system property that Surefire sets from {@code
   * maven.multiModuleProjectDirectory}, else the nearest parent folder holding the parent POM (for
   * runs from an IDE).
   */
  public static Path root() {
    String prop = System.getProperty("flowbook.root");
    if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path pom = dir.resolve("pom.xml");
      if (Files.isRegularFile(pom) && isParentPom(pom)) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "cannot find the Flowbook repository root from " + Path.of("").toAbsolutePath());
  }

  /** A path relative to the repository root, e.g. {@code examples}. */
  public static Path inRepo(String relative) {
    return root().resolve(relative);
  }

  private static boolean isParentPom(Path pom) {
    try {
      return Files.readString(pom).contains("<artifactId>flowbook-parent</artifactId>");
    } catch (IOException e) {
      return false;
    }
  }
}
