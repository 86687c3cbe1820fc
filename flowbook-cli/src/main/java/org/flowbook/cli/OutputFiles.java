package org.flowbook.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writing a command's output file whole or not at all: the content goes to a new file beside the
 * target, which then replaces it in one rename, so a failed or interrupted run never leaves half a
 * handbook behind.
 *
 * <p>The temporary file is created like any other file (not with {@code Files.createTempFile},
 * which makes it readable by its owner only): the user's umask decides its mode, so colleagues can
 * open the result as they can open every other file the user writes there.
 */
final class OutputFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputFiles() {}

  /** Writes what {@code content} produces to {@code target}, replacing it in one step. */
  static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().normalize().getParent();
    Path temp = dir.resolve(".flowbook-" + HexFormat.of().formatHex(randomBytes()) + ".tmp");
    try {
      // CREATE_NEW: never follows or reuses an existing name; permissions come from the umask.
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes a text as UTF-8; see {@link #write(Path, Content)}. */
  static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return b;
  }

  /** What goes into the file. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }
}
