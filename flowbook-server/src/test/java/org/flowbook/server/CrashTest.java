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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flowbook.repository.Library;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.db.Database;
import org.flowbook.repository.process.VersionInfo;
import org.flowbook.testkit.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx answer means durable: a child server process takes saves from concurrent writers over HTTP
 * and is killed with SIGKILL ({@link Process#destroyForcibly} on Linux) in the middle of them;
 * after a restart on the same data every acknowledged save is there with its audit row, and no
 * audit id is ever given to another entry. Two crash rounds on H2 and on PostgreSQL, a couple of
 * seconds of writing each.
 */
class CrashTest {
  private static final int WRITERS = 4;
  private static final int ROUNDS = 2;
  private static final Duration WRITING = Duration.ofMillis(2500);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** One acknowledged save: the process, the version the server answered and its unique note. */
  record Ack(String id, int version, String note) {}

  @Test
  void everyAcknowledgedSaveSurvivesAKillOnH2() throws Exception {
    Path data = tmp.resolve("data");
    crashRounds(data.toString(), Database.h2Url(data));
  }

  @Test
  void everyAcknowledgedSaveSurvivesAKillOnPostgres() throws Exception {
    String url = TestEnvironment.requireEnv("FLOWBOOK_TEST_PG_URL", "a PostgreSQL database");
    // Its own schema, so the contract tests' resets of the public schema do not interfere.
    String schema = "flowbook_crash";
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the schema " + schema + " at " + url, e);
    }
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    crashRounds(schemaUrl, schemaUrl);
  }

  private void crashRounds(String serverArg, String jdbcUrl) throws Exception {
    String template =
        Files.readString(TestServer.workspace().resolve("inkopsgodkannande.flow"))
            .replace("id: purchase-approval", "id: crash-W")
            .replace("process: Inköpsgodkännande", "process: Krasch W");
    Map<Long, String> auditSeen = new HashMap<>();
    Map<String, Integer> latest = new HashMap<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Path portFile = tmp.resolve("port-" + round);
      Path log = tmp.resolve("server-" + round + ".log");
      Process child = startChild(serverArg, portFile, log);
      List<Ack> acks;
      try {
        int port = awaitPort(child, portFile, log);
        acks = writeUntilKilled(child, port, template, round, latest);
      } finally {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
      assertThat(acks).as("round %d: the writers got answers before the kill", round).isNotEmpty();
      System.err.printf(
          "[flowbook] crash test round %d: %d saves acknowledged before the kill%n",
          round, acks.size());
      try (Library lib = Library.open(jdbcUrl, Clock.systemDefaultZone())) {
        List<AuditEntry> audit = lib.audit().latest(Integer.MAX_VALUE, 0);
        Map<String, AuditEntry> byNote = new HashMap<>();
        for (AuditEntry e : audit) {
          byNote.put(e.detail(), e);
        }
        for (Ack ack : acks) {
          List<VersionInfo> history = lib.processes().history(ack.id());
          assertThat(history)
              .as("round %d: acknowledged save %s", round, ack)
              .anyMatch(v -> v.version() == ack.version() && v.note().equals(ack.note()));
          assertThat(byNote)
              .as("round %d: the audit row of acknowledged save %s", round, ack)
              .containsKey(ack.note());
          latest.merge(ack.id(), ack.version(), Math::max);
        }
        for (String id : latest.keySet()) {
          latest.put(id, lib.processes().summary(id).orElseThrow().latestVersion());
        }
        // An audit id, once acknowledged, always names the same entry.
        Map<Long, String> now = new HashMap<>();
        for (AuditEntry e : audit) {
          now.put(e.id(), e.action() + " " + e.target() + " " + e.detail());
        }
        assertThat(now)
            .as("round %d: audit ids kept their entries", round)
            .containsAllEntriesOf(auditSeen);
        auditSeen.putAll(now);
      }
    }
  }

  private Process startChild(String serverArg, Path portFile, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx384m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            CrashChildServer.class.getName(),
            serverArg,
            TestServer.workspace().toString(),
            portFile.toString());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static int awaitPort(Process child, Path portFile, Path log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(portFile)) {
        return Integer.parseInt(Files.readString(portFile).strip());
      }
      if (!child.isAlive()) {
        throw new IllegalStateException(
            "the child server stopped (" + child.exitValue() + "):\n" + Files.readString(log));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the child server did not start:\n" + Files.readString(log));
  }

  /** Writers save as fast as answers come until the child is killed mid-stream. */
  private static List<Ack> writeUntilKilled(
      Process child, int port, String template, int round, Map<String, Integer> latest)
      throws Exception {
    ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    AtomicBoolean armed = new AtomicBoolean();
    AtomicBoolean killed = new AtomicBoolean();
    CountDownLatch kill = new CountDownLatch(1);
    Runnable killer =
        () -> {
          if (armed.compareAndSet(true, false)) {
            killed.set(true);
            child.destroyForcibly();
            kill.countDown();
          }
        };
    CountDownLatch ready = new CountDownLatch(WRITERS);
    List<Thread> writers = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int w = 1; w <= WRITERS; w++) {
      String id = "crash-" + w;
      String text = template.replace("crash-W", id).replace("Krasch W", "Krasch " + w);
      int start = latest.getOrDefault(id, 0);
      Thread t =
          new Thread(
              () -> {
                try {
                  WebClient client =
                      new WebClient(port).signIn(CrashChildServer.WRITER, TestServer.PASSWORD);
                  ready.countDown();
                  write(client, port, id, text, start, round, acks, killed, killer);
                } catch (Throwable e) {
                  ready.countDown();
                  if (!killed.get()) {
                    synchronized (failures) {
                      failures.add(e);
                    }
                  }
                }
              },
              "writer-" + w);
      t.start();
      writers.add(t);
    }
    ready.await(60, TimeUnit.SECONDS);
    Thread.sleep(WRITING.toMillis());
    armed.set(true);
    if (!kill.await(30, TimeUnit.SECONDS)) {
      killer.run();
    }
    child.waitFor(30, TimeUnit.SECONDS);
    for (Thread t : writers) {
      t.join(30_000);
    }
    assertThat(failures).as("writers failed before the kill").isEmpty();
    return new ArrayList<>(acks);
  }

  private static void write(
      WebClient client,
      int port,
      String id,
      String text,
      int start,
      int round,
      ConcurrentLinkedQueue<Ack> acks,
      AtomicBoolean killed,
      Runnable killAfterAnAnswer)
      throws Exception {
    int version = start;
    for (int n = 1; ; n++) {
      String note = id + " round " + round + " save " + n;
      String source =
          text.replace(
              "startas när: En medarbetare behöver köpa varor eller tjänster.",
              "startas när: En medarbetare behöver köpa varor eller tjänster (" + note + ").");
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
              .timeout(Duration.ofSeconds(30));
      if (version == 0) {
        request.POST(HttpRequest.BodyPublishers.ofString(body));
      } else {
        request
            .header("If-Match", "\"" + version + "\"")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
      }
      HttpResponse<String> r;
      try {
        r = client.send(request.build());
      } catch (RuntimeException e) {
        if (killed.get()) {
          return; // the connection died with the server: this save was never acknowledged
        }
        throw e;
      }
      if (r.statusCode() != 200 && r.statusCode() != 201) {
        throw new AssertionError("save " + note + " answered " + r.statusCode() + ": " + r.body());
      }
      JsonNode answer = JSON.readTree(r.body());
      version = answer.path("version").path("version").asInt();
      acks.add(new Ack(id, version, note));
      killAfterAnAnswer.run();
    }
  }
}
