package org.flowbook.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;

/**
 * The server that {@link CrashTest} starts as a child process and kills: {@code DATA-DIR|JDBC-URL
 * WORKSPACE PORT-FILE}. It loads the workspace on its first start, makes sure the writers' account
 * exists, writes its port to PORT-FILE and serves until it is killed.
 */
public final class CrashChildServer {
  static final String WRITER = "writer";

  private CrashChildServer() {}

  public static void main(String[] args) throws Exception {
    boolean jdbc = args[0].startsWith("jdbc:");
    ServerSettings settings =
        new ServerSettings(
            0,
            jdbc ? Path.of(".") : Path.of(args[0]),
            jdbc ? Optional.of(args[0]) : Optional.empty(),
            Optional.of(Path.of(args[1])));
    FlowbookServer server = FlowbookServer.start(settings, Clock.systemDefaultZone());
    Library lib = server.library();
    if (lib.users().byName(WRITER).isEmpty()) {
      lib.users().create("test", WRITER, "Writer", AccessRole.AUTHOR, TestServer.PASSWORD);
    }
    Path portFile = Path.of(args[2]);
    Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(tmp, String.valueOf(server.port()));
    Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
    Thread.currentThread().join();
  }
}
