package org.flowbook.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;

/**
 * Golden-file assertions: generated text is compared with a file kept in the repository. Run the
 * tests with {@code -Dflowbook.golden.update=true} (or {@code FLOWBOOK_UPDATE_GOLDEN=1}) to rewrite
 * the files, then review the change with {@code git diff}.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("flowbook.golden.update")
        || "1".equals(System.getenv("FLOWBOOK_UPDATE_GOLDEN"));
  }

  /**
   * Asserts {@code actual} equals the golden file's content (line endings normalized); the path is
   * relative to the module folder, e.g. {@code src/test/resources/golden/x.svg}.
   */
  public static void assertMatches(Path golden, String actual) {
    String normalized = actual.replace("\r\n", "\n");
    try {
      if (updating()) {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, normalized);
        return;
      }
      if (!Files.exists(golden)) {
        Assertions.fail(
            "golden file %s does not exist; run with -Dflowbook.golden.update=true to create it",
            golden);
      }
      String expected = Files.readString(golden).replace("\r\n", "\n");
      Assertions.assertThat(normalized)
          .as(
              "output differs from golden file %s (update with -Dflowbook.golden.update=true)",
              golden)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
