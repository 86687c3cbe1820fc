package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ops4 (issue 20 item 5): reading pages are reused and answered with a strong ETag and 304 — and a
 * saved draft, a new published version, another instance's change or another person never gets a
 * stale page or a wrong 304.
 */
class PageReuseTest {
  private static final String PAGE = "/processes/supplier-invoices";
  private static final String PUBLISHED_STEP = "Godkänn betalningsförslaget i banken.";

  @TempDir static Path data;
  private static FlowbookServer server;
  private static Library lib;
  private static User eva;
  private static User karl;
  private static String original;

  @BeforeAll
  static void start() {
    server = TestServer.start(data);
    lib = server.library();
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "karl", "Karl Approver", AccessRole.APPROVER, TestServer.PASSWORD);
    eva = lib.users().byName("eva").orElseThrow();
    karl = lib.users().byName("karl").orElseThrow();
    original = lib.current("supplier-invoices").orElseThrow().source();
    assertThat(original).contains(PUBLISHED_STEP);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(WebClient c, String path, String ifNoneMatch) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.url(path))).GET();
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return c.send(b.build());
  }

  private static String etag(HttpResponse<?> r) {
    return r.headers().firstValue("ETag").orElseThrow();
  }

  private static double reused() {
    return server.metrics().registry().get("flowbook.pages.reused").counter().count();
  }

  private static int saveDraft(String marker) {
    int base = lib.processes().summary("supplier-invoices").orElseThrow().latestVersion();
    SaveResult r =
        lib.processes()
            .save(eva, "supplier-invoices", base, original.replace(PUBLISHED_STEP, marker), "ops4");
    assertThat(r).as("%s", r).isInstanceOf(SaveResult.Saved.class);
    return ((SaveResult.Saved) r).version().version();
  }

  @Test
  void aSecondReadIsReusedAndAnUnchangedPageIs304WithoutABody() {
    WebClient rut = WebClient.signedIn(server, "rut");
    HttpResponse<String> first = rut.get(PAGE);
    assertThat(first.statusCode()).isEqualTo(200);
    String tag = etag(first);
    assertThat(tag).startsWith("\"").doesNotStartWith("W/");
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

    double before = reused();
    HttpResponse<String> again = rut.get(PAGE);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(etag(again)).isEqualTo(tag);
    assertThat(reused()).isEqualTo(before + 1);

    HttpResponse<String> notModified = get(rut, PAGE, tag);
    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(notModified.body()).isEmpty();
    assertThat(get(rut, PAGE, "\"something-else\"").statusCode()).isEqualTo(200);
    assertThat(get(rut, "/", null).headers().firstValue("ETag")).isPresent();
  }

  @Test
  void theEtagVariesByLanguageAndDirection() {
    WebClient rut = WebClient.signedIn(server, "rut");
    HttpResponse<String> sv = rut.get(PAGE);
    rut.get("/lang/en?next=/");
    HttpResponse<String> en = get(rut, PAGE, etag(sv));
    assertThat(en.statusCode()).isEqualTo(200);
    assertThat(etag(en)).isNotEqualTo(etag(sv));
    assertThat(en.body()).contains("lang=\"en\"");
    HttpResponse<String> down = get(rut, PAGE + "?direction=down", etag(en));
    assertThat(down.statusCode()).isEqualTo(200);
    assertThat(etag(down)).isNotEqualTo(etag(en));
    rut.get("/lang/sv?next=/");
    HttpResponse<String> svAgain = get(rut, PAGE, etag(sv));
    assertThat(svAgain.statusCode()).isEqualTo(304);
  }

  @Test
  void aSavedDraftIsNeverAnsweredWithTheOldPageOrA304() {
    WebClient author = WebClient.signedIn(server, "eva");
    HttpResponse<String> before = author.get(PAGE);
    String marker = "Utkastmarkör" + System.nanoTime();
    int draft = saveDraft(marker);
    HttpResponse<String> after = get(author, PAGE, etag(before));
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).contains(marker);
    assertThat(etag(after)).isNotEqualTo(etag(before));

    // The reader, whose page the author's reads never touch, still gets the published text.
    WebClient rut = WebClient.signedIn(server, "rut");
    HttpResponse<String> reader = rut.get(PAGE);
    assertThat(reader.statusCode()).isEqualTo(200);
    assertThat(reader.body()).doesNotContain(marker);
    assertThat(rut.get(PAGE + "?version=" + draft).statusCode()).isEqualTo(404);
  }

  @Test
  void aNewlyPublishedVersionReachesTheReaderAtOnce() {
    WebClient rut = WebClient.signedIn(server, "rut");
    HttpResponse<String> before = rut.get(PAGE);
    assertThat(rut.get(PAGE).body()).isEqualTo(before.body()); // kept
    String marker = "Publicerat" + System.nanoTime();
    int version = saveDraft(marker);
    assertThat(get(rut, PAGE, etag(before)).statusCode())
        .as("a draft changes nothing a reader sees, but the page is made again")
        .isIn(200, 304);
    lib.processes().submit(eva, "supplier-invoices", version);
    lib.processes().approve(karl, "supplier-invoices", version);
    HttpResponse<String> after = get(rut, PAGE, etag(before));
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).contains(marker);
  }

  @Test
  void aReaderNeverGetsThePageAnAuthorMadeForTheSameAddress() {
    String marker = "Författarens" + System.nanoTime();
    saveDraft(marker);
    // Signed in first: a sign-in is a change (an audit entry), and this is about one library state.
    WebClient author = WebClient.signedIn(server, "eva");
    WebClient rut = WebClient.signedIn(server, "rut");
    WebClient other = WebClient.signedIn(server, "rut");
    HttpResponse<String> authors = author.get(PAGE);
    assertThat(authors.body()).contains(marker);
    HttpResponse<String> readers = get(rut, PAGE, etag(authors));
    assertThat(readers.statusCode()).isEqualTo(200);
    assertThat(readers.body()).doesNotContain(marker);
    assertThat(etag(readers)).isNotEqualTo(etag(authors));
    // Nor another session's page (its CSRF token is in the forms).
    HttpResponse<String> others = other.get(PAGE);
    assertThat(others.body()).doesNotContain(rut.csrf()).contains(other.csrf());
  }

  @Test
  void aChangeMadeByAnotherInstanceOnTheSameDatabaseIsSeenAtOnce() {
    WebClient author = WebClient.signedIn(server, "eva");
    HttpResponse<String> before = author.get(PAGE);
    String marker = "Annaninstans" + System.nanoTime();
    try (Library second =
        Library.open(org.flowbook.repository.db.Database.h2Url(data), Clock.systemUTC())) {
      int base = second.processes().summary("supplier-invoices").orElseThrow().latestVersion();
      String latest = second.processes().version("supplier-invoices", base).orElseThrow().source();
      assertThat(
              second
                  .processes()
                  .save(
                      eva,
                      "supplier-invoices",
                      base,
                      latest.replace("process: Hantera leverantörsfakturor", "process: " + marker),
                      "elsewhere"))
          .isInstanceOf(SaveResult.Saved.class);
    }
    HttpResponse<String> after = get(author, PAGE, etag(before));
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).contains(marker);
  }
}
