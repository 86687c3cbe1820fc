package org.flowbook.bpmn.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flowbook.bpmn.BpmnImport;
import org.flowbook.bpmn.map.BpmnImporter;
import org.flowbook.bpmn.write.BpmnExporter;
import org.flowbook.diagram.layout.Box;
import org.flowbook.diagram.layout.DiagramLayout;
import org.flowbook.diagram.layout.NodeLayout;
import org.flowbook.model.Activity;
import org.flowbook.model.End;
import org.flowbook.model.Flow;
import org.flowbook.model.Process;
import org.flowbook.model.Start;
import org.flowbook.model.Step;
import org.flowbook.model.Task;

/**
 * Import and export times, printed as a table (run with the test classpath: {@code java
 * org.flowbook.bpmn.bench.BpmnBenchmark ../shared/data/bpmn}). The export uses a fixed grid layout
 * so it measures this module, not the layouter.
 */
public final class BpmnBenchmark {
  private BpmnBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/bpmn");
    List<byte[]> corpus = new ArrayList<>();
    try (Stream<Path> s = Files.walk(data.resolve("miwg"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        corpus.add(Files.readAllBytes(p));
      }
    }
    long bytes = corpus.stream().mapToLong(b -> b.length).sum();
    for (int warm = 0; warm < 3; warm++) {
      importAll(corpus);
    }
    long t0 = System.nanoTime();
    int rounds = 5;
    for (int r = 0; r < rounds; r++) {
      importAll(corpus);
    }
    double ms = (System.nanoTime() - t0) / 1e6 / rounds;
    System.out.printf(Locale.ROOT, "%-40s %10s %12s%n", "case", "ms", "throughput");
    System.out.printf(
        Locale.ROOT,
        "%-40s %10.1f %9.1f MB/s%n",
        "import " + corpus.size() + " MIWG files (" + bytes / 1024 + " KiB)",
        ms,
        bytes / 1e3 / ms);
    for (int n : new int[] {10, 100, 1000, 10000}) {
      Process p = chain(n);
      DiagramLayout grid = grid(p);
      BpmnExporter exporter = new BpmnExporter(x -> grid);
      String xml = exporter.write(p);
      for (int warm = 0; warm < 3; warm++) {
        exporter.write(p);
      }
      long e0 = System.nanoTime();
      xml = exporter.write(p);
      double exportMs = (System.nanoTime() - e0) / 1e6;
      long i0 = System.nanoTime();
      new BpmnImporter().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x");
      double importMs = (System.nanoTime() - i0) / 1e6;
      System.out.printf(Locale.ROOT, "%-40s %10.1f%n", "export " + n + " steps", exportMs);
      System.out.printf(
          Locale.ROOT,
          "%-40s %10.1f%n",
          "import " + n + " steps (" + xml.length() / 1024 + " KiB)",
          importMs);
    }
  }

  private static void importAll(List<byte[]> corpus) {
    for (byte[] b : corpus) {
      BpmnImport r = new BpmnImporter().read(new ByteArrayInputStream(b), "x");
      if (r.processes().isEmpty() && !r.hasErrors()) {
        throw new IllegalStateException("nothing imported");
      }
    }
  }

  private static Process chain(int n) {
    List<Step> steps = new ArrayList<>();
    List<Flow> flows = new ArrayList<>();
    steps.add(new Start("start", "", null, null));
    String prev = "start";
    for (int i = 1; i <= n; i++) {
      steps.add(new Activity(String.valueOf(i), "Step " + i, Task.by("Role " + (i % 5))));
      flows.add(Flow.of(prev, String.valueOf(i)));
      prev = String.valueOf(i);
    }
    steps.add(new End("end", "", null, null));
    flows.add(Flow.of(prev, "end"));
    return Process.of("bench", "Bench", steps, flows);
  }

  private static DiagramLayout grid(Process p) {
    List<NodeLayout> nodes = new ArrayList<>();
    int i = 0;
    for (Step s : p.steps()) {
      nodes.add(new NodeLayout(s.id(), new Box(40 + 140.0 * i++, 40, 100, 80)));
    }
    return new DiagramLayout(p.id(), 140.0 * i + 80, 160, List.of(), nodes, List.of());
  }
}
