package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.TokenScope;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One visibility rule for every route: a reader walks every route the server registers — pages,
 * downloads, role manuals, landscape, search, API — with drafts in the library that carry a marker
 * word, and the marker is in no answer (HTML, JSON, SVG, PDF text, Word text, headers). A route
 * added later is walked too: a path parameter the walk has no values for fails the test.
 */
class ReaderSeesNoDraftTest {
  /** In every draft below and in nothing published. */
  private static final String MARKER = "Zebrafinkar";

  /** Also in the drafts, so that a search for it would find them if it could. */
  private static final String SEARCH_WORD = "kvastfening";

  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
  private static final List<String> IDS =
      List.of(
          "secret-draft", "secret-review", "supplier-invoices", "purchase-approval", "calls-draft");
  private static final List<String> ROLES = List.of("Inköpare", "Ekonomichef", "Chef");

  @TempDir static Path data;
  private static FlowbookServer server;

  @BeforeAll
  static void libraryWithDrafts() {
    server = TestServer.start(data);
    Library lib = server.library();
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "karl", "Karl Approver", AccessRole.APPROVER, TestServer.PASSWORD);
    User eva = lib.users().byName("eva").orElseThrow();
    User karl = lib.users().byName("karl").orElseThrow();

    // Never published: a draft, and a version waiting for review.
    saved(lib.processes().create(eva, secret("secret-draft"), "utkast"));
    int review = saved(lib.processes().create(eva, secret("secret-review"), "granska"));
    lib.processes().submit(eva, "secret-review", review);

    // A published process with a newer draft whose steps and title carry the marker.
    String published = lib.current("supplier-invoices").orElseThrow().source();
    int base = lib.processes().summary("supplier-invoices").orElseThrow().latestVersion();
    String changed =
        published
            .replace("process: Hantera leverantörsfakturor", "process: " + MARKER + " fakturor")
            .replace(
                "- Godkänn betalningsförslaget i banken.",
                "- Godkänn " + MARKER + " " + SEARCH_WORD + " i banken.");
    assertThat(changed).contains(MARKER + " " + SEARCH_WORD);
    int draft = saved(lib.processes().save(eva, "supplier-invoices", base, changed, "ändrat"));
    // ackweb: a comment on the draft quotes it; readers must not see it (comment 1), while a
    // comment on the published version is theirs to read (comment 2).
    lib.comments()
        .add(eva, "supplier-invoices", draft, "1", "x", MARKER + " i utkastet " + SEARCH_WORD);
    lib.comments().add(eva, "supplier-invoices", base, "1", "x", "publicerat");

    // A published process whose step calls the never-published draft as its subprocess.
    int caller =
        saved(
            lib.processes()
                .create(
                    eva,
                    """
                    process: Anropar utkastet
                    id: calls-draft
                    ägare: Ekonomichef
                    del av: Stödprocesser
                    språk: sv

                    1. Gör förarbetet   [Inköpare]   arbete 5 min
                       delprocess: secret-draft
                    """,
                    "publik"));
    lib.processes().submit(eva, "calls-draft", caller);
    lib.processes().approve(karl, "calls-draft", caller);

