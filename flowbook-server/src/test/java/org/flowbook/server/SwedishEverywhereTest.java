package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.RawHttp.Caller;
import org.flowbook.server.RawHttp.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Swedish user reads no English (issue 12 item 5): every page the server registers (taken from
 * the router, so a new route is walked without touching this test), its error pages and JSON error
 * bodies, the editor's preview of a broken text and the audit log, fetched with a Swedish session
 * by a reader, an author and an administrator. A page fails when its visible text holds a sentence
 * of the English bundle that the Swedish bundle says differently, or a word only English pages use.
 */
class SwedishEverywhereTest {
  private static final Pattern PARAM = Pattern.compile("\\{([a-z]+)}");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern HIDDEN =
      Pattern.compile("(?s)<(script|style|svg|code|pre|textarea)\\b.*?</\\1>");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

  /** Valid path parameters, so that the page itself is shown, not only its refusal. */
  private static final Map<String, String> VALID =
      Map.of(
          "id", "purchase-approval",
          "n", "1",
          "file", "purchase-approval.flow",
          "action", "submit",
          "name", "Best%C3%A4llare",
          "ext", "html",
          "code", "sv",
          "comment", "1",
          "person", "Anna%20Berg");

  /** Words no Swedish page has, whatever the bundles say. */
  private static final List<String> ENGLISH_ONLY =
      List.of(
          "Not found",
          "Server error",
          "something went wrong",
          "there is no page here",
          "is not declared",
          "did you mean",
          "ask an administrator",
          "sign in first");

  private static FlowbookServer server;
  private static RawHttp http;
  private static List<Caller> callers;

  @BeforeAll
  static void start() throws Exception {
    Path data = Files.createTempDirectory("flowbook-swedish");
    server = TestServer.start(data);
    Library lib = server.library();
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "ada", "Ada Admin", AccessRole.ADMIN, TestServer.PASSWORD);
    http = new RawHttp(server.port());
    callers = new ArrayList<>();
    for (String user : List.of("rut", "eva", "ada")) {
      Caller c = http.signIn(user, TestServer.PASSWORD);
      callers.add(new Caller(c.name(), c.cookie() + "; flowbook_lang=sv", c.csrf()));
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void noPageErrorOrPreviewSaysEnglishToASwedishUser() throws IOException {
    List<String> sentences = englishSentences();
    assertThat(sentences).hasSizeGreaterThan(200);
    Map<String, String> texts = new LinkedHashMap<>();
    for (Caller caller : callers) {
      for (FlowbookServer.Route route : server.routes()) {
        if (!route.method().equals("GET")
            || route.path().equals("/logout")
            || route.path().startsWith("/lang/")
            || route.path().equals("/api/v1/openapi.json")) {
          continue; // the API's description is for programmers, in English by design
        }
        String target = fill(route.path());
        Response r = http.send("GET", target, caller, null, null);
        keep(texts, caller.name() + " GET " + target, r);
      }
      // refusals: not found (page and library), not allowed, JSON bodies under /api/
      keep(texts, caller.name() + " 404", http.send("GET", "/no/such/page", caller, null, null));
      keep(
          texts,
          caller.name() + " library 404",
          http.send("GET", "/processes/no-such-process", caller, null, null));
      keep(
          texts,
          caller.name() + " api 404",
          http.send("GET", "/api/v1/processes/no-such-process", caller, null, null));
      keep(texts, caller.name() + " 403", http.send("GET", "/admin/users", caller, null, null));
    }
    Caller eva = callers.get(1);
    keep(
        texts,
        "eva preview",
        http.send(
            "POST",
            "/editor/preview",
            eva,
            "application/x-www-form-urlencoded",
            ("source="
                    + java.net.URLEncoder.encode(
                        "process: T\nroller: Inkopare\n1. Gör   [Inkopare]\n-> 9\n",
                        StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
    keep(
        texts,
        "eva approves her own",
        http.send("POST", "/processes/purchase-approval/archive", eva, null, new byte[0]));
    assertThat(texts).hasSizeGreaterThan(server.routes().size());
    // The walk saw the pages themselves, not only refusals.
    assertThat(texts.keySet().stream().filter(k -> k.endsWith("-> 200")).count())
        .as(String.join("\n", texts.keySet()))
        .isGreaterThan(40);
    List<String> english = new ArrayList<>();
    for (Map.Entry<String, String> page : texts.entrySet()) {
      for (String s : sentences) {
        if (page.getValue().contains(s)) {
          english.add(page.getKey() + ": \"" + s + "\"");
        }
      }
    }
    assertThat(english).as("English in what a Swedish user reads").isEmpty();
  }

  @Test
  void theWalkWouldSeeEnglish() throws IOException {
    Caller english =
        new Caller(
            "eva-en",
            callers.get(1).cookie().replace("flowbook_lang=sv", "flowbook_lang=en"),
            callers.get(1).csrf());
    String page = visibleText(http.send("GET", "/no/such/page", english, null, null));
    assertThat(englishSentences().stream().filter(page::contains)).isNotEmpty();
  }

  private static void keep(Map<String, String> texts, String what, Response r) {
    String type = r.header("content-type");
    if (type.startsWith("text/html") || type.startsWith("application/json")) {
      texts.put(what + " -> " + r.status(), visibleText(r));
    }
  }

  /** The text a person reads: no tags, scripts, styles, drawings or code. */
  static String visibleText(Response r) {
    String body = r.text();
    if (r.header("content-type").startsWith("text/html")) {
      body = HIDDEN.matcher(body).replaceAll(" ");
      body = TAG.matcher(body).replaceAll(" ");
      body =
          body.replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&#39;", "'")
              .replace("&amp;", "&");
    }
    return body.replaceAll("\\s+", " ");
  }

  /**
   * The sentences of the English bundles that the Swedish ones say differently: every text of the
   * web app's bundle and the problems' bundle, cut at its placeholders, keeping the parts of at
   * least two words; plus the words no Swedish page has.
   */
  static List<String> englishSentences() throws IOException {
    Set<String> out = new TreeSet<>(ENGLISH_ONLY);
    for (String bundle : List.of("i18n/messages", "org/flowbook/output/problems")) {
      Properties en = load(bundle + "_en.properties");
      Properties sv = load(bundle + "_sv.properties");
      for (String key : en.stringPropertyNames()) {
        String e = en.getProperty(key);
        if (e.equals(sv.getProperty(key))) {
          continue;
        }
        for (String part : PLACEHOLDER.split(e)) {
          String p = part.strip();
          if (p.split("\\s+").length >= 2 && p.length() >= 8 && !sv.getProperty(key).contains(p)) {
            out.add(p);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        SwedishEverywhereTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static String fill(String path) {
    Matcher m = PARAM.matcher(path);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(s, Matcher.quoteReplacement(VALID.getOrDefault(m.group(1), "x")));
    }
    m.appendTail(s);
    return s.toString();
  }
}
