package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.flowbook.repository.audit.AuditEntry;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.server.sso.OidcSettings;
import org.flowbook.server.sso.RoleMapping;
import org.flowbook.server.sso.SignInSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on end to end against a real OpenID Connect provider running in the test JVM
 * (mock-oauth2-server: discovery, authorization endpoint, token endpoint, signed ID tokens, JWKS,
 * end-session endpoint), driven without a browser through HTTP with a cookie jar. The hostile
 * answers are real token responses of the provider's token endpoint, with ID tokens the provider
 * signed (wrong audience, expired, other issuer, other nonce) or forged here (alg none, another
 * key, a retired key id, HMAC with the client secret).
 */
class SingleSignOnTest {
  private static final String ISSUER_ID = "staff";
  private static final String CLIENT = "flowbook";
  private static final String SECRET = "client-secret-of-flowbook-0123456789abcdef";
  private static MockOAuth2Server provider;
  private static FlowbookServer server;
  private static FlowbookServer ssoOnly;

  /** The next answer of the provider's token endpoint, when a test sets one. */
  private static final java.util.concurrent.atomic.AtomicReference<String> FORCED_TOKEN_ANSWER =
      new java.util.concurrent.atomic.AtomicReference<>();

  /** Serves {@link #FORCED_TOKEN_ANSWER} once at the token endpoint; the provider does the rest. */
  static final class ForcedTokenAnswer implements Route {
    @Override
    public boolean match(OAuth2HttpRequest request) {
      return request.getUrl().encodedPath().endsWith("/token") && FORCED_TOKEN_ANSWER.get() != null;
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
      String body = FORCED_TOKEN_ANSWER.getAndSet(null);
      return new OAuth2HttpResponse(
          Headers.of("Content-Type", "application/json"), 200, body, null);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    provider = new MockOAuth2Server(new ForcedTokenAnswer());
    provider.start();
    server = startFlowbook(true);
    ssoOnly = startFlowbook(false);
    server.library().users().create("test", "rut", "Rut", AccessRole.READER, TestServer.PASSWORD);
    ssoOnly.library().users().create("test", "rut", "Rut", AccessRole.ADMIN, TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
    ssoOnly.close();
    provider.shutdown();
  }

  static FlowbookServer startFlowbook(boolean local) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    RoleMapping roles =
        new RoleMapping(
            Map.of(
                AccessRole.APPROVER, java.util.Set.of("quality"),
                AccessRole.ADMIN, java.util.Set.of("it-admins"),
                AccessRole.AUDITOR, java.util.Set.of("internal-audit")),
            Optional.of(AccessRole.READER));
    OidcSettings oidc =
        new OidcSettings(
            URI.create(provider.issuerUrl(ISSUER_ID).toString()),
            CLIENT,
            SECRET,
            "Testbolaget ID",
            List.of("openid", "profile"),
            "groups",
            roles,
            URI.create("http://localhost:" + port),
            Duration.ofSeconds(60));
    Path data = Files.createTempDirectory("flowbook-sso");
    return FlowbookServer.start(
        new ServerSettings(
            port,
            data,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            new SignInSettings(local, Optional.of(oidc))),
        Clock.systemDefaultZone());
  }

  /** The steps of one sign-in through the provider. */
  record Flow(WebClient browser, URI authorize, String nonce, String pendingCookie, URI callback) {}

