package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.server.RawHttp.Caller;
import org.flowbook.server.RawHttp.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route the server registers (taken from the router, so a new route is covered without
 * touching this test) gets garbage of every kind — in its path parameters, its query, its body
 * (malformed, deeply nested and wrong-typed JSON, over-long texts, malformed percent-encoding,
 * invalid UTF-8) — from a stranger, a reader, an author and an administrator. No answer may be a
 * server error, and every text answer names its charset. The server is a private one: garbage that
 * happens to be a valid request (approve, archive) changes only its own library.
 */
class GarbageOnEveryRouteTest {
  private static final Pattern PARAM = Pattern.compile("\\{([a-z]+)}");
  private static final Pattern TEXT_TYPE =
      Pattern.compile("^(text/|application/(json|xml|javascript)|image/svg\\+xml)");

  /** A request target or body that is valid, so that the garbage elsewhere is what is tested. */
  private static final Map<String, String> VALID =
      Map.of(
          "id", "purchase-approval",
          "n", "1",
          "file", "purchase-approval.flow",
          "action", "submit",
          "name", enc("Beställare"),
          "ext", "html",
          "code", "en",
          "comment", "1",
          "person", enc("Anna Berg"));

  private static final List<String> PATH_GARBAGE =
      List.of(
          "nonexistent",
          "%00",
          "%ZZ",
          "..%2F..%2Fetc%2Fpasswd",
          "%C3%A5%C3%A4%C3%B6",
          "%F0%9F%98%80",
          "-1",
          "0",
          "21474837",
          "99999999999999999999",
          "1.5",
          "%20",
          "x".repeat(3000));

  private static final List<String> QUERY_GARBAGE =
      List.of(
          "?page=21474837",
          "?page=-1",
          "?page=abc&version=abc",
          "?version=0&from=0&to=0",
          "?version=99999999999&from=1&to=21474837",
          "?from=x&to=",
          "?q=" + "a".repeat(3000),
          "?q=%ZZ&next=%ZZ",
          "?q=" + enc("\"*?[{(:\\ AND OR NOT ~ ^ /") + "&note=%00",
          "?next=%09//evil.example/&back=//evil.example",
          "?version=1&version=2&q=a&q=b");

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";

  private static FlowbookServer server;
  private static RawHttp http;
  private static List<Caller> callers;

  @BeforeAll
  static void start() throws Exception {
    Path data = Files.createTempDirectory("flowbook-garbage");
    server = TestServer.start(data);
    Library lib = server.library();
    lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "ada", "Ada Admin", AccessRole.ADMIN, TestServer.PASSWORD);
    http = new RawHttp(server.port());
    callers =
        List.of(
            Caller.anonymous(),
            http.signIn("rut", TestServer.PASSWORD),
            http.signIn("eva", TestServer.PASSWORD),
            http.signIn("ada", TestServer.PASSWORD));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** What one garbage request got, when it was wrong. */
  private record Failure(String caller, String request, int status, String why) {
    @Override
    public String toString() {
      return caller + " " + request + " -> " + status + ": " + why;
    }
  }

  @Test
  void noRouteAnswersGarbageWithAServerError() {
    List<FlowbookServer.Route> routes = server.routes();
    assertThat(routes)
        .extracting(FlowbookServer.Route::path)
        .contains("/", "/login", "/api/v1/render", "/admin/audit", "/editor/preview");
    List<Failure> failures = new ArrayList<>();
    int sent = 0;
    for (FlowbookServer.Route route : routes) {
      for (Caller caller : callers) {
        if (route.path().equals("/logout") && !caller.cookie().isEmpty()) {
          continue; // signing out would end the session the rest of the walk needs
        }
        for (String target : targets(route)) {
          if (route.method().equals("GET")) {
            sent += check(failures, caller, route.method(), target, null, null);
          } else {
            sent += check(failures, caller, route.method(), target, FORM, form(Map.of()));
          }
        }
        if (!route.method().equals("GET")) {
          String target = fill(route.path(), Map.of());
          for (Map.Entry<String, byte[]> body : bodies().entrySet()) {
            String[] typeAndKind = body.getKey().split(" ", 2);
            sent +=
                check(failures, caller, route.method(), target, typeAndKind[0], body.getValue());
          }
        }
      }
    }
    assertThat(sent).isGreaterThan(routes.size() * callers.size() * 10);
    assertThat(failures).as("answers to garbage (" + sent + " requests)").isEmpty();
  }

