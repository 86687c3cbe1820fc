package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowbook.repository.Library;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The people pages and API on the demo company: its people and summer absences are loaded at first
 * start; the coverage shows the single HR-specialist's weeks away; each person sees and registers
 * only their own absences, managers everyone's; an administrator exports and erases a person.
 */
class PeopleWebTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUMMER = "?from=2027-06-21&to=2027-08-15";

  @TempDir static Path data;
  private static FlowbookServer server;

  @BeforeAll
  static void start() {
    server =
        FlowbookServer.start(
            new ServerSettings(
                0, data, Optional.empty(), Optional.of(ProjectPaths.inRepo("examples"))),
            Clock.systemDefaultZone());
    Library lib = server.library();
    lib.users().create("test", "ada", "Ada Admin", AccessRole.ADMIN, TestServer.PASSWORD);
    lib.users().create("test", "karl", "Karl Chef", AccessRole.APPROVER, TestServer.PASSWORD);
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    // A reader who is one of the listed people (by e-mail): the demo made her account
    // (training3's DemoPeople), and one by name.
    assertThat(lib.users().byName("sara.lindqvist").orElseThrow().access())
        .isEqualTo(AccessRole.READER);
    lib.users().setPassword("sara.lindqvist", "sara.lindqvist", TestServer.PASSWORD);
    lib.users().create("test", "eva", "Eva Nordin", AccessRole.READER, TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void theDemoSummerLeavesTheOnlyHrSpecialistsStepsWithNobodyInWeeks27To30() throws Exception {
    WebClient karl = WebClient.signedIn(server, "karl");
    JsonNode report = json(karl.get("/api/v1/coverage" + SUMMER));
    List<String> hrWeeks = new ArrayList<>();
    for (JsonNode role : report.get("roles")) {
      if (role.get("role").asText().equals("HR-specialist")) {
        assertThat(role.get("people").asInt()).isEqualTo(1);
        for (int i = 0; i < role.get("units").size(); i++) {
          if (role.get("units").get(i).get("uncoveredSteps").asInt() > 0) {
            hrWeeks.add(report.get("units").get(i).get("label").asText());
          }
        }
      }
    }
    // Eva Nordin, the only HR-specialist, is away 2027-07-05 – 2027-07-30 with no deputy.
    assertThat(hrWeeks).containsExactly("2027-W27", "2027-W28", "2027-W29", "2027-W30");

    String page = karl.get("/coverage" + SUMMER).body();
    assertThat(page).contains("HR-specialist", "class=\"heat\"", "<svg");
    // The page is in Swedish: weeks are V27, as in the absence calendar, not W27.
    assertThat(page).contains("2027-V27", "2027-V30", ">V27<").doesNotContain(">W27<");
    // The demo's training records: Lars Wikström would hold the management review untrained.
    assertThat(page)
        .contains("Ersättare utan giltig utbildning")
        .contains("Lars Wikström — aldrig utbildad på steget");
    JsonNode untrained = report.get("untrained");
    assertThat(report.get("summary").get("trainingChecked").asBoolean()).isTrue();
    assertThat(untrained)
        .extracting(u -> u.get("person").asText() + " " + u.get("reason").asText())
        .contains("Lars Wikström never");
  }

  @Test
  void aReaderSeesOnlyTheirOwnAbsencesAndNoCoverage() throws Exception {
    WebClient rut = WebClient.signedIn(server, "rut");
    assertThat(rut.get("/coverage" + SUMMER).statusCode()).isEqualTo(403);
    assertThat(rut.get("/api/v1/coverage" + SUMMER).statusCode()).isEqualTo(403);
    String calendar = rut.get("/absences?from=2027-06-21").body();
    assertThat(calendar).doesNotContain("Karin Holmqvist", "Eva Nordin");
    assertThat(json(rut.get("/api/v1/absences"))).isEmpty();

    WebClient eva = WebClient.signedIn(server, "eva");
    String hers = eva.get("/absences?from=2027-06-21&weeks=12").body();
    assertThat(hers).contains("Eva Nordin").doesNotContain("Karin Holmqvist");
    JsonNode own = json(eva.get("/api/v1/absences"));
    assertThat(own).extracting(a -> a.get("person").asText()).containsOnly("Eva Nordin");
    assertThat(own)
        .extracting(a -> a.get("from").asText() + " " + a.get("to").asText())
        .contains("2027-07-05 2027-07-30");
    // Four weeks away, each five working days (no holiday in July).
    assertThat(hers.split("class=\"away\">5<", -1)).hasSize(5);
  }

  @Test
  void aPersonRegistersTheirOwnAbsenceButNotSomeoneElses() throws Exception {
    WebClient sara = WebClient.signedIn(server, "sara.lindqvist");
    HttpResponse<String> own =
        sara.postWithToken(
            "/absences",
            Map.of("person", "Sara Lindqvist", "from", "2027-10-04", "to", "2027-10-08"));
    assertThat(own.statusCode()).isEqualTo(303);
    HttpResponse<String> other =
        sara.postWithToken(
            "/absences",
            Map.of("person", "Karin Holmqvist", "from", "2027-10-04", "to", "2027-10-08"));
    assertThat(other.statusCode()).isEqualTo(403);
    HttpResponse<String> backwards =
        sara.postWithToken(
            "/absences",
            Map.of("person", "Sara Lindqvist", "from", "2027-10-08", "to", "2027-10-04"));
    assertThat(backwards.statusCode()).isEqualTo(422);
    JsonNode mine = json(sara.get("/api/v1/absences"));
    assertThat(mine).extracting(a -> a.get("person").asText()).containsOnly("Sara Lindqvist");
    assertThat(mine).extracting(a -> a.get("from").asText()).contains("2027-10-04");

    // Someone else's absence is "not found" to her, and stays.
    long karins =
        server.library().people().all().stream()
            .filter(a -> a.person().equals("Karin Holmqvist"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(sara.postWithToken("/absences/" + karins + "/delete", Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(server.library().people().all()).anyMatch(a -> a.id() == karins);
  }

  @Test
  void aManagersNewAbsenceShowsOnTheCoveragePage() throws Exception {
    WebClient karl = WebClient.signedIn(server, "karl");
    String period = "?from=2027-09-06&to=2027-09-19";
    String gap = "Registrera avslutet [HR-specialist]: 2027-V37 (5 d)</li>";
    String before = karl.get("/coverage" + period).body();
    assertThat(before).contains("Steg utan någon närvarande (0)").doesNotContain(gap);
    HttpResponse<String> r =
        karl.send(
            HttpRequest.newBuilder(URI.create(karl.url("/api/v1/absences")))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", karl.csrf())
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"person\": \"Eva Nordin\", \"from\": \"2027-09-13\","
                            + " \"to\": \"2027-09-17\"}"))
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String after = karl.get("/coverage" + period).body();
    assertThat(after).contains("Steg utan någon närvarande (6)", gap);
  }

  @Test
  void anAdministratorExportsAndErasesAPersonAndTheLogKeepsNoName() throws Exception {
    WebClient karl = WebClient.signedIn(server, "karl");
    assertThat(karl.get("/people/" + enc("Julia Sjöberg") + "/export.json").statusCode())
        .isEqualTo(403);
    assertThat(
            karl.postWithToken(
                    "/people/" + enc("Julia Sjöberg") + "/erase", Map.of("confirm", "yes"))
                .statusCode())
        .isEqualTo(403);

    WebClient ada = WebClient.signedIn(server, "ada");
    JsonNode export = json(ada.get("/people/" + enc("Julia Sjöberg") + "/export.json"));
    assertThat(export.at("/person/name").asText()).isEqualTo("Julia Sjöberg");
    assertThat(export.get("declaredIn").asText()).isEqualTo("personer.flow");
    assertThat(export.get("absences")).isNotEmpty();

    assertThat(
            ada.postWithToken("/people/" + enc("Julia Sjöberg") + "/erase", Map.of()).statusCode())
        .as("unconfirmed")
        .isEqualTo(400);
    assertThat(
            ada.postWithToken(
                    "/people/" + enc("Julia Sjöberg") + "/erase", Map.of("confirm", "yes"))
                .statusCode())
        .isEqualTo(303);

    JsonNode people = json(ada.get("/api/v1/people"));
    assertThat(people).extracting(p -> p.get("name").asText()).doesNotContain("Julia Sjöberg");
    JsonNode helena = null;
    for (JsonNode p : people) {
      if (p.get("name").asText().equals("Helena Ström")) {
        helena = p;
      }
    }
    assertThat(helena.get("coveredBy")).isEmpty();
    assertThat(server.library().people().all()).noneMatch(a -> a.person().equals("Julia Sjöberg"));
    assertThat(server.library().people().source()).doesNotContain("Julia");
    assertThat(ada.get("/people/" + enc("Julia Sjöberg") + "/export.json").statusCode())
        .isEqualTo(404);

    List<AuditEntry> log = server.library().audit().latest(50, 0);
    assertThat(log).extracting(AuditEntry::action).contains("person-export", "person-erase");
    assertThat(log.toString()).doesNotContain("Julia", "Sjöberg");
  }

  @Test
  void theOpenApiDescriptionListsEveryPeopleRoute() throws Exception {
    JsonNode spec = json(new WebClient(server).get("/api/v1/openapi.json")).get("paths");
    for (FlowbookServer.Route r : server.routes()) {
      if (r.path().startsWith("/api/v1/") && !r.path().endsWith("openapi.json")) {
        String path = r.path().substring("/api/v1".length());
        assertThat(spec.has(path)).as(r.path()).isTrue();
        assertThat(spec.get(path).has(r.method().toLowerCase(java.util.Locale.ROOT)))
            .as(r.method() + " " + r.path())
            .isTrue();
      }
    }
  }
}
