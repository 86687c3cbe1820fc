package org.flowbook.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.testkit.ProjectPaths;

/**
 * One real server for the module's tests (started once per test JVM on a free port, on H2 in a
 * temporary folder, loaded with the small test workspace), with one account per access role.
 */
final class TestServer {
  static final String PASSWORD = "correct horse battery";
  private static FlowbookServer server;
  private static Path dataDir;

  private TestServer() {}

  static Path workspace() {
    return ProjectPaths.root().resolve("flowbook-repository/src/test/resources/workspace");
  }

  static synchronized FlowbookServer get() {
    if (server == null) {
      try {
        dataDir = Files.createTempDirectory("flowbook-server-test");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server = start(dataDir);
      Library lib = server.library();
      lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, PASSWORD);
      lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, PASSWORD);
      lib.users().create("test", "karl", "Karl Approver", AccessRole.APPROVER, PASSWORD);
      lib.users().create("test", "petra", "Petra Approver", AccessRole.APPROVER, PASSWORD);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }

  static FlowbookServer start(Path data) {
    return FlowbookServer.start(
        new ServerSettings(0, data, Optional.empty(), Optional.of(workspace())),
        Clock.systemDefaultZone());
  }

  static String url(String path) {
    return "http://localhost:" + get().port() + path;
  }
}
