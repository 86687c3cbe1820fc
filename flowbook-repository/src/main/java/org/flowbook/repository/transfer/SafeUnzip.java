package org.flowbook.repository.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip with limits: no paths outside the target, at most 10,000 entries and 256
 * MiB in total, so a zip bomb or a crafted name cannot hurt the server.
 */
final class SafeUnzip {
  static final int MAX_ENTRIES = 10_000;
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private SafeUnzip() {}

  static void extract(InputStream in, Path target) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      byte[] buf = new byte[8192];
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new IOException("the zip has more than " + MAX_ENTRIES + " entries");
        }
        Path out = root.resolve(e.getName()).normalize();
        if (!out.startsWith(root)) {
          throw new IOException("the zip entry '" + e.getName() + "' points outside the folder");
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
          int n;
          while ((n = zip.read(buf)) > 0) {
            total += n;
            if (total > MAX_BYTES) {
              throw new IOException("the zip unpacks to more than 256 MiB");
            }
            os.write(buf, 0, n);
          }
        }
      }
    }
  }

  static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless; the import result is what matters.
    }
  }
}