    // training3: Rut is a buyer and an accountant, signed off on the published invoices process,
    // so her training pages are built from processes whose drafts carry the marker.
    lib.setOrganization(
        Library.SYSTEM,
        lib.organizationSource()
            + "\nperson: Rut Läsare\n  e-post: rut@test.se\n  roller: Inköpare, Redovisningsekonom\n");
    lib.training()
        .record(
            karl,
            new org.flowbook.repository.training.TrainingSignOffs.Request(
                "Rut Läsare", "supplier-invoices", "", base, java.time.LocalDate.now(), 0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String secret(String id) {
    return """
        process: %1$s planeras
        id: %2$s
        ägare: Ekonomichef
        syfte: %1$s ska aldrig synas för läsare.
        del av: Stödprocesser
        språk: sv

        1. Mata %1$s   [Inköpare]   arbete 5 min
           - Ge %1$s %3$s varje morgon.
           konsulteras: Chef

        2. Räkna %1$s   [Ekonomichef]   arbete 2 min
           - Anteckna antalet %1$s.
        """
        .formatted(MARKER, id, SEARCH_WORD);
  }

  private static int saved(SaveResult r) {
    assertThat(r).isInstanceOf(SaveResult.Saved.class);
    return ((SaveResult.Saved) r).version().version();
  }

  @Test
  void theMarkerIsFoundWhereAuthorsLook() {
    // Guards the walk below against passing because the marker cannot be read out of a file.
    WebClient eva = WebClient.signedIn(server, "eva");
    for (String ext : List.of("html", "pdf", "docx")) {
      HttpResponse<byte[]> r = eva.getBytes("/roles/" + enc("Inköpare") + "/manual." + ext);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(text(r)).as(ext).containsIgnoringCase(MARKER);
    }
    assertThat(eva.get("/search?q=" + SEARCH_WORD).body()).containsIgnoringCase(MARKER);
  }

  @Test
  void aReaderFindsTheMarkerOnNoRoute() {
    List<FlowbookServer.Route> routes = server.routes();
    assertThat(routes).hasSizeGreaterThan(20);
    WebClient rut = WebClient.signedIn(server, "rut");
    List<String> leaks = new ArrayList<>();
    Map<String, Integer> okByRoute = new LinkedHashMap<>();
    int requests = 0;
    for (FlowbookServer.Route route : routes) {
      for (String path : expand(route.path())) {
        for (String query : queries(route)) {
          WebClient client =
              route.path().equals("/logout") ? WebClient.signedIn(server, "rut") : rut;
          HttpResponse<byte[]> r = send(client, route.method(), path + query, null);
          requests++;
          if (r.statusCode() == 200) {
            okByRoute.merge(route.method() + " " + route.path(), 1, Integer::sum);
          }
          String seen = text(r) + " " + r.headers().map();
          if (seen.toLowerCase(Locale.ROOT).contains(MARKER.toLowerCase(Locale.ROOT))) {
            leaks.add(route.method() + " " + path + query + " → " + r.statusCode());
          }
        }
      }
    }
    // The API again, signed in by the reader's personal access token instead of the session.
    String token =
        server
            .library()
            .tokens()
            .create(
                server.library().users().byName("rut").orElseThrow(),
                "walk",
                TokenScope.READ,
                Optional.empty())
            .secret();
    WebClient bearer = new WebClient(server);
    for (FlowbookServer.Route route : routes) {
      if (!route.path().startsWith("/api/")) {
        continue;
      }
      for (String path : expand(route.path())) {
        for (String query : queries(route)) {
          HttpResponse<byte[]> r = send(bearer, route.method(), path + query, token);
          requests++;
          String seen = text(r) + " " + r.headers().map();
          if (seen.toLowerCase(Locale.ROOT).contains(MARKER.toLowerCase(Locale.ROOT))) {
            leaks.add("token: " + route.method() + " " + path + query + " → " + r.statusCode());
          }
        }
      }
    }
    assertThat(leaks).as("answers to a reader that show a draft").isEmpty();
    // The walk reached the reading routes, not only refusals.
    assertThat(okByRoute)
        .containsKeys(
            "GET /",
            "GET /processes/{id}",
            "GET /roles/{name}",
            "GET /roles/{name}/manual.{ext}",
            "GET /processes/{id}/v/{n}/{file}",
            "GET /search",
            "GET /api/v1/processes",
            "GET /api/v1/processes/{id}",
            "GET /api/v1/processes/{id}/versions",
            "GET /api/v1/search",
            "GET /training",
            "GET /api/v1/training");
    assertThat(requests).isGreaterThan(100);
  }

  /** Every concrete path of a route pattern, from the values the walk knows per parameter. */
  private static List<String> expand(String pattern) {
    Matcher m = PARAM.matcher(pattern);
    if (!m.find()) {
      return List.of(pattern);
    }
    String name = m.group(1);
    List<String> out = new ArrayList<>();
    List<String> values = name.equals("file") ? files(pattern) : values(name, pattern);
    for (String value : values) {
      String once = pattern.substring(0, m.start()) + value + pattern.substring(m.end());
      out.addAll(expand(once));
    }
    return out;
  }

  private static List<String> values(String param, String pattern) {
    return switch (param) {
      case "id" -> IDS;
      case "n" -> List.of("1", "2", "3");
      case "name" -> ROLES.stream().map(ReaderSeesNoDraftTest::enc).toList();
      case "ext" -> List.of("html", "pdf", "docx");
      case "action" -> List.of("submit", "approve", "reject");
      case "code" -> List.of("sv", "en");
      case "comment" -> List.of("1", "2", "3");
      case "person" -> List.of(enc("Inköpare"), enc("Nobody Here"));
      // mine3 (#15): a log check is only its uploader's (and an author's); a guess finds nothing
      case "job" -> List.of("00000000-0000-0000-0000-000000000000", "x");
      default ->
          throw new AssertionError(
              "the walk has no values for {" + param + "} of " + pattern + ": add them here");
    };
  }

  /** The download names of the process a path (with its id filled in) is about. */
  private static List<String> files(String path) {
    String id = path.split("/")[2];
    return List.of(
        id + ".flow",
        id + ".svg",
        id + ".png",
        id + ".bpmn",
        id + "-manual.pdf",
        id + "-manual.docx",
        id + "-manual.html");
  }

  private static List<String> queries(FlowbookServer.Route route) {
    if (!route.method().equals("GET")) {
      return List.of("");
    }
    if (route.path().matches(".*\\{(n|name|ext|file)}.*")) {
      // Downloads and role pages take no version from the query; one request each suffices.
      return List.of("?q=" + SEARCH_WORD);
    }
    List<String> q = new ArrayList<>();
    for (int v = 1; v <= 3; v++) {
      q.add("?version=" + v + "&from=1&to=" + v + "&q=" + SEARCH_WORD + "&page=0");
    }
    return q;
  }

  private static HttpResponse<byte[]> send(
      WebClient c, String method, String pathAndQuery, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(c.url(pathAndQuery))).header("X-CSRF-Token", c.csrf());
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpRequest request =
        switch (method) {
          case "GET" -> b.GET().build();
          case "POST" ->
              b.header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + c.csrf()))
                  .build();
          default -> b.method(method, HttpRequest.BodyPublishers.ofString("")).build();
        };
    try {
      return c.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What a person reads in an answer: PDF and Word text extracted, everything else as text. */
  private static String text(HttpResponse<byte[]> r) {
    String type = r.headers().firstValue("Content-Type").orElse("");
    try {
      if (type.startsWith("application/pdf")) {
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
          return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
      }
      if (type.contains("wordprocessingml")) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()));
            XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
          return words.getText();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
