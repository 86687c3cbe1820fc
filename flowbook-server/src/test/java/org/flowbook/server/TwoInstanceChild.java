package org.flowbook.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;

/**
 * One of the two server instances {@link TwoInstancesTest} starts as child processes on one
 * PostgreSQL database: {@code JDBC-URL WORKSPACE PORT-FILE RUNS-FILE}. Besides serving, it
 * schedules a probe job that appends "holder start-millis" to RUNS-FILE each time it runs here.
 */
public final class TwoInstanceChild {
  static final String WRITER = "writer";
  static final Duration PROBE_EVERY = Duration.ofMillis(300);

  private TwoInstanceChild() {}

  public static void main(String[] args) throws Exception {
    ServerSettings settings =
        new ServerSettings(
            0,
            Path.of("."),
            Optional.of(args[0]),
            Optional.of(Path.of(args[1])),
            Optional.empty(),
            new ClusterSettings(
                Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMillis(50)));
    FlowbookServer server = FlowbookServer.start(settings, Clock.systemDefaultZone());
    Library lib = server.library();
    if (lib.users().byName(WRITER).isEmpty()) {
      lib.users().create("test", WRITER, "Writer", AccessRole.AUTHOR, TestServer.PASSWORD);
    }
    Path runs = Path.of(args[3]);
    String holder = server.jobs().holder();
    server
        .jobs()
        .schedule(
            "probe",
            PROBE_EVERY,
            () -> {
              try {
                Files.writeString(
                    runs,
                    holder + " " + System.currentTimeMillis() + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    Path portFile = Path.of(args[2]);
    Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(tmp, String.valueOf(server.port()));
    Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
    Thread.currentThread().join();
  }
}
