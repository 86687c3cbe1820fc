package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.ops.OpsSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops4 (issue 20 item 3): the health answers for load balancers, one JSON line per request in the
 * log with no personal data beyond the user id, and the metrics in the Prometheus text format,
 * scraped as Prometheus would.
 */
class OpsEndpointsTest {
  private static final String TOKEN = "metrics-token-0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ACCESS_LOG = Path.of("target", "flowbook-access.log");

  @TempDir static Path data;
  private static FlowbookServer server;

  @BeforeAll
  static void start() {
    server =
        FlowbookServer.start(
            new ServerSettings(0, data, Optional.empty(), Optional.of(TestServer.workspace()))
                .withOps(OpsSettings.defaults().withMetricsToken(TOKEN)),
            Clock.systemDefaultZone());
    Library lib = server.library();
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    lib.users().create("test", "ada", "Ada Admin", AccessRole.ADMIN, TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(WebClient c, String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.url(path))).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return c.send(b.build());
  }

  @Test
  void livenessAnswersWithoutSignInAndWithoutTheDatabase() throws IOException {
    HttpResponse<String> r = new WebClient(server).get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("up");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void readinessNamesEveryCheckAndGivesAwayNothingElse() throws IOException {
    HttpResponse<String> r = new WebClient(server).get("/health/ready");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asText()).isEqualTo("ready");
    assertThat(body.get("checks").get("database").asText()).isEqualTo("up");
    assertThat(body.get("checks").get("migrations").asText()).isEqualTo("applied");
    assertThat(body.get("checks").get("search").asText()).isEqualTo("caught-up");
    // No process, person, version or account in it: three checks and a word each.
    assertThat(r.body()).doesNotContain("purchase").doesNotContain("jdbc").doesNotContain("admin");
  }

