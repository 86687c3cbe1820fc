package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People from an HR system's CSV on the demo company: a preview says exactly what changes and
 * stores nothing; applying stores it all in one audited transaction; a ragged, non-UTF-8 or huge
 * file is a located refusal with nothing stored; a preview made stale by another change is refused;
 * only administrators may import.
 */
class PeopleImportWebTest {
  @TempDir static Path data;
  private static FlowbookServer server;

  private static final Pattern BASE = Pattern.compile("name=\"base\" value=\"([^\"]*)\"");
  private static final Pattern CSV = Pattern.compile("name=\"csv\" value=\"([^\"]*)\"");

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
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** One new person, one changed (Eva Nordin gets a second role), one the same. */
  private static final String HR =
      "namn;e-post;roller\n"
          + "Nils Nyberg;nils.nyberg@nordljus.se;Ekonomiassistent\n"
          + "Eva Nordin;eva.nordin@nordljus.se;HR-specialist|Lönehandläggare\n";

  private static String unescape(String s) {
    return s.replace("&#10;", "\n")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&lt;", "<");
  }

  @Test
  void aPreviewShowsTheChangesAndApplyingStoresThemOnceInTheAuditLog() throws Exception {
    WebClient ada = WebClient.signedIn(server, "ada");
    String before = server.library().people().source();
    long entries = server.library().audit().changeMark().entries();
    HttpResponse<String> preview = ada.postWithToken("/people/import/preview", Map.of("csv", HR));
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.body()).contains("id=\"import-preview\"", "Nils Nyberg", "import-added");
    assertThat(preview.body()).contains("import-changed", "Eva Nordin");
    assertThat(server.library().people().source()).as("a preview stores nothing").isEqualTo(before);
    assertThat(server.library().audit().changeMark().entries()).isEqualTo(entries);

    Matcher base = BASE.matcher(preview.body());
    Matcher csv = CSV.matcher(preview.body());
    assertThat(base.find()).isTrue();
    assertThat(csv.find()).isTrue();
    Map<String, String> apply = Map.of("base", base.group(1), "csv", unescape(csv.group(1)));
    HttpResponse<String> done = ada.postWithToken("/people/import", apply);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
    var org = server.library().organization();
    assertThat(org.person("Nils Nyberg").orElseThrow().email())
        .isEqualTo("nils.nyberg@nordljus.se");
    assertThat(org.person("Eva Nordin").orElseThrow().holds("Lönehandläggare")).isTrue();
    // The others are kept, with who covers for them.
    assertThat(org.people().size()).isGreaterThan(30);
    var last = server.library().audit().latest(1, 0).get(0);
    assertThat(last.action()).isEqualTo("people-import");
    assertThat(last.detail()).isEqualTo("1 added, 1 changed").doesNotContain("Nils");

    // The same file again changes nothing: nothing is stored twice.
    HttpResponse<String> again = ada.postWithToken("/people/import", apply);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("id=\"import-preview\"").doesNotContain("import-added");
    assertThat(server.library().audit().latest(1, 0).get(0).id()).isEqualTo(last.id());

    // A preview made before someone else changed the people is refused, not merged blindly.
    HttpResponse<String> lisa =
        ada.postWithToken(
            "/people/import/preview", Map.of("csv", "namn;roller\nLisa Lind;Inköpare\n"));
    Matcher staleBase = BASE.matcher(lisa.body());
    assertThat(staleBase.find()).isTrue();
    HttpResponse<String> per =
        ada.postWithToken(
            "/people/import/preview", Map.of("csv", "namn;roller\nPer Persson;Inköpare\n"));
    Matcher perBase = BASE.matcher(per.body());
    assertThat(perBase.find()).isTrue();
    assertThat(
            ada.postWithToken(
                    "/people/import",
                    Map.of("base", perBase.group(1), "csv", "namn;roller\nPer Persson;Inköpare\n"))
                .statusCode())
        .isEqualTo(303);
    HttpResponse<String> stale =
        ada.postWithToken(
            "/people/import",
            Map.of("base", staleBase.group(1), "csv", "namn;roller\nLisa Lind;Inköpare\n"));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(server.library().organization().person("Lisa Lind")).isEmpty();
  }

  @Test
  void aRaggedFileIsALocatedErrorAndNothingIsStored() throws Exception {
    WebClient ada = WebClient.signedIn(server, "ada");
    String before = server.library().people().source();
    String ragged =
        "namn;e-post;roller\nOla Ek;ola@x.se;Inköpare\nBo;bo@x.se;Inköpare;extra;more\n";
    HttpResponse<String> r = ada.postWithToken("/people/import/preview", Map.of("csv", ragged));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("personer.csv:3", "id=\"import-problems\"");
    assertThat(r.body()).doesNotContain("id=\"import-apply\"");
    // Posting it for real anyway (a hand-made request): refused, nothing stored.
    HttpResponse<String> forced =
        ada.postWithToken("/people/import", Map.of("csv", ragged, "base", "x"));
    assertThat(forced.statusCode()).isEqualTo(422);
    String unknownRole = "namn;roller\nOla Ek;Inköpar\n";
    HttpResponse<String> role =
        ada.postWithToken("/people/import/preview", Map.of("csv", unknownRole));
    assertThat(role.statusCode()).isEqualTo(422);
    assertThat(role.body()).contains("personer.csv:2", "Inköpare");
    assertThat(server.library().people().source()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotUtf8IsALocatedErrorAndAHugeOneIsRefusedWhileReading() throws Exception {
    WebClient ada = WebClient.signedIn(server, "ada");
    byte[] latin1 = "namn;roller\nÅsa Öberg;Inköpare\n".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> r =
        ada.send(
            HttpRequest.newBuilder(URI.create(ada.url("/people/import/preview")))
                .header("Content-Type", "text/csv")
                .header("X-CSRF-Token", ada.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
                .build());
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("personer.csv:2", "UTF-8");

    byte[] huge = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    HttpResponse<String> big =
        ada.send(
            HttpRequest.newBuilder(URI.create(ada.url("/people/import/preview")))
                .header("Content-Type", "text/csv")
                .header("X-CSRF-Token", ada.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                .build());
    assertThat(big.statusCode()).isEqualTo(413);
  }

  @Test
  void onlyAdministratorsImport() throws Exception {
    WebClient karl = WebClient.signedIn(server, "karl");
    assertThat(karl.get("/people/import").statusCode()).isEqualTo(403);
    assertThat(karl.postWithToken("/people/import/preview", Map.of("csv", HR)).statusCode())
        .isEqualTo(403);
    assertThat(karl.get("/people").body()).doesNotContain("id=\"people-import\"");
    WebClient ada = WebClient.signedIn(server, "ada");
    assertThat(ada.get("/people").body()).contains("id=\"people-import\"");
    assertThat(ada.get("/people/import").body()).contains("id=\"import-form\"");
  }
}
