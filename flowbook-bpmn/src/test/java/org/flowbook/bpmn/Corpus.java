package org.flowbook.bpmn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flowbook.bpmn.map.BpmnImporter;
import org.flowbook.testkit.SharedData;

/** The BPMN files of the shared test data, and importing one of them. */
final class Corpus {
  private Corpus() {}

  /** The .bpmn files directly in a folder under shared/data, sorted by name. */
  static List<Path> files(String folder) {
    Path dir = SharedData.require(folder);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BpmnImport read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new BpmnImporter().read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BpmnImport read(String xml, String name) {
    return new BpmnImporter()
        .read(
            new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            name);
  }

  static String errors(BpmnImport r) {
    return String.join(
        "\n", r.problems().stream().filter(p -> p.isError()).map(p -> p.headline()).toList());
  }
}
