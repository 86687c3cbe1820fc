package org.flowbook.cli;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** What a benchmark's figures must be read with: the Java version, the cores, memory and load. */
final class BenchMachine {
  private BenchMachine() {}

  /** "Java 17.0.9, 2 cores". */
  static String of() {
    return String.format(
        Locale.ROOT,
        "Java %s, %d cores",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
  }

  /** "Java 17.0.9, 2 cores, max heap 1,024 MiB". */
  static String withMaxHeap() {
    return String.format(
        Locale.ROOT, "%s, max heap %,d MiB", of(), Runtime.getRuntime().maxMemory() >> 20);
  }

  /** The system's load average over the last minute: benchmark figures mean little without it. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
