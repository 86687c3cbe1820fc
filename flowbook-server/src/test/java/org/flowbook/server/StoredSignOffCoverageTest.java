package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.training.TrainingSignOffs;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage page judges the stand-ins against the sign-offs stored in the library (the training
 * pages), not only against a file: signing a stand-in off on a published process clears them from
 * "stand-ins without valid training" for that process at once.
 */
class StoredSignOffCoverageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUMMER = "?from=2027-06-21&to=2027-08-15";

  @TempDir Path data;

  @Test
  void aStoredSignOffClearsTheUntrainedStandIn() throws Exception {
    try (FlowbookServer server =
        FlowbookServer.start(
            new ServerSettings(
                0, data, Optional.empty(), Optional.of(ProjectPaths.inRepo("examples"))),
            Clock.systemDefaultZone())) {
      Library lib = server.library();
      User karl =
          lib.users().create("test", "karl", "Karl Chef", AccessRole.APPROVER, TestServer.PASSWORD);
      WebClient web = WebClient.signedIn(server, "karl");

      // A stand-in of the demo summer who was never trained on a published process.
      String[] pick = null;
      for (String[] u : never(web)) {
        if (published(lib, u[1]) != null) {
          pick = u;
          break;
        }
      }
      assertThat(pick).as("an untrained stand-in on a published process").isNotNull();
      String person = pick[0];
      String process = pick[1];
      lib.training()
          .record(
              karl,
              new TrainingSignOffs.Request(
                  person, process, "", published(lib, process), LocalDate.now().minusDays(1), 0));

      assertThat(never(web)).noneMatch(u -> u[0].equals(person) && u[1].equals(process));
    }
  }

  private static Integer published(Library lib, String process) {
    return lib.processes().list().stream()
        .filter(s -> s.id().equals(process))
        .findFirst()
        .orElseThrow()
        .publishedVersion();
  }

  /** Person and process of every stand-in who was never trained on the step's process. */
  private static List<String[]> never(WebClient web) throws Exception {
    JsonNode report = JSON.readTree(web.get("/api/v1/coverage" + SUMMER).body());
    assertThat(report.get("summary").get("trainingChecked").asBoolean()).isTrue();
    List<String[]> out = new ArrayList<>();
    for (JsonNode u : report.get("untrained")) {
      if (u.get("reason").asText().equals("never")) {
        out.add(new String[] {u.get("person").asText(), u.get("process").asText()});
      }
    }
    return out;
  }
}
