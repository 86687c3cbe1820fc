package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.testkit.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes (separate JVMs) on one PostgreSQL database, as behind a load balancer (issue
 * 20, decision 0625): an edit on A is found by a search on B within 2 s; a session made on A works
 * on B; a job scheduled on both runs on one at a time; and after A is killed with SIGKILL in the
 * middle of saving, B keeps serving and every save A acknowledged is in the library.
 */
class TwoInstancesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void twoInstancesShareSearchSessionsJobsAndSurviveAKill() throws Exception {
    String url = freshSchema("two_instances");
    Path runs = tmp.resolve("runs.txt");
    Process a = start("a", url, runs);
    Process b = null;
    try {
      int portA = awaitPort(a, "a");
      b = start("b", url, runs);
      int portB = awaitPort(b, "b");

      WebClient onA = new WebClient(portA).signIn(TwoInstanceChild.WRITER, TestServer.PASSWORD);
      String session = cookie(onA, "flowbook_session");
      HttpClient plain = HttpClient.newHttpClient();

      // A session made on A works on B.
      HttpResponse<String> me = get(plain, portB, "/api/v1/search?q=inköp", session);
      assertThat(me.statusCode()).as("B honours A's session: %s", me.body()).isEqualTo(200);
      assertThat(get(plain, portB, "/api/v1/search?q=inköp", "nonsense").statusCode())
          .isEqualTo(401);

      // An edit on A is found by a search on B within 2 s.
      String template =
          Files.readString(TestServer.workspace().resolve("inkopsgodkannande.flow"))
              .replace("id: purchase-approval", "id: nordljus")
              .replace("process: Inköpsgodkännande", "process: Nordljusprocessen");
      HttpResponse<String> created = save(onA, portA, "nordljus", 0, template, "made on A");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      long saved = System.nanoTime();
      long foundAfter = -1;
      while (System.nanoTime() - saved < Duration.ofSeconds(5).toNanos()) {
        HttpResponse<String> hits =
            get(plain, portB, "/api/v1/search?q=nordljusprocessen", session);
        if (hits.statusCode() == 200 && hits.body().contains("nordljus")) {
          foundAfter = System.nanoTime() - saved;
          break;
        }
        Thread.sleep(20);
      }
      assertThat(foundAfter).as("B found A's edit").isPositive();
      assertThat(Duration.ofNanos(foundAfter)).isLessThan(Duration.ofSeconds(2));

      // Kill A in the middle of a save loop: B keeps serving, no acknowledged save is lost.
      List<String> acknowledged = new ArrayList<>();
      AtomicBoolean killed = new AtomicBoolean();
      int version = JSON.readTree(created.body()).path("version").path("version").asInt();
      long killAt = System.nanoTime() + Duration.ofMillis(1200).toNanos();
      for (int n = 1; ; n++) {
        if (!killed.get() && System.nanoTime() > killAt) {
          a.destroyForcibly();
          killed.set(true);
        }
        String note = "save " + n + " on A";
        String text =
            template.replace(
                "startas när: En medarbetare behöver köpa varor eller tjänster.",
                "startas när: En medarbetare behöver köpa varor (" + note + ").");
        HttpResponse<String> r;
        try {
          r = save(onA, portA, "nordljus", version, text, note);
        } catch (RuntimeException | IOException e) {
          assertThat(killed).as("A failed before it was killed: %s", e).isTrue();
          break;
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        version = JSON.readTree(r.body()).path("version").path("version").asInt();
        acknowledged.add(note);
      }
      a.waitFor(30, TimeUnit.SECONDS);
      assertThat(acknowledged).isNotEmpty();
      assertThat(get(plain, portB, "/api/v1/search?q=nordljusprocessen", session).statusCode())
          .as("B serves after A died")
          .isEqualTo(200);
      WebClient onB = new WebClient(portB).signIn(TwoInstanceChild.WRITER, TestServer.PASSWORD);
      HttpResponse<String> afterKill =
          save(onB, portB, "nordljus", latest(url), template, "saved on B after the kill");
      assertThat(afterKill.statusCode()).as(afterKill.body()).isEqualTo(200);
      try (Library lib = Library.open(url, Clock.systemDefaultZone())) {
        List<String> notes =
            lib.processes().history("nordljus").stream().map(VersionInfo::note).toList();
        assertThat(notes).containsAll(acknowledged).contains("saved on B after the kill");
      }

      // The probe job, scheduled on both every 300 ms, ran on one instance at a time: two runs
      // are never closer than its period (each instance on its own would run it every 300 ms).
      List<Long> starts = new ArrayList<>();
      for (String line : Files.readAllLines(runs)) {
        starts.add(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)));
      }
      starts.sort(null);
      assertThat(starts.size()).as("the probe ran").isGreaterThanOrEqualTo(3);
      for (int i = 1; i < starts.size(); i++) {
        assertThat(starts.get(i) - starts.get(i - 1))
            .as("gap between runs %d and %d of %s", i - 1, i, starts)
            .isGreaterThanOrEqualTo(TwoInstanceChild.PROBE_EVERY.toMillis() - 20);
      }
    } finally {
      a.destroyForcibly();
      if (b != null) {
        b.destroyForcibly();
        b.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** A fresh schema of its own, so other tests' resets of the public schema do not interfere. */
  private static String freshSchema(String schema) throws java.sql.SQLException {
    String url = TestEnvironment.requireEnv("FLOWBOOK_TEST_PG_URL", "a PostgreSQL database");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static int latest(String url) {
    try (Library lib = Library.open(url, Clock.systemDefaultZone())) {
      return lib.processes().summary("nordljus").orElseThrow().latestVersion();
    }
  }

  private Process start(String name, String url, Path runs) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx384m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            TwoInstanceChild.class.getName(),
            url,
            TestServer.workspace().toString(),
            tmp.resolve("port-" + name).toString(),
            runs.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("server-" + name + ".log").toFile())
        .start();
  }

  private int awaitPort(Process child, String name) throws Exception {
    Path portFile = tmp.resolve("port-" + name);
    Path log = tmp.resolve("server-" + name + ".log");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(portFile)) {
        return Integer.parseInt(Files.readString(portFile).strip());
      }
      if (!child.isAlive()) {
        throw new IllegalStateException("instance " + name + " stopped:\n" + Files.readString(log));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(
        "instance " + name + " did not start:\n" + Files.readString(log));
  }

  private static String cookie(WebClient client, String name) {
    CookieManager cookies = (CookieManager) client.http().cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow();
  }

  private static HttpResponse<String> get(HttpClient http, int port, String path, String session)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace("ö", "%C3%B6")))
            .header("Cookie", "flowbook_session=" + session)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> save(
      WebClient client, int port, String id, int version, String source, String note)
      throws IOException {
    String body = JSON.writeValueAsString(Map.of("source", source, "note", note));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/api/v1/processes"
                        + (version == 0 ? "" : "/" + id)))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", client.csrf())
            .timeout(Duration.ofSeconds(10));
    if (version == 0) {
      request.POST(HttpRequest.BodyPublishers.ofString(body));
    } else {
      request
          .header("If-Match", "\"" + version + "\"")
          .PUT(HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      return client.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