  /** Starts a sign-in and lets the provider answer (non-interactively) with a code. */
  static Flow toCallback(
      FlowbookServer app, WebClient browser, String subject, List<String> groups) {
    HttpResponse<String> start = browser.get("/login/oidc?next=/processes");
    assertThat(start.statusCode()).isEqualTo(303);
    URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
    assertThat(authorize.toString())
        .startsWith(provider.authorizationEndpointUrl(ISSUER_ID).toString());
    Map<String, String> q = query(authorize);
    assertThat(q).containsEntry("code_challenge_method", "S256").containsKey("code_challenge");
    assertThat(q).containsKeys("state", "nonce").containsEntry("client_id", CLIENT);
    assertThat(q.get("redirect_uri"))
        .isEqualTo("http://localhost:" + app.port() + "/login/oidc/callback");
    String pending =
        start.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("flowbook_oidc="))
            .findFirst()
            .orElseThrow();
    pending = pending.substring("flowbook_oidc=".length(), pending.indexOf(';'));
    if (groups != null) { // else the test answers the token request itself
      provider.enqueueCallback(
          new DefaultOAuth2TokenCallback(
              ISSUER_ID,
              subject,
              JOSEObjectType.JWT.getType(),
              List.of(CLIENT),
              Map.of(
                  "groups",
                  groups,
                  "preferred_username",
                  subject + "@example.se",
                  "name",
                  "Person " + subject),
              3600));
    }
    HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(authorize).GET().build());
    assertThat(answer.statusCode()).isBetween(300, 399);
    URI callback = URI.create(answer.headers().firstValue("Location").orElseThrow());
    return new Flow(browser, authorize, q.get("nonce"), pending, callback);
  }

  static HttpResponse<String> follow(Flow f) {
    return f.browser().send(HttpRequest.newBuilder(f.callback()).GET().build());
  }

  static Map<String, String> query(URI u) {
    Map<String, String> m = new java.util.HashMap<>();
    for (String kv : u.getRawQuery().split("&")) {
      String[] p = kv.split("=", 2);
      m.put(p[0], URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8));
    }
    return m;
  }

  static User user(FlowbookServer app, String subject) {
    return app.library().users().byName(subject).orElseThrow();
  }

  static List<AuditEntry> audit(FlowbookServer app, String action) {
    return app.library().audit().latest(500, 0).stream()
        .filter(e -> e.action().equals(action))
        .toList();
  }

  @Test
  void aFirstSignInCreatesTheAccountWithTheRoleOfItsGroupsAndStartsASession() {
    WebClient browser = new WebClient(server);
    Flow f = toCallback(server, browser, "anna", List.of("quality", "staff"));
    HttpResponse<String> done = follow(f);
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.headers().firstValue("Location")).contains("/processes");
    User anna = user(server, "anna");
    assertThat(anna.access()).isEqualTo(AccessRole.APPROVER);
    assertThat(anna.displayName()).isEqualTo("Person anna");
    // The session works: the landscape opens instead of the sign-in page.
    HttpResponse<String> home = browser.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Person anna");
    assertThat(audit(server, "login-sso"))
        .anyMatch(
            e -> e.actor().equals("anna") && e.detail().equals("access approver, new account"));
  }

  @Test
  void aPersonWhoseGroupLosesTheRoleLosesItAtTheNextSignIn() {
    assertThat(
            follow(toCallback(server, new WebClient(server), "bo", List.of("it-admins")))
                .statusCode())
        .isEqualTo(303);
    assertThat(user(server, "bo").access()).isEqualTo(AccessRole.ADMIN);
    assertThat(
            follow(toCallback(server, new WebClient(server), "bo", List.of("internal-audit")))
                .statusCode())
        .isEqualTo(303);
    assertThat(user(server, "bo").access()).isEqualTo(AccessRole.AUDITOR);
    assertThat(follow(toCallback(server, new WebClient(server), "bo", List.of())).statusCode())
        .isEqualTo(303);
    assertThat(user(server, "bo").access()).isEqualTo(AccessRole.READER);
    assertThat(server.library().users().all().stream().filter(u -> u.username().startsWith("bo")))
        .hasSize(1);
  }

  @Test
  void aStateThatIsNotThisBrowsersIsRefused() {
    Flow f = toCallback(server, new WebClient(server), "cilla", null);
    URI tampered =
        URI.create(f.callback().toString().replaceAll("state=[^&]*", "state=forged-state"));
    HttpResponse<String> r = f.browser().send(HttpRequest.newBuilder(tampered).GET().build());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("did not come from this browser");
    assertThat(server.library().users().byName("cilla")).isEmpty();
    // Login CSRF: another browser (without the pending cookie) cannot finish it either.
    Flow g = toCallback(server, new WebClient(server), "cilla", null);
    HttpResponse<String> other =
        new WebClient(server).send(HttpRequest.newBuilder(g.callback()).GET().build());
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(server.library().users().byName("cilla")).isEmpty();
    assertThat(audit(server, "login-sso-refused")).anyMatch(e -> e.detail().equals("state"));
  }

  @Test
  void aReplayedCodeIsRefusedEvenWithTheStolenCookie() {
    Flow f = toCallback(server, new WebClient(server), "dan", List.of());
    assertThat(follow(f).statusCode()).isEqualTo(303);
    // The same browser again: its pending sign-in is gone.
    assertThat(follow(f).statusCode()).isEqualTo(400);
    // Someone who copied the cookie and the answer: the state was used.
    HttpResponse<String> thief =
        new WebClient(server)
            .send(
                HttpRequest.newBuilder(f.callback())
                    .header("Cookie", "flowbook_oidc=" + f.pendingCookie())
                    .GET()
                    .build());
    assertThat(thief.statusCode()).isEqualTo(400);
    assertThat(thief.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("flowbook_session=") && !c.startsWith("flowbook_session=;"));
  }

  // --- Hostile ID tokens, served by the provider's token endpoint.

  private static JWTClaimsSet.Builder claims(Flow f) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(provider.issuerUrl(ISSUER_ID).toString())
        .subject("mallory")
        .audience(CLIENT)
        .claim("nonce", f.nonce())
        .claim("groups", List.of("it-admins"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(600)));
  }

  /**
   * The provider's token endpoint answers this ID token; the sign-in must be refused, and the
   * server's warning must name the check that failed (so a test cannot pass for another reason).
   */
  private static void refused(Flow f, String idToken, String failedCheck) {
    FORCED_TOKEN_ANSWER.set(
        "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":300,"
            + "\"id_token\":\""
            + idToken
            + "\"}");
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    HttpResponse<String> r;
    System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      r = follow(f);
    } finally {
      System.setErr(err);
    }
    err.print(log.toString(StandardCharsets.UTF_8));
    assertThat(log.toString(StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT))
        .contains("single sign-on refused (token)")
        .containsPattern(failedCheck);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    assertThat(r.body()).contains("did not pass Flowbook's checks");
    assertThat(r.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("flowbook_session=") && !c.startsWith("flowbook_session=;"));
    assertThat(server.library().users().byName("mallory")).isEmpty();
  }

  private static String signedByProvider(
      String issuerId, String audience, Map<String, Object> extra, long expiry) {
    return provider
        .issueToken(
            issuerId,
            CLIENT,
            new DefaultOAuth2TokenCallback(
                issuerId,
                "mallory",
                JOSEObjectType.JWT.getType(),
                List.of(audience),
                extra,
                expiry))
        .serialize();
  }

  private static Flow hostile() {
    return toCallback(server, new WebClient(server), "mallory-" + UUID.randomUUID(), null);
  }

  @Test
  void aTokenForAnotherClientIsRefused() {
    Flow f = hostile();
    refused(
        f,
        signedByProvider(ISSUER_ID, "another-client", Map.of("nonce", f.nonce()), 600),
        "audience");
  }

  @Test
  void anExpiredTokenIsRefused() {
    Flow f = hostile();
    refused(f, signedByProvider(ISSUER_ID, CLIENT, Map.of("nonce", f.nonce()), -600), "expired");
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    Flow f = hostile();
    // Signed with the provider's own key, but naming another issuer.
    refused(
        f,
        signedByProvider(
            ISSUER_ID, CLIENT, Map.of("nonce", f.nonce(), "iss", "https://evil.example"), 600),
        "issuer");
  }

  @Test
  void aTokenWithAnotherNonceIsRefused() {
    Flow f = hostile();
    refused(f, signedByProvider(ISSUER_ID, CLIENT, Map.of("nonce", "an-old-nonce"), 600), "nonce");
  }

  @Test
  void anUnsignedTokenIsRefused() {
    Flow f = hostile();
    refused(f, new PlainJWT(claims(f).build()).serialize(), "signed id token expected");
  }

  @Test
  void aTokenSignedWithAnotherKeyUnderTheProvidersKeyIdIsRefused() throws Exception {
    Flow f = hostile();
    JWKSet published = JWKSet.load(new java.net.URL(provider.jwksUrl(ISSUER_ID).toString()));
    String kid = published.getKeys().get(0).getKeyID();
    RSAKey forger = new RSAKeyGenerator(2048).keyID(kid).generate();
    refused(f, sign(claims(f).build(), forger), "invalid signature");
  }

  @Test
  void aTokenSignedWithARetiredKeyIsRefused() throws Exception {
    Flow f = hostile();
    RSAKey retired = new RSAKeyGenerator(2048).keyID("retired-2024").generate();
    // Refused as no key matches, or — within 30 s of another refresh — as the key list may not be
    // fetched again yet; either way nothing is signed in.
    refused(f, sign(claims(f).build(), retired), "no matching key|ratelimit");
  }

  @Test
  void aTokenSignedWithTheClientSecretIsRefused() throws Exception {
    Flow f = hostile();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(f).build());
    jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
    refused(f, jwt.serialize(), "no matching key");
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  // --- Signing out, and local accounts turned off.

  @Test
  void signingOutEndsTheSessionAndOffersTheProvidersSignOut() {
    WebClient browser = new WebClient(server);
    assertThat(follow(toCallback(server, browser, "eja", List.of())).statusCode()).isEqualTo(303);
    String csrf = csrfOf(browser.get("/").body());
    HttpResponse<String> out = browser.postForm("/logout", Map.of("_csrf", csrf));
    assertThat(out.statusCode()).isEqualTo(200);
    assertThat(out.body())
        .contains(provider.endSessionEndpointUrl(ISSUER_ID).toString())
        .contains("client_id=" + CLIENT)
        .contains("post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A" + server.port() + "%2Flogin")
        .contains("Sign out at Testbolaget ID too");
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
    // A local account signs out locally only.
    WebClient rut = WebClient.signedIn(new WebClient(server), "rut", TestServer.PASSWORD);
    HttpResponse<String> local = rut.postForm("/logout", Map.of("_csrf", rut.csrf()));
    assertThat(local.statusCode()).isEqualTo(303);
    assertThat(local.headers().firstValue("Location")).contains("/login");
  }

  private static String csrfOf(String page) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void theSignInPageOffersTheProviderInBothLanguages() {
    WebClient en = new WebClient(server);
    en.get("/lang/en");
    assertThat(en.get("/login").body())
        .contains("Sign in with Testbolaget ID")
        .contains("href=\"/login/oidc\"")
        .contains("name=\"password\"");
    WebClient sv = new WebClient(server);
    sv.get("/lang/sv");
    assertThat(sv.get("/login?next=/processes").body())
        .contains("Logga in med Testbolaget ID")
        .contains("href=\"/login/oidc?next=%2Fprocesses\"");
  }

  @Test
  void withLocalAccountsTurnedOffPasswordsAreRefusedEverywhere() {
    WebClient browser = new WebClient(ssoOnly);
    browser.get("/lang/en");
    HttpResponse<String> form = browser.get("/login");
    assertThat(form.body())
        .contains("Sign in with Testbolaget ID")
        .doesNotContain("name=\"password\"");
    HttpResponse<String> post =
        browser.postForm(
            "/login",
            Map.of("_csrf", "x", "username", "rut", "password", TestServer.PASSWORD, "next", "/"));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(post.body()).contains("turned off");
    HttpResponse<String> basic =
        browser.send(
            HttpRequest.newBuilder(URI.create(browser.url("/api/v1/processes")))
                .header("Authorization", WebClient.basic("rut"))
                .GET()
                .build());
    assertThat(basic.statusCode()).isEqualTo(401);
    // Single sign-on still works there.
    assertThat(
            follow(toCallback(ssoOnly, new WebClient(ssoOnly), "frida", List.of("quality")))
                .statusCode())
        .isEqualTo(303);
  }
}
