package org.flowbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.flowbook.mining.bench.BenchStep;

/**
 * Times {@code flowbook mine LOG} as a user runs it: a new JVM each time, started the way the
 * {@code ./flowbook} launcher starts short commands, output discarded. This is the figure the
 * issue's "end to end, as a whole process with JVM start" target is about; the in-process rows of
 * the benchmark say where the time goes.
 */
final class WholeProcessTiming {
  /** The JIT flag the launcher gives short commands (see {@code ./flowbook}). */
  static final String SHORT_COMMAND_JIT = "-XX:TieredStopAtLevel=1";

  private WholeProcessTiming() {}

  static BenchStep mine(Path log, int runs) throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command =
        List.of(
            java,
            SHORT_COMMAND_JIT,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "mine",
            log.toString());
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try {
        int exit = p.waitFor();
        if (exit != 0) {
          throw new IOException("flowbook mine exited with " + exit);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    return new BenchStep("whole process: flowbook mine LOG (new JVM)", ms);
  }
}
