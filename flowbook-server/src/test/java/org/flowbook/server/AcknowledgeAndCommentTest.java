package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.TokenScope;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comments on steps and read-and-acknowledge through the web app and the API, on a private server
 * whose organization lists people: Ines and 50 more buyers (Inköpare), Carl (Chef) and Erik
 * (Ekonomichef); each has an account named like their e-mail's local part. A change to the buyers'
 * step 4 is published with acknowledgement required.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcknowledgeAndCommentTest {
  private static final int BUYERS = 50;
  private static final String SCRIPT = "<script>alert('x')</script><b>fet</b>";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKED_STEP =
      Pattern.compile("class=\"step [a-z]+ (added|removed|changed)\"");

  @TempDir static Path data;
  private static FlowbookServer server;
  private static int published;

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
    Library lib = server.library();
    StringBuilder people = new StringBuilder();
    people.append("\nperson: Ines Inköpare\n  e-post: ines@test.se\n  roller: Inköpare\n");
    people.append("person: Carl Chef\n  e-post: carl@test.se\n  roller: Chef\n");
    people.append("person: Erik Ek\n  e-post: erik@test.se\n  roller: Ekonomichef\n");
    for (int i = 0; i < BUYERS; i++) {
      people
          .append("person: Köpare ")
          .append(i)
          .append("\n  e-post: k")
          .append(i)
          .append("@test.se\n  roller: Inköpare\n");
    }
    assertThat(lib.setOrganization(Library.SYSTEM, lib.organizationSource() + people))
        .noneMatch(p -> p.isError());
    assertThat(lib.organization().people()).hasSize(BUYERS + 3);
    for (String[] u :
        new String[][] {
          {"eva", "AUTHOR"},
          {"karl", "APPROVER"},
          {"ines", "READER"},
          {"carl", "READER"},
          {"erik", "READER"},
          {"rut", "READER"}
        }) {
      lib.users().create("test", u[0], u[0], AccessRole.valueOf(u[1]), TestServer.PASSWORD);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static WebClient as(String user) {
    return WebClient.signedIn(server, user);
  }

  @Test
  @Order(0)
  void everyApiRouteIsInTheOpenApiDescription() throws Exception {
    JsonNode paths =
        JSON.readTree(new WebClient(server).get("/api/v1/openapi.json").body()).get("paths");
    List<String> missing = new ArrayList<>();
    for (FlowbookServer.Route r : server.routes()) {
      if (!r.path().startsWith("/api/v1/") || r.path().equals("/api/v1/openapi.json")) {
        continue;
      }
      String path = r.path().substring("/api/v1".length());
      JsonNode entry = paths.get(path);
      if (entry == null || !entry.has(r.method().toLowerCase(java.util.Locale.ROOT))) {
        missing.add(r.method() + " " + r.path());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  @Order(1)
  void aReaderCommentsAndTheTextStaysText() {
    WebClient rut = as("rut");
    HttpResponse<String> r =
        rut.postWithToken(
            "/processes/purchase-approval/comments",
            Map.of("version", "1", "step", "4", "text", SCRIPT));
    assertThat(r.statusCode()).isEqualTo(303);
    String page = rut.get("/processes/purchase-approval").body();
    assertThat(page).doesNotContain(SCRIPT).doesNotContain("<b>fet</b>");
    assertThat(page).contains("&lt;script&gt;alert('x')&lt;/script&gt;&lt;b&gt;fet&lt;/b&gt;");
    // Next to step 4, and counted.
    int step4 = page.indexOf("id=\"step-4\"");
    assertThat(page.indexOf("&lt;script&gt;", step4)).isGreaterThan(step4);
    // A reader may not resolve; the comment is in the audit log.
    long id = server.library().comments().open().get(0).id();
    assertThat(rut.postWithToken("/comments/" + id + "/resolve", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(server.library().audit().latest(20, 0))
        .anyMatch(e -> e.action().equals("comment") && e.actor().equals("rut"));
  }

  @Test
  @Order(2)
  void aMegabyteCommentIsRefusedWithAClearMessage() {
    WebClient rut = as("rut");
    HttpResponse<String> r =
        rut.postWithToken(
            "/processes/purchase-approval/comments",
            Map.of("version", "1", "step", "4", "text", "a".repeat(1_000_000)));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).containsAnyOf("at most 10", "högst 10");
    HttpResponse<String> api =
        rut.send(
            HttpRequest.newBuilder(
                    URI.create(rut.url("/api/v1/processes/purchase-approval/comments")))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", rut.csrf())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"version\":1,\"step\":\"4\",\"text\":\""
                            + "b".repeat(1_000_000)
                            + "\"}"))
                .build());
    assertThat(api.statusCode()).isEqualTo(422);
    assertThat(server.library().comments().open()).hasSize(1);
  }

  @Test
  @Order(3)
  void theApproverSeesOpenCommentsAndPublishesWithAcknowledgement() {
    Library lib = server.library();
    User eva = lib.users().byName("eva").orElseThrow();
    String source = lib.current("purchase-approval").orElseThrow().source();
    String changed =
        source.replace(
            "4. Lägg beställning   [Inköpare]   arbete 20 min\n",
            "4. Lägg beställning   [Inköpare]   arbete 20 min\n"
                + "   - Kontrollera att leverantören är godkänd innan du beställer.\n");
    assertThat(changed).isNotEqualTo(source);
    SaveResult r =
        lib.processes().save(eva, "purchase-approval", 1, changed, "leverantörskontroll");
    published = ((SaveResult.Saved) r).version().version();
    lib.processes().submit(eva, "purchase-approval", published);

    WebClient karl = as("karl");
    String review = karl.get("/processes/purchase-approval?version=" + published).body();
    assertThat(review).contains("id=\"review-comments\"").contains("id=\"acknowledge\"");
    String due = LocalDate.now().plusDays(14).toString();
    HttpResponse<String> ok =
        karl.postWithToken(
            "/processes/purchase-approval/versions/" + published + "/approve",
            Map.of("acknowledge", "on", "due", due));
    assertThat(ok.statusCode()).isEqualTo(303);

    // Exactly the buyers: step 4 is theirs; Chef (consulted nowhere here) and Ekonomichef are not.
    var tasks = lib.acknowledgements().of("purchase-approval", published);
    assertThat(tasks).hasSize(BUYERS + 1);
    assertThat(tasks).extracting(t -> t.personName()).contains("Ines Inköpare", "Köpare 0");
    assertThat(tasks).extracting(t -> t.personName()).doesNotContain("Carl Chef", "Erik Ek");
    assertThat(tasks).allMatch(t -> t.steps().equals(List.of("4")));
    String status =
        karl.get("/processes/purchase-approval/versions/" + published + "/acknowledgements").body();
    assertThat(status).contains("0 / " + (BUYERS + 1)).contains("ack-summary pending");
  }

  @Test
  @Order(4)
  void anAffectedReaderSeesWhatChangedForThemAndAcknowledges() {
    WebClient ines = as("ines");
    assertThat(ines.get("/my-work").body())
        .contains("/acknowledgements/purchase-approval/" + published);
    String page = ines.get("/acknowledgements/purchase-approval/" + published).body();
    assertThat(page).contains("id=\"change-4\"").contains("Kontrollera att leverantören");
    // The after chart marks exactly the one changed step, the before chart too.
    Matcher m = MARKED_STEP.matcher(page);
    List<String> marks = new ArrayList<>();
    while (m.find()) {
      marks.add(m.group(1));
    }
    assertThat(marks).containsExactly("changed", "changed");
    HttpResponse<String> done =
        ines.postWithToken("/acknowledgements/purchase-approval/" + published, Map.of());
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(ines.get("/acknowledgements/purchase-approval/" + published).body())
        .contains("id=\"ack-done\"");
    assertThat(ines.get("/acknowledgements").body()).contains("badge published");

    // Carl is not affected, Rut is nobody in the organization.
    assertThat(as("carl").get("/acknowledgements/purchase-approval/" + published).statusCode())
        .isEqualTo(404);
    assertThat(as("rut").get("/acknowledgements").body()).contains("id=\"not-linked\"");
    // Only approvers and the owner see the status.
    assertThat(
            as("carl")
                .get("/processes/purchase-approval/versions/" + published + "/acknowledgements")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            as("erik")
                .get("/processes/purchase-approval/versions/" + published + "/acknowledgements")
                .statusCode())
        .as("Erik holds the owner role Ekonomichef")
        .isEqualTo(200);
  }

  @Test
  @Order(5)
  void fiftyConcurrentAcknowledgementsLoseNone() throws Exception {
    Library lib = server.library();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < BUYERS; i++) {
      User u =
          lib.users()
              .create("test", "k" + i, "Köpare " + i, AccessRole.READER, TestServer.PASSWORD);
      tokens.add(lib.tokens().create(u, "ack", TokenScope.WRITE, Optional.empty()).secret());
    }
    HttpClient http = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (String token : tokens) {
      all.add(
          http.sendAsync(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://localhost:"
                              + server.port()
                              + "/api/v1/acknowledgements/purchase-approval/"
                              + published))
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> f : all) {
      HttpResponse<String> r = f.get();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    JsonNode status =
        JSON.readTree(
            as("karl")
                .get(
                    "/api/v1/processes/purchase-approval/versions/"
                        + published
                        + "/acknowledgements")
                .body());
    assertThat(status.get("acknowledged").asInt()).isEqualTo(BUYERS + 1);
    assertThat(status.get("total").asInt()).isEqualTo(BUYERS + 1);
    assertThat(lib.audit().latest(500, 0).stream().filter(e -> e.action().equals("acknowledge")))
        .hasSize(BUYERS + 1);
    assertThat(
            as("karl")
                .get("/processes/purchase-approval/versions/" + published + "/acknowledgements")
                .body())
        .contains("ack-summary complete");
  }

  @Test
  @Order(6)
  void theAuthorResolvesAndCommentsFollowTheStep() {
    WebClient eva = as("eva");
    // The comment written on version 1, step 4, shows at step 4 of the new version.
    String page = eva.get("/processes/purchase-approval?version=" + published).body();
    int step4 = page.indexOf("id=\"step-4\"");
    assertThat(page.indexOf("&lt;script&gt;", step4)).isGreaterThan(step4);
    assertThat(eva.get("/processes/purchase-approval/edit").body()).contains("editor-comments");
    long id = server.library().comments().open().get(0).id();
    assertThat(eva.postWithToken("/comments/" + id + "/resolve", Map.of()).statusCode())
        .isEqualTo(303);
    assertThat(server.library().comments().open()).isEmpty();
    assertThat(eva.get("/processes/purchase-approval").body()).doesNotContain("&lt;script&gt;");
  }

  @Test
  @Order(7)
  void theApiPublishesWithAcknowledgementForTheChangedRoleOnly() throws Exception {
    Library lib = server.library();
    User eva = lib.users().byName("eva").orElseThrow();
    int base = lib.processes().summary("purchase-approval").orElseThrow().latestVersion();
    String source = lib.current("purchase-approval").orElseThrow().source();
    String changed = source.replace("2. Granska anmodan", "2. Granska anmodan noga");
    assertThat(changed).isNotEqualTo(source);
    int v =
        ((SaveResult.Saved) lib.processes().save(eva, "purchase-approval", base, changed, "x"))
            .version()
            .version();
    lib.processes().submit(eva, "purchase-approval", v);
    String token =
        lib.tokens()
            .create(
                lib.users().byName("karl").orElseThrow(), "p", TokenScope.WRITE, Optional.empty())
            .secret();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest.Builder approve =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + server.port()
                        + "/api/v1/processes/purchase-approval/versions/"
                        + v
                        + "/approve"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    HttpResponse<String> bad =
        http.send(
            approve
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"acknowledge\":true,\"due\":\"31/12\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(bad.statusCode()).isEqualTo(400);
    String due = LocalDate.now().plusDays(3).toString();
    HttpResponse<String> ok =
        http.send(
            approve
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"acknowledge\":true,\"due\":\"" + due + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    // Step 2 is the Chef's (performer) and consults the buyers: both are affected, Erik is not.
    assertThat(lib.acknowledgements().of("purchase-approval", v))
        .extracting(a -> a.personName())
        .contains("Carl Chef", "Ines Inköpare")
        .doesNotContain("Erik Ek")
        .hasSize(BUYERS + 2);
    assertThat(lib.acknowledgements().publication("purchase-approval", v).orElseThrow().due())
        .isEqualTo(LocalDate.parse(due));
  }
}
