package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The what-if page (issue 17 item 7) through the one visibility rule: a reader simulates the
 * published versions and cannot name a draft (404, as everywhere), an author can try their draft in
 * the published one's place; bounds refused with a clear 422; a job is seen only by who started it.
 */
class WhatIfWebTest {
  static final String PROCESS = "purchase-approval";
  private static FlowbookServer server;
  private static int draft;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(Files.createTempDirectory("flowbook-whatif-test"));
    Library lib = server.library();
    lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    draft = publishWithVolumeAndDraft(lib);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aReaderSeesNoDraftToTryAndCannotNameOne() {
    WebClient rut = WebClient.signedIn(server, "rut");
    HttpResponse<String> form = rut.get("/processes/" + PROCESS + "/whatif");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("id=\"whatif-form\"")
        .doesNotContain("<option value=\"" + draft + "\"");
    HttpResponse<String> r =
        rut.postWithToken(
            "/processes/" + PROCESS + "/whatif",
            Map.of("version", String.valueOf(draft), "replications", "2", "months", "1"));
    assertThat(r.statusCode()).isEqualTo(404);
  }

  @Test
  void anAuthorTriesTheirDraftAndOnlyTheySeeTheRun() throws Exception {
    WebClient eva = WebClient.signedIn(server, "eva");
    HttpResponse<String> form = eva.get("/processes/" + PROCESS + "/whatif");
    assertThat(form.body()).contains("<option value=\"" + draft + "\"");
    HttpResponse<String> r =
        eva.postWithToken(
            "/processes/" + PROCESS + "/whatif",
            Map.of(
                "version",
                String.valueOf(draft),
                "replications",
                "2",
                "months",
                "1",
                "volume",
                "30"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String job = r.headers().firstValue("Location").orElseThrow();
    assertThat(job).startsWith("/whatif/jobs/");
    String page = waitUntilDone(eva, job);
    assertThat(page)
        .contains("id=\"whatif-result\"")
        .contains("id=\"whatif-focus\"")
        .contains("id=\"whatif-roles\"")
        .contains("Chef")
        .contains("Inköpsgodkännande");
    assertThat(WebClient.signedIn(server, "rut").get(job).statusCode()).isEqualTo(404);
    assertThat(WebClient.signedIn(server, "rut").get(job + "/progress").statusCode())
        .isEqualTo(404);
  }

  @Test
  void valuesOutOfBoundsAreRefusedWithTheFieldAndItsBounds() {
    WebClient eva = WebClient.signedIn(server, "eva");
    HttpResponse<String> months =
        eva.postWithToken("/whatif", Map.of("months", "13", "replications", "2"));
    assertThat(months.statusCode()).isEqualTo(422);
    assertThat(months.body()).contains("id=\"whatif-error\"").contains("months").contains("12");
    // the form keeps what was typed
    assertThat(months.body()).contains("value=\"13\"");
    HttpResponse<String> reps =
        eva.postWithToken("/whatif", Map.of("months", "1", "replications", "1000"));
    assertThat(reps.statusCode()).isEqualTo(422);
    HttpResponse<String> garbage =
        eva.postWithToken("/whatif", Map.of("months", "many", "replications", "2"));
    assertThat(garbage.statusCode()).isEqualTo(422);
  }

  @Test
  void signedOutPeopleAreSentToSignIn() {
    HttpResponse<String> r = new WebClient(server).get("/whatif");
    assertThat(r.statusCode()).isIn(302, 303, 401);
  }

  /**
   * Publishes {@value #PROCESS} with a volume (the test workspace has none, so nothing would be
   * simulated) and saves a newer draft of it as eva; the draft's version number.
   */
  static int publishWithVolumeAndDraft(Library lib) {
    lib.users().create("test", "karl", "Karl Approver", AccessRole.APPROVER, TestServer.PASSWORD);
    User eva = lib.users().byName("eva").orElseThrow();
    User karl = lib.users().byName("karl").orElseThrow();
    // published with a volume, so there are cases to simulate; the draft halves the buyers' check
    String text = lib.current(PROCESS).orElseThrow().source();
    assertThat(text).contains("språk: sv\n");
    String withVolume = text.replace("språk: sv\n", "språk: sv\nvolym: 400 per månad\n");
    int base = lib.processes().summary(PROCESS).orElseThrow().latestVersion();
    assertThat(lib.processes().save(eva, PROCESS, base, withVolume, "volym"))
        .isInstanceOf(SaveResult.Saved.class);
    int published = lib.processes().summary(PROCESS).orElseThrow().latestVersion();
    lib.processes().submit(eva, PROCESS, published);
    lib.processes().approve(karl, PROCESS, published);
    SaveResult saved =
        lib.processes().save(eva, PROCESS, published, withVolume + "\n# ett utkast\n", "utkast");
    assertThat(saved).isInstanceOf(SaveResult.Saved.class);
    int draft = lib.processes().summary(PROCESS).orElseThrow().latestVersion();
    assertThat(draft).isGreaterThan(published);
    return draft;
  }

  static String waitUntilDone(WebClient c, String job) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      HttpResponse<String> p = c.get(job);
      assertThat(p.statusCode()).isEqualTo(200);
      if (p.body().contains("id=\"whatif-result\"") || p.body().contains("role=\"alert\"")) {
        return p.body();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the what-if run did not end in 5 minutes");
  }
}
