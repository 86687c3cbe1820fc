package org.flowbook.mining.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.flowbook.mining.log.files.EventLogs;

/** Small helpers that write test logs into a temporary folder. */
final class Logs {
  private Logs() {}

  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static Path gzip(Path dir, String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(content);
    }
    return p;
  }

  /**
   * A minimal XES document with the given traces (each trace: id then activity@timestamp pairs).
   */
  static String xes(String... traces) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log>\n");
    for (String t : traces) {
      String[] parts = t.split(";");
      s.append("<trace><string key=\"concept:name\" value=\"").append(parts[0]).append("\"/>\n");
      for (int i = 1; i < parts.length; i++) {
        String[] ev = parts[i].split("@");
        s.append("<event><string key=\"concept:name\" value=\"")
            .append(ev[0])
            .append("\"/><date key=\"time:timestamp\" value=\"")
            .append(ev[1])
            .append("\"/></event>\n");
      }
      s.append("</trace>\n");
    }
    return s.append("</log>\n").toString();
  }

  static LogImportException failure(Path file, ImportOptions options) {
    try {
      EventLogs.read(file, options);
    } catch (LogImportException e) {
      return e;
    }
    throw new AssertionError("import of " + file + " should have failed");
  }
}
