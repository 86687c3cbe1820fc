package org.flowbook.capture;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.capture.drawio.DrawioImport;
import org.flowbook.notation.ProcessFormatter;
import org.junit.jupiter.api.Test;

class ScratchPrintTest {
  @Test
  void print() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/drawio"))) {
      for (Path f : files.sorted().toList()) {
        if (f.toString().endsWith(".md")) continue;
        try (InputStream in = Files.newInputStream(f)) {
          BpmnImport r = new DrawioImport().read(in, f.getFileName().toString(), "X");
          System.out.println("######## " + f);
          r.problems().forEach(p -> System.out.println("  " + p.headline()));
          r.processes().forEach(p -> System.out.println(ProcessFormatter.format(p)));
        }
      }
    }
  }
}
