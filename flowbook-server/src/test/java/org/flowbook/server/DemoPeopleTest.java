package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.flowbook.model.Process;
import org.flowbook.repository.Library;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.demo.DemoPeople;
import org.flowbook.testkit.ProjectPaths;
import org.flowbook.training.impact.Acknowledger;
import org.flowbook.training.impact.TrainingImpact;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README tour in the web app: the first start with the demo gives the demo's people with an
 * e-mail address their accounts, stores {@code utbildning.csv} as sign-offs and puts the new
 * purchasing policy in review; Maria (who holds the owner role) approves it with acknowledgement;
 * the tasks name exactly the people {@code flowbook training --impact} names, and Emma, a buyer,
 * finds her training stale and what changed for her.
 */
class DemoPeopleTest {
  @TempDir static Path data;
  private static FlowbookServer server;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    server =
        FlowbookServer.start(
            new ServerSettings(
                0, data, Optional.empty(), Optional.of(ProjectPaths.root().resolve("examples"))),
            Clock.systemDefaultZone());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theTourWorksWithTheDemosPeople() throws Exception {
    DemoPeople.Result demo = server.demoPeople().orElseThrow();
    assertThat(demo.accounts())
        .extracting(DemoPeople.Account::username)
        .contains("maria.sandberg", "emma.strand", "oskar.nyberg", "lars.wikstrom");
    assertThat(demo.accounts())
        .filteredOn(a -> a.username().equals("maria.sandberg"))
        .extracting(DemoPeople.Account::access)
        .containsExactly(AccessRole.APPROVER);
    assertThat(demo.accounts())
        .filteredOn(a -> a.username().equals("emma.strand"))
        .extracting(DemoPeople.Account::access)
        .containsExactly(AccessRole.READER);
    // The rows of utbildning.csv that name a demo version by its label (of 92).
    assertThat(demo.records()).isBetween(80, 92);
    int v = demo.changeInReview().orElseThrow();
    Library lib = server.library();
    for (DemoPeople.Account a : demo.accounts()) {
      lib.users().setPassword(a.username(), a.username(), TestServer.PASSWORD);
    }

    WebClient maria = WebClient.signedIn(server, "maria.sandberg");
    HttpResponse<String> approved =
        maria.postWithToken(
            "/processes/purchase-approval/versions/" + v + "/approve",
            Map.of("acknowledge", "on", "due", LocalDate.now().plusDays(14).toString()));
    assertThat(approved.statusCode()).isEqualTo(303);

    Process before = lib.document("purchase-approval", 1).orElseThrow().process();
    Process after = lib.document("purchase-approval", v).orElseThrow().process();
    assertThat(lib.acknowledgements().of("purchase-approval", v))
        .extracting(Acknowledgement::personName)
        .containsExactlyInAnyOrderElementsOf(
            TrainingImpact.of(lib.workspace(), before, after).acknowledgers().stream()
                .map(a -> a.person().name())
                .toList())
        .contains("Emma Strand", "Oskar Nyberg", "Lars Wikström");
    assertThat(
            TrainingImpact.of(lib.workspace(), before, after).acknowledgers().stream()
                .filter(Acknowledger::mustRetrain)
                .map(a -> a.person().name()))
        .contains("Emma Strand");

    WebClient emma = WebClient.signedIn(server, "emma.strand");
    assertThat(emma.get("/acknowledgements/purchase-approval/" + v).statusCode()).isEqualTo(200);
    JsonNode mine = JSON.readTree(emma.get("/api/v1/training").body()).get(0);
    JsonNode processes = mine.get("processes");
    for (int j = 0; j < processes.size(); j++) {
      if (processes.get(j).get("id").asText().equals("purchase-approval")) {
        JsonNode cell = mine.get("people").get(0).get("cells").get(j);
        assertThat(cell.get("status").asText()).isEqualTo("stale");
        assertThat(cell.get("trainer").asText()).isEqualTo("Maria Sandberg");
        return;
      }
    }
    throw new AssertionError("no purchase-approval column for Emma: " + mine);
  }
}