  @Test
  void readinessFailsWhileAnotherInstanceStoredAProcessThisIndexHasNotSeen() throws Exception {
    // A second library on the same database: what a second server instance is. This instance
    // follows the others' changes only once an hour here, so that its index is seen to lag
    // (with the default 500 ms feed it catches up before the readiness answer is asked for).
    Path other = Files.createTempDirectory(data, "other");
    try (FlowbookServer own =
            FlowbookServer.start(
                new ServerSettings(
                    0,
                    other,
                    Optional.empty(),
                    Optional.of(TestServer.workspace()),
                    Optional.empty(),
                    new ClusterSettings(
                        java.time.Duration.ofHours(1),
                        java.time.Duration.ofMinutes(15),
                        java.time.Duration.ofSeconds(30))),
                Clock.systemDefaultZone());
        Library second =
            Library.open(org.flowbook.repository.db.Database.h2Url(other), Clock.systemUTC())) {
      WebClient c = new WebClient(own);
      assertThat(c.get("/health/ready").statusCode()).isEqualTo(200);
      User author = new User(0, "system", "Flowbook", AccessRole.ADMIN, java.time.Instant.EPOCH);
      String text =
          Files.readString(TestServer.workspace().resolve("inkopsgodkannande.flow"))
              .replace("id: purchase-approval", "id: elsewhere");
      assertThat(second.processes().create(author, text, "from another instance"))
          .isInstanceOf(org.flowbook.repository.process.SaveResult.Saved.class);
      Thread.sleep(1_100); // the readiness answer is reused for a second
      HttpResponse<String> r = c.get("/health/ready");
      assertThat(r.statusCode()).isEqualTo(503);
      JsonNode body = JSON.readTree(r.body());
      assertThat(body.get("status").asText()).isEqualTo("not-ready");
      assertThat(body.get("checks").get("search").asText()).isEqualTo("behind");
      assertThat(body.get("checks").get("database").asText()).isEqualTo("up");
      own.library().rebuildIndex();
      Thread.sleep(1_100);
      assertThat(c.get("/health/ready").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void everyRequestIsOneJsonLineWithTheRouteTemplateAndNoPersonalData() throws Exception {
    WebClient rut = WebClient.signedIn(server, "rut");
    String id = "ops4-" + UUID.randomUUID();
    HttpResponse<String> r =
        get(rut, "/search?q=anna.berg%40nordljus.se+Rut+Reader", "X-Request-Id", id);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Request-Id")).hasValue(id);

    JsonNode line = logLine(id);
    assertThat(line.get("method").asText()).isEqualTo("GET");
    assertThat(line.get("route").asText()).isEqualTo("/search");
    assertThat(line.get("status").asInt()).isEqualTo(200);
    assertThat(line.get("duration_ms").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(line.get("user_id").asLong())
        .isEqualTo(server.library().users().byName("rut").orElseThrow().id());
    assertThat(line.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(fieldNames(line))
        .containsExactly(
            "time", "request_id", "method", "route", "status", "duration_ms", "user_id");
    String raw = rawLine(id);
    assertThat(raw)
        .doesNotContain("@")
        .doesNotContainIgnoringCase("anna")
        .doesNotContainIgnoringCase("nordljus")
        .doesNotContainIgnoringCase("rut")
        .doesNotContain("q=");
  }

  @Test
  void aPathWithIdsIsLoggedAsItsRouteAlsoWhenSignInStopsIt() throws Exception {
    String id = "ops4-" + UUID.randomUUID();
    HttpResponse<String> r =
        get(new WebClient(server), "/processes/hemlig-process-42?version=3", "X-Request-Id", id);
    assertThat(r.statusCode()).isEqualTo(302);
    JsonNode line = logLine(id);
    assertThat(line.get("route").asText()).isEqualTo("/processes/{id}");
    assertThat(line.get("status").asInt()).isEqualTo(302);
    assertThat(line.has("user_id")).isFalse();
    assertThat(rawLine(id)).doesNotContain("hemlig");
  }

  @Test
  void anInsaneRequestIdIsReplacedNotEchoed() {
    String evil = "x\" , \"user_id\": 1, \"e\": \"anna.berg@nordljus.se";
    HttpResponse<String> r = get(new WebClient(server), "/health", "X-Request-Id", evil);
    String given = r.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(given).isNotEqualTo(evil).matches("[0-9a-f-]{36}");
    HttpResponse<String> none = new WebClient(server).get("/health");
    assertThat(none.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
  }

  @Test
  void metricsAreForAnAdministratorOrTheConfiguredTokenOnly() {
    HttpResponse<String> stranger = new WebClient(server).get("/metrics");
    assertThat(stranger.statusCode()).isEqualTo(401);
    assertThat(stranger.body()).doesNotContain("http_server_requests");
    assertThat(WebClient.signedIn(server, "rut").get("/metrics").statusCode()).isEqualTo(403);
    assertThat(get(new WebClient(server), "/metrics", "Authorization", "Bearer wrong").statusCode())
        .isEqualTo(401);
    HttpResponse<String> admin = WebClient.signedIn(server, "ada").get("/metrics");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/plain; version=0.0.4");
  }

  @Test
  void aScrapeCountsRequestsPerRouteAndStatusAndShowsThePoolAndTheJvm() {
    WebClient rut = WebClient.signedIn(server, "rut");
    String series =
        "http_server_requests_seconds_count{method=\"GET\",route=\"/processes/{id}\",status=\"200\"}";
    double before = value(scrape(), series);
    for (int i = 0; i < 3; i++) {
      assertThat(rut.get("/processes/purchase-approval").statusCode()).isEqualTo(200);
    }
    String text = scrape();
    assertThat(value(text, series)).isEqualTo(before + 3);
    assertThat(text)
        .contains("# TYPE http_server_requests_seconds histogram")
        .contains(
            "http_server_requests_seconds_bucket{method=\"GET\",route=\"/processes/{id}\",status=\"200\",le=\"10.0\"}")
        .contains("hikaricp_connections_max{pool=\"flowbook\"} 8.0")
        .contains("hikaricp_connections_active{pool=\"flowbook\"}")
        .contains("jvm_memory_used_bytes")
        .contains("jvm_threads_live_threads") // GC pauses appear after the first collection
        .contains("process_uptime_seconds");
    // The raw path never becomes a label: one series for every process.
    assertThat(text).doesNotContain("purchase-approval");
  }

  @Test
  void backgroundJobsAreCountedWithTheirOutcome() {
    var metrics = server.metrics();
    metrics.job("mail-digest", () -> 1, r -> false);
    metrics.job("mail-digest", () -> 2, r -> true);
    try {
      metrics.job(
          "mail-digest",
          () -> {
            throw new IllegalStateException("smtp down");
          },
          r -> false);
    } catch (IllegalStateException expected) {
      // counted as a failure, and still thrown to the caller
    }
    String text = scrape();
    assertThat(value(text, "flowbook_jobs_seconds_count{job=\"mail-digest\",outcome=\"success\"}"))
        .isEqualTo(1);
    assertThat(value(text, "flowbook_jobs_seconds_count{job=\"mail-digest\",outcome=\"failure\"}"))
        .isEqualTo(2);
  }

  private static String scrape() {
    HttpResponse<String> r =
        get(new WebClient(server), "/metrics", "Authorization", "Bearer " + TOKEN);
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private static double value(String scrape, String series) {
    for (String l : scrape.split("\n")) {
      if (l.startsWith(series + " ")) {
        return Double.parseDouble(l.substring(series.length() + 1).strip());
      }
    }
    return 0;
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode logLine(String requestId) throws IOException {
    return JSON.readTree(rawLine(requestId));
  }

  /** The request's line in the test log (written when the answer is complete: wait briefly). */
  private static String rawLine(String requestId) throws IOException {
    Pattern p =
        Pattern.compile(
            "^.*\"request_id\":\"" + Pattern.quote(requestId) + "\".*$", Pattern.MULTILINE);
    for (int i = 0; i < 50; i++) {
      if (Files.exists(ACCESS_LOG)) {
        Matcher m = p.matcher(Files.readString(ACCESS_LOG));
        if (m.find()) {
          return m.group();
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("no log line for request " + requestId + " in " + ACCESS_LOG);
  }
}
