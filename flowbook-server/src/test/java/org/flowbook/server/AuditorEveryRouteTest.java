package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.TokenScope;
import org.flowbook.repository.users.User;
import org.flowbook.server.RawHttp.Caller;
import org.flowbook.server.RawHttp.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An auditor changes nothing (issue 19): every route the server registers — taken from the router,
 * so a route added later is walked without touching this test — is sent as an auditor, signed in
 * with a session (and its CSRF token) and with a personal access token of write scope. Every
 * state-changing request is refused with 403, but for the auditor's own account (sign out,
 * password, tokens); every page and API answer an auditor should read (evidence, requirements, the
 * audit log, the audit pack, the library) answers 200, and the rest of the reads never fail with a
 * server error.
 */
class AuditorEveryRouteTest {
  private static final Pattern PARAM = Pattern.compile("\\{([a-z]+)}");
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** The auditor's own account: the only changes allowed (decision 1112). */
  private static final Set<String> OWN_ACCOUNT =
      Set.of("/logout", "/account/password", "/account/tokens", "/account/tokens/{id}/revoke");

  /** Reads an auditor must have, with a query where the route needs one. */
  private static final Map<String, String> MUST_READ =
      Map.ofEntries(
          Map.entry("/", ""),
          Map.entry("/processes/{id}", ""),
          Map.entry("/evidence", ""),
          Map.entry("/evidence/controls", "?process=supplier-invoices&control=L%C3%B6pnummer"),
          Map.entry("/evidence/requirements", ""),
          Map.entry("/evidence/{id}/file", ""),
          Map.entry("/admin/audit", ""),
          Map.entry("/audit-pack", ""),
          Map.entry("/audit-pack.zip", "?from=2026-01-01&to=2026-12-31"),
          Map.entry("/api/v1/evidence", ""),
          Map.entry("/api/v1/evidence/controls", ""),
          Map.entry("/api/v1/evidence/{id}/file", ""),
          Map.entry("/api/v1/audit-pack", "?from=2026-01-01&to=2026-12-31"),
          Map.entry("/api/v1/processes", ""),
          Map.entry("/api/v1/processes/{id}", ""));

  private static FlowbookServer server;
  private static RawHttp http;
  private static String evidenceId;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(Files.createTempDirectory("flowbook-auditor-test"));
    Library lib = server.library();
    User rut =
        lib.users().create("test", "rut", "Rut Reader", AccessRole.READER, TestServer.PASSWORD);
    lib.users().create("test", "aud", "Ada Auditor", AccessRole.AUDITOR, TestServer.PASSWORD);
    var f =
        lib.evidence().upload(rut, "nov.txt", "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
    evidenceId =
        String.valueOf(
            lib.evidence()
                .record(
                    rut,
                    new org.flowbook.repository.evidence.EvidenceStore.Request(
                        "Löpnummer", "supplier-invoices", "F-1", "", f.id()))
                .id());
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String fill(String path) {
    Matcher m = PARAM.matcher(path);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "id" ->
                path.startsWith("/evidence/") || path.startsWith("/api/v1/evidence/")
                    ? evidenceId
                    : "purchase-approval";
            case "n" -> "1";
            case "name" -> "Chef";
            case "person" -> "Anna%20Berg";
            default -> "1";
          };
      m.appendReplacement(s, Matcher.quoteReplacement(value));
    }
    m.appendTail(s);
    return s.toString();
  }

  @Test
  void everyChangeIsRefusedAndEveryReadWorks() {
    Caller session = http.signIn("aud", TestServer.PASSWORD);
    User aud = server.library().users().byName("aud").orElseThrow();
    String token =
        server.library().tokens().create(aud, "audit", TokenScope.WRITE, Optional.empty()).secret();
    Caller bearer = new Caller("aud-token", "", "");
    List<String> wrong = new ArrayList<>();
    int changes = 0;
    int reads = 0;
    for (FlowbookServer.Route route : server.routes()) {
      String target = fill(route.path());
      if (STATE_CHANGING.contains(route.method())) {
        if (OWN_ACCOUNT.contains(route.path())) {
          continue;
        }
        changes++;
        Response bySession =
            http.send(
                route.method(),
                target,
                session,
                "application/x-www-form-urlencoded",
                "note=x".getBytes(StandardCharsets.UTF_8));
        if (bySession.status() != 403) {
          wrong.add(route + " with a session: " + bySession.status());
        }
        if (route.path().startsWith("/api/")) {
          Response byToken =
              http.sendWithAuthorization(
                  route.method(),
                  target,
                  "Bearer " + token,
                  "application/json",
                  "{}".getBytes(StandardCharsets.UTF_8));
          if (byToken.status() != 403) {
            wrong.add(route + " with a token: " + byToken.status());
          }
        }
      } else if (route.method().equals("GET")) {
        reads++;
        if (route.path().equals("/logout") || route.path().startsWith("/lang/")) {
          continue;
        }
        String query = MUST_READ.get(route.path());
        Response r = http.send("GET", target + (query == null ? "" : query), session, null, null);
        if (query != null && r.status() != 200) {
          wrong.add(route + " must be read: " + r.status());
        }
        if (r.status() >= 500) {
          wrong.add(route + " failed: " + r.status());
        }
      }
    }
    assertThat(
            server.routes().stream()
                .filter(r -> STATE_CHANGING.contains(r.method()))
                .map(FlowbookServer.Route::path)
                .filter(OWN_ACCOUNT::contains)
                .distinct())
        .as("the auditor's own-account routes all exist")
        .hasSize(OWN_ACCOUNT.size());
    assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    assertThat(changes).isGreaterThan(30);
    assertThat(reads).isGreaterThan(50);
    assertThat(server.library().evidence().all()).hasSize(1);
  }
}