  @Test
  void theOldFiveHundredsAreNowMessagesInTheUsersLanguage() {
    Caller admin = callers.get(3);
    Response audit = http.get("/admin/audit?page=21474837", admin);
    assertThat(audit.status()).isEqualTo(400);
    assertThat(audit.text()).contains("A page is a whole number from 0 to 100,000.");
    Response json =
        http.send(
            "POST",
            "/api/v1/processes",
            withSwedish(callers.get(2)),
            JSON,
            "{\"source\": ".getBytes(StandardCharsets.UTF_8));
    assertThat(json.status()).isEqualTo(400);
    assertThat(json.text()).contains("Innehållet är inte den JSON som begäran tar");
    Response note =
        http.send(
            "POST",
            "/processes",
            withSwedish(callers.get(2)),
            FORM,
            form(Map.of("source", "process: X\nid: x\n", "note", "n".repeat(2001))));
    assertThat(note.status()).isEqualTo(422);
    assertThat(note.text()).contains("En anteckning får vara högst 2").contains("000 tecken");
    Response name =
        http.send(
            "POST",
            "/admin/users",
            admin,
            FORM,
            form(Map.of("username", "ok", "displayName", "d".repeat(201), "password", "x")));
    assertThat(name.status()).isEqualTo(422);
    assertThat(name.text()).contains("A display name is at most 200 characters.");
    Response title =
        http.send(
            "POST",
            "/api/v1/processes",
            callers.get(2),
            "text/plain; charset=utf-8",
            ("process: " + "T".repeat(501) + "\nid: long-title\n\n1. Gör   [Beställare]\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(title.status()).isEqualTo(422);
    assertThat(title.text()).contains("value-too-long");
  }

  /** The caller with a Swedish language cookie (the raw client sends English unless told). */
  private static Caller withSwedish(Caller c) {
    return new Caller(c.name(), c.cookie() + "; flowbook_lang=sv", c.csrf());
  }

  private int check(
      List<Failure> failures,
      Caller caller,
      String method,
      String target,
      String type,
      byte[] body) {
    Response r = http.send(method, target, caller, type, body);
    String request = method + " " + abbreviate(target) + (type == null ? "" : " [" + type + "]");
    if (r.status() >= 500) {
      failures.add(new Failure(caller.name(), request, r.status(), abbreviate(r.text())));
    }
    String contentType = r.header("content-type").toLowerCase(Locale.ROOT);
    if (TEXT_TYPE.matcher(contentType).find() && !contentType.contains("charset=utf-8")) {
      failures.add(new Failure(caller.name(), request, r.status(), "no charset: " + contentType));
    }
    return 1;
  }

  /** The valid target, then one with each path parameter replaced by each kind of garbage. */
  private static List<String> targets(FlowbookServer.Route route) {
    List<String> targets = new ArrayList<>();
    String valid = fill(route.path(), Map.of());
    targets.add(valid);
    Matcher m = PARAM.matcher(route.path());
    while (m.find()) {
      for (String garbage : PATH_GARBAGE) {
        targets.add(fill(route.path(), Map.of(m.group(1), garbage)));
      }
    }
    if (route.method().equals("GET")) {
      for (String query : QUERY_GARBAGE) {
        targets.add(valid + query);
      }
    }
    return targets;
  }

  private static String fill(String path, Map<String, String> replaced) {
    Matcher m = PARAM.matcher(path);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(
          s, Matcher.quoteReplacement(replaced.getOrDefault(name, VALID.getOrDefault(name, "x"))));
    }
    m.appendTail(s);
    return s.toString();
  }

  /** Bodies keyed by "content-type kind". */
  private static Map<String, byte[]> bodies() {
    Map<String, byte[]> b = new LinkedHashMap<>();
    String huge = "å".repeat(100_000);
    b.put(
        FORM + " malformed-encoding",
        "source=%ZZ&note=%&base=%E4".getBytes(StandardCharsets.UTF_8));
    b.put(
        FORM + " huge-fields",
        form(
            Map.of(
                "source", "process: " + "T".repeat(10_000) + "\nid: t\n\n1. Gör   [Beställare]\n",
                "note", huge,
                "reason", huge,
                "username", "u".repeat(10_000),
                "displayName", huge,
                "password", huge,
                "access", huge,
                "base", "9".repeat(50),
                "next", "/" + "n".repeat(10_000))));
    b.put(
        FORM + " wrong-types",
        form(
            Map.of(
                "source", "[]",
                "note", "{}",
                "base", "-1",
                "access", "superuser",
                "username", "ADMIN",
                "password", "")));
    b.put(JSON + " malformed", "{\"source\": ".getBytes(StandardCharsets.UTF_8));
    b.put(
        JSON + " deep-nesting",
        ("{\"source\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
    b.put(JSON + " deep-objects", "{\"a\":".repeat(50_000).getBytes(StandardCharsets.UTF_8));
    b.put(JSON + " wrong-types", "{\"source\": 5, \"note\": []}".getBytes(StandardCharsets.UTF_8));
    b.put(JSON + " not-an-object", "[\"process: X\"]".getBytes(StandardCharsets.UTF_8));
    b.put(JSON + " null", "null".getBytes(StandardCharsets.UTF_8));
    b.put(
        JSON + " huge-strings",
        ("{\"source\": \"process: " + "T".repeat(600) + "\\nid: t\", \"note\": \"" + huge + "\"}")
            .getBytes(StandardCharsets.UTF_8));
    byte[] binary = new byte[4096];
    new Random(11).nextBytes(binary);
    b.put("text/plain invalid-utf8", binary);
    b.put(
        "application/json;charset=no-such-charset bad-charset",
        "{}".getBytes(StandardCharsets.UTF_8));
    return b;
  }

  /** A form body; the caller's CSRF token is sent as a header. */
  private static byte[] form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
