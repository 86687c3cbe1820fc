package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.RawHttp.Caller;
import org.flowbook.server.RawHttp.Response;
import org.flowbook.server.http.HeavyWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expensive requests of a reader cannot take the server down: a model over the layout limits is a
 * 422 at once; drawings run in a bounded pool with a deadline, so heavy renders are answered 503
 * and stopped, pages answer meanwhile, and the pool is free again for the next small drawing. On
 * the old code the 2,000-branch render ran 42 s and answered 200, and there was no deadline.
 */
class HeavyRequestTest {
  private static final String[] ROLES = {
    "Beställare", "Chef", "Inköpare", "Ekonomidirektör", "Ekonomichef", "Redovisningsekonom"
  };
  private static FlowbookServer server;
  private static RawHttp http;
  private static Caller reader;

  @BeforeAll
  static void start() throws Exception {
    // One drawing at a time, one waiting, two seconds each: a 1,900-step layout takes far longer
    // even on an idle machine (with ten seconds it sometimes finished in time and the test failed).
    server =
        FlowbookServer.start(
            new ServerSettings(
                0,
                Files.createTempDirectory("flowbook-heavy"),
                Optional.empty(),
                Optional.of(TestServer.workspace())),
            Clock.systemDefaultZone(),
            new HeavyWork(1, 1, Duration.ofSeconds(2)));
    server
        .library()
        .users()
        .create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    http = new RawHttp(server.port());
    reader = http.signIn("rut", TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static Response render(String text) {
    return http.send(
        "POST",
        "/api/v1/render",
        reader,
        "text/plain; charset=utf-8",
        text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aDecisionOfTwoThousandBranchesIsALocatedProblemNotFortySeconds() {
    StringBuilder s = new StringBuilder("process: Bred\nid: bred\nspråk: sv\n\n");
    s.append("1. Välj   [Chef]\n   beslut: Vilken?\n");
    for (int i = 1; i <= 2000; i++) {
      s.append("     - väg ").append(i).append(" -> slut \"Slut ").append(i).append("\"\n");
    }
    Response r = render(s.toString());
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.text())
        .contains("\"code\":\"too-large-to-draw\"")
        .contains("\"line\":5")
        .contains("steg 1 har 2000 utgående flöden");
  }

  /** 1,900 steps over six lanes with long forward jumps: within the limits, slow to lay out. */
  private static String slowProcess(long seed) {
    Random random = new Random(seed);
    int steps = 1900;
    StringBuilder s = new StringBuilder("process: Lång\nid: lang-" + seed + "\nspråk: sv\n\n");
    for (int i = 1; i <= steps; i++) {
      s.append(i).append(". Steg ").append(i).append("   [").append(ROLES[i % ROLES.length]);
      s.append("]\n");
      if (i % 3 == 0 && i + 2 < steps) {
        int far = Math.min(steps, i + 2 + random.nextInt(400));
        s.append("   beslut: Hoppa?\n     - nej -> ").append(i + 1);
        s.append("\n     - ja -> ").append(far).append('\n');
      }
      s.append('\n');
    }
    return s.toString();
  }

  @Test
  void heavyRendersAreStoppedAtTheDeadlineWhilePagesAnswer() throws Exception {
    assertThat(http.get("/", reader).status()).isEqualTo(200); // warm: templates, landscape
    List<CompletableFuture<Response>> heavy = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String text = slowProcess(i);
      heavy.add(CompletableFuture.supplyAsync(() -> render(text)));
    }
    while (server.heavyWork().pending() == 0) {
      Thread.sleep(20);
    }
    Response page = http.get("/processes/purchase-approval", reader);
    Response landscape = http.get("/", reader);
    boolean heavyStillRunning = heavy.stream().anyMatch(f -> !f.isDone());
    assertThat(page.status()).isEqualTo(200);
    assertThat(landscape.status()).isEqualTo(200);
    assertThat(heavyStillRunning).as("the pages answered before the heavy renders ended").isTrue();
    for (CompletableFuture<Response> f : heavy) {
      Response r = f.get();
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.text()).containsAnyOf("longer than 2 seconds", "busy");
    }
    // The stopped layouts free the single drawing thread: the next small chart is drawn within
    // its own deadline, which it would not be if the stopped ones ran on (seconds each).
    Response small =
        render("process: Liten\nid: liten\nspråk: sv\n\n1. Gör   [Chef]\n\n2. Klart   [Chef]\n");
    assertThat(small.status()).isEqualTo(200);
    assertThat(small.header("content-type")).isEqualTo("image/svg+xml; charset=utf-8");
  }
}
