package org.flowbook.repository.cluster;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowbook.repository.db.Database;
import org.junit.jupiter.api.io.TempDir;

/** Two libraries on one embedded H2 file (in one JVM they share the open database). */
class H2ClusterTest implements ClusterContract {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  @TempDir Path dir;

  @Override
  public String freshUrl() {
    return Database.h2Url(dir.resolve("db" + COUNTER.incrementAndGet()));
  }
}
