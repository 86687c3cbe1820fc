package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping and starting the server on the same data folder keeps everything. */
class RestartTest {
  @Test
  void theServerRestartsWithAllDataIntact(@TempDir Path data) {
    int version;
    try (FlowbookServer first = TestServer.start(data)) {
      assertThat(first.adminPassword()).isPresent();
      Library lib = first.library();
      User admin = lib.users().byName("admin").orElseThrow();
      String text =
          lib.current("purchase-approval")
              .orElseThrow()
              .source()
              .replace("arbete 20 min", "arbete 21 min");
      SaveResult r = lib.processes().save(admin, "purchase-approval", 1, text, "restart");
      version = ((SaveResult.Saved) r).version().version();
    }
    try (FlowbookServer second = TestServer.start(data)) {
      assertThat(second.adminPassword()).as("no new admin password on a second start").isEmpty();
      assertThat(second.demoImport()).isEmpty();
      Library lib = second.library();
      assertThat(lib.processes().list()).hasSize(2);
      assertThat(lib.processes().version("purchase-approval", version).orElseThrow().source())
          .contains("arbete 21 min");
      assertThat(lib.search().search("fakturan", 5, false)).isNotEmpty();
      assertThat(lib.audit().latest(100, 0))
          .anyMatch(e -> e.action().equals("save") && e.detail().equals("restart"));
    }
  }
}
