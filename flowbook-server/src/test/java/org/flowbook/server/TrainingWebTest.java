package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flowbook.repository.Library;
import org.flowbook.repository.acknowledge.Acknowledgement;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training in the web app, end to end over HTTP: a trainer signs Ines (a buyer) off on the
 * purchasing process; a typo fixed in the director's step leaves her current and asks only the
 * director to acknowledge; a change to her own step makes her stale, says which step, and asks her
 * to acknowledge — one rule (flowbook-training's) decides both. Who may sign off, and who sees the
 * team matrix, is checked on every route, pages and API alike.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingWebTest {
  private static final String ID = "purchase-approval";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  private static FlowbookServer server;
  private static User eva;

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
    Library lib = server.library();
    lib.setOrganization(
        Library.SYSTEM,
        lib.organizationSource()
            + "\nperson: Ines Inköpare\n  e-post: ines@test.se\n  roller: Inköpare\n"
            + "person: Carl Chef\n  e-post: carl@test.se\n  roller: Chef\n"
            + "person: Dora Direktör\n  roller: Ekonomidirektör\n"
            + "person: Erik Ek\n  e-post: erik@test.se\n  roller: Ekonomichef\n"
            + "person: <script>alert(1)</script> Ek\n  roller: Chef\n");
    eva = lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "karl", "Karl Approver", AccessRole.APPROVER, TestServer.PASSWORD);
    for (String u : new String[] {"ines", "carl", "erik", "rut"}) {
      lib.users().create("test", u, u, AccessRole.READER, TestServer.PASSWORD);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Saves a change to purchase-approval, and the approver publishes it asking for acks. */
  private static int publish(String from, String to) {
    Library lib = server.library();
    String source = lib.current(ID).orElseThrow().source();
    assertThat(source).contains(from);
    int base = lib.processes().summary(ID).orElseThrow().latestVersion();
    SaveResult r = lib.processes().save(eva, ID, base, source.replace(from, to), "ändrat");
    int v = ((SaveResult.Saved) r).version().version();
    lib.processes().submit(eva, ID, v);
    HttpResponse<String> approved =
        WebClient.signedIn(server, "karl")
            .postWithToken(
                "/processes/" + ID + "/versions/" + v + "/approve",
                Map.of("acknowledge", "on", "due", LocalDate.now().plusDays(7).toString()));
    assertThat(approved.statusCode()).isEqualTo(303);
    return v;
  }

  /** Ines's cell for purchase-approval in the manager's matrix (JSON API). */
  private static JsonNode inesCell() throws Exception {
    HttpResponse<String> r = WebClient.signedIn(server, "karl").get("/api/v1/training/matrix");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode m = JSON.readTree(r.body());
    int column = -1;
    for (int j = 0; j < m.get("processes").size(); j++) {
      if (m.get("processes").get(j).get("id").asText().equals(ID)) {
        column = j;
      }
    }
    assertThat(column).isNotNegative();
    for (JsonNode p : m.get("people")) {
      if (p.get("name").asText().equals("Ines Inköpare")) {
        return p.get("cells").get(column);
      }
    }
    throw new AssertionError("Ines is not in the matrix: " + r.body());
  }

  @Test
  @Order(1)
  void aTrainerSignsOffAndOnlyAChangeToHerOwnStepMakesHerStale() throws Exception {
    assertThat(inesCell().get("status").asText()).isEqualTo("missing");

    // Erik holds the owner role (Ekonomichef): he trains people in the purchasing process.
    WebClient erik = WebClient.signedIn(server, "erik");
    assertThat(erik.get("/training/sign-off").statusCode()).isEqualTo(200);
    HttpResponse<String> signed =
        erik.postWithToken(
            "/training/sign-off",
            Map.of("person", "Ines Inköpare", "process", ID, "date", LocalDate.now().toString()));
    assertThat(signed.statusCode()).isEqualTo(303);
    assertThat(signed.headers().firstValue("Location").orElseThrow())
        .startsWith("/training/sign-off?saved=");
    JsonNode cell = inesCell();
    assertThat(cell.get("status").asText()).isEqualTo("current");
    assertThat(cell.get("version").asText()).isEqualTo("1");
    assertThat(cell.get("trainer").asText()).isEqualTo("erik");
    AuditEntry audit =
        server.library().audit().latest(20, 0).stream()
            .filter(a -> a.action().equals("training-sign-off"))
            .findFirst()
            .orElseThrow();
    assertThat(audit.actor()).isEqualTo("erik");
    assertThat(audit.target()).isEqualTo("process:" + ID + "@1");
    assertThat(audit.detail()).doesNotContain("Ines");

    // A typo fixed in the director's step: only the director must acknowledge; Ines stays current.
    int typo = publish("3. Godkänn stort inköp", "3. Godkänn stora inköp");
    assertThat(server.library().acknowledgements().of(ID, typo))
        .extracting(Acknowledgement::personName)
        .containsExactly("Dora Direktör");
    assertThat(inesCell().get("status").asText()).isEqualTo("current");

    // A change to her own step: she is stale, the page says which step, and she must acknowledge.
    int change =
        publish(
            "4. Lägg beställning   [Inköpare]   arbete 20 min\n",
            "4. Lägg beställning   [Inköpare]   arbete 25 min\n"
                + "   - Kontrollera leverantören i registret.\n");
    assertThat(server.library().acknowledgements().of(ID, change))
        .extracting(Acknowledgement::personName)
        .containsExactly("Ines Inköpare");
    assertThat(server.library().acknowledgements().of(ID, change).get(0).steps())
        .containsExactly("4");
    cell = inesCell();
    assertThat(cell.get("status").asText()).isEqualTo("stale");
    assertThat(cell.get("changedSteps").get(0).asText()).isEqualTo("Lägg beställning");
    HttpResponse<String> mine = WebClient.signedIn(server, "ines").get("/training");
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body())
        .contains("cell-stale")
        .contains("Ändrat sedan dess: Lägg beställning")
        .contains("Inköpsgodkännande");

    // Re-trained on the new version: current again.
    WebClient karl = WebClient.signedIn(server, "karl");
    assertThat(
            karl.postWithToken(
                    "/training/sign-off",
                    Map.of("person", "Ines Inköpare", "process", ID, "validMonths", "12"))
                .statusCode())
        .isEqualTo(303);
    cell = inesCell();
    assertThat(cell.get("status").asText()).isEqualTo("current");
    assertThat(cell.get("version").asText()).isEqualTo(String.valueOf(change));
    assertThat(cell.get("validUntil").asText())
        .isEqualTo(LocalDate.now().plusMonths(12).minusDays(1).toString());
  }

  @Test
  @Order(2)
  void myTrainingShowsTheCurriculumFromPublishedVersionsOnly() {
    // A draft with a marker in Carl's step: it must not reach his training page.
    Library lib = server.library();
    String source = lib.current(ID).orElseThrow().source();
    int base = lib.processes().summary(ID).orElseThrow().latestVersion();
    lib.processes()
        .save(eva, ID, base, source.replace("2. Granska anmodan", "2. Granska Zebrafink"), "x");
    HttpResponse<String> carl = WebClient.signedIn(server, "carl").get("/training");
    assertThat(carl.statusCode()).isEqualTo(200);
    assertThat(carl.body())
        .contains("Granska anmodan")
        .contains("Budgetkontroll")
        .contains("BFL 5:6")
        .contains("Inte utbildad ännu")
        .doesNotContain("Zebrafink");
    HttpResponse<String> rut = WebClient.signedIn(server, "rut").get("/training");
    assertThat(rut.statusCode()).isEqualTo(200);
    assertThat(rut.body()).contains("id=\"not-linked\"");
  }

  @Test
  @Order(3)
  void onlyManagersSeeTheMatrixAndItDownloadsAsCsvAndXlsx() throws Exception {
    WebClient rut = WebClient.signedIn(server, "rut");
    for (String path :
        new String[] {
          "/training/matrix",
          "/training/matrix.csv",
          "/training/matrix.xlsx",
          "/api/v1/training/matrix"
        }) {
      assertThat(rut.get(path).statusCode()).as(path).isEqualTo(403);
    }
    WebClient karl = WebClient.signedIn(server, "karl");
    HttpResponse<String> page = karl.get("/training/matrix?role=Inköpare");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Ines Inköpare").doesNotContain("Carl Chef");
    // Names are text on every training page, never markup.
    for (String path : new String[] {"/training/matrix", "/training/sign-off"}) {
      assertThat(karl.get(path).body())
          .as(path)
          .contains("&lt;script&gt;alert(1)&lt;/script&gt; Ek")
          .doesNotContain("<script>alert");
    }
    HttpResponse<String> csv = karl.get("/training/matrix.csv");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).contains("Ines Inköpare;" + ID).contains("Carl Chef;" + ID);
    HttpResponse<byte[]> xlsx = karl.getBytes("/training/matrix.xlsx?role=Chef");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet first = wb.getSheetAt(0);
      StringBuilder all = new StringBuilder();
      first.forEach(row -> row.forEach(c -> all.append(c.toString()).append('|')));
      assertThat(all).contains("Carl Chef").doesNotContain("Ines Inköpare");
    }
  }

  @Test
  @Order(4)
  void signOffIsRefusedToOthersForOneselfAndForBadInput() throws Exception {
    WebClient rut = WebClient.signedIn(server, "rut");
    assertThat(rut.get("/training/sign-off").statusCode()).isEqualTo(403);
    assertThat(
            rut.postWithToken("/training/sign-off", Map.of("person", "Carl Chef", "process", ID))
                .statusCode())
        .isEqualTo(403);
    // Carl holds no owner role: no trainer.
    assertThat(
            WebClient.signedIn(server, "carl")
                .postWithToken(
                    "/training/sign-off", Map.of("person", "Ines Inköpare", "process", ID))
                .statusCode())
        .isEqualTo(403);
    // Erik may train others, not himself.
    HttpResponse<String> self =
        WebClient.signedIn(server, "erik")
            .postWithToken("/training/sign-off", Map.of("person", "Erik Ek", "process", ID));
    assertThat(self.statusCode()).isEqualTo(403);
    assertThat(self.body()).contains("nobody signs off their own training");
    WebClient karl = WebClient.signedIn(server, "karl");
    int draft = server.library().processes().summary(ID).orElseThrow().latestVersion();
    Map<Map<String, String>, Integer> refused =
        Map.of(
            Map.of("person", "Carl Chef", "process", ID, "version", String.valueOf(draft)), 404,
            Map.of("person", "Ingen Alls", "process", ID), 422,
            Map.of("person", "Carl Chef", "process", "no-such-process"), 404,
            Map.of("person", "Carl Chef", "process", ID, "date", "2999-01-01"), 422,
            Map.of("person", "Carl Chef", "process", ID, "date", "igår"), 422,
            Map.of("person", "Carl Chef", "process", ID, "validMonths", "500"), 422,
            Map.of("person", "Carl Chef", "process", ID, "step", "99"), 422,
            Map.of("person", "C".repeat(300), "process", ID), 422);
    int before = server.library().training().all().size();
    for (Map.Entry<Map<String, String>, Integer> e : refused.entrySet()) {
      assertThat(karl.postWithToken("/training/sign-off", e.getKey()).statusCode())
          .as(e.getKey().toString())
          .isEqualTo(e.getValue());
    }
    assertThat(server.library().training().all()).hasSize(before);

    // The API: a step record, answered 201 with what was stored.
    HttpResponse<String> api =
        karl.send(
            HttpRequest.newBuilder(URI.create(karl.url("/api/v1/training/records")))
                .header("X-CSRF-Token", karl.csrf())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"person\": \"Carl Chef\", \"process\": \""
                            + ID
                            + "\", \"step\": \"2\", \"date\": \""
                            + LocalDate.now()
                            + "\"}"))
                .build());
    assertThat(api.statusCode()).isEqualTo(201);
    JsonNode stored = JSON.readTree(api.body());
    assertThat(stored.get("person").asText()).isEqualTo("Carl Chef");
    assertThat(stored.get("step").asText()).isEqualTo("2");
    assertThat(stored.get("trainer").asText()).isEqualTo("Karl Approver");
    assertThat(server.library().training().all()).hasSize(before + 1);
    // Carl's one step (he performs step 2 only) covers his whole part: current.
    JsonNode mine =
        JSON.readTree(WebClient.signedIn(server, "carl").get("/api/v1/training").body());
    JsonNode processes = mine.get(0).get("processes");
    JsonNode cells = mine.get(0).get("people").get(0).get("cells");
    for (int j = 0; j < processes.size(); j++) {
      if (processes.get(j).get("id").asText().equals(ID)) {
        assertThat(cells.get(j).get("status").asText()).isEqualTo("current");
        return;
      }
    }
    throw new AssertionError("no column for " + ID + ": " + mine);
  }
}
