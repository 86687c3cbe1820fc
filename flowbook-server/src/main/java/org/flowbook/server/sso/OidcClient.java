package org.flowbook.server.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The client side of OpenID Connect's authorization-code flow with PKCE, all checks done by the
 * Nimbus OAuth 2.0 / OpenID Connect SDK: the discovery document (whose issuer must be the
 * configured one), the authorization request with state, nonce and an S256 code challenge, the code
 * exchange, and the ID token's signature against the provider's published keys (asymmetric
 * algorithms only, never {@code none}), issuer, audience, expiry and nonce, with the configured
 * clock skew.
 */
public final class OidcClient {
  private static final int CONNECT_MILLIS = 5_000;
  private static final int READ_MILLIS = 10_000;

  private final OidcSettings settings;
  private final Clock clock;
  private Provider provider; // read on first use, so a provider that is down does not stop a start

  /** The discovery document and the validator made from it. */
  private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  /**
   * The person the provider signed in.
   *
   * @param groups the values of the role claim
   */
  public record Identity(
      String issuer, String subject, String nameHint, String displayName, List<String> groups) {}

  /** The address to send the browser to, and what the browser keeps meanwhile. */
  public record Start(URI authorizationUrl, PendingLogin pending) {}

  public OidcClient(OidcSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public OidcSettings settings() {
    return settings;
  }

  /** A new sign-in: fresh state, nonce and PKCE verifier. */
  public Start begin(String next) {
    OIDCProviderMetadata m = provider().metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope(settings.scopes().toArray(String[]::new)),
                new ClientID(settings.clientId()),
                settings.redirectUri())
            .endpointURI(m.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return new Start(
        request.toURI(),
        new PendingLogin(
            state.getValue(), nonce.getValue(), verifier.getValue(), next, clock.instant()));
  }

  /**
   * Exchanges the code for tokens and checks the ID token.
   *
   * @throws SsoRefusal when the provider cannot be reached, refuses, or the token fails a check
   */
  public Identity finish(String code, PendingLogin pending) {
    Provider p = provider();
    ClientID client = new ClientID(settings.clientId());
    AuthorizationCodeGrant grant =
        new AuthorizationCodeGrant(
            new AuthorizationCode(code),
            settings.redirectUri(),
            new CodeVerifier(pending.verifier()));
    URI tokenEndpoint = p.metadata().getTokenEndpointURI();
    TokenRequest request =
        settings.clientSecret().isEmpty()
            ? new TokenRequest(tokenEndpoint, client, grant, null)
            : new TokenRequest(
                tokenEndpoint,
                (ClientAuthentication)
                    new ClientSecretBasic(client, new Secret(settings.clientSecret())),
                grant,
                null);
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(CONNECT_MILLIS);
      http.setReadTimeout(READ_MILLIS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException | ParseException e) {
      throw new SsoRefusal(
          SsoRefusal.Reason.PROVIDER_UNREACHABLE,
          "the token endpoint gave no usable answer: " + e.getMessage(),
          e);
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      throw new SsoRefusal(
          SsoRefusal.Reason.PROVIDER_ERROR, "the token endpoint refused the code: " + error);
    }
    if (!(response.toSuccessResponse() instanceof OIDCTokenResponse tokens)
        || tokens.getOIDCTokens().getIDToken() == null) {
      throw new SsoRefusal(SsoRefusal.Reason.TOKEN, "the token answer has no ID token");
    }
    JWT idToken = tokens.getOIDCTokens().getIDToken();
    IDTokenClaimsSet claims;
    try {
      claims = p.validator().validate(idToken, new Nonce(pending.nonce()));
    } catch (BadJOSEException | JOSEException e) {
      // Some refusals carry no message (a key refresh refused by the rate limit): name the kind.
      throw new SsoRefusal(
          SsoRefusal.Reason.TOKEN,
          "the ID token failed: "
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e);
    }
    String hint =
        firstOf(claims.getStringClaim("preferred_username"), claims.getStringClaim("email"));
    return new Identity(
        claims.getIssuer().getValue(),
        claims.getSubject().getValue(),
        hint,
        firstOf(claims.getStringClaim("name"), hint),
        groups(claims.getClaim(settings.roleClaim())));
  }

  /** The provider's end-of-session address with our client and return address, if it has one. */
  public Optional<URI> logoutUrl() {
    URI end;
    try {
      end = provider().metadata().getEndSessionEndpointURI();
    } catch (SsoRefusal e) {
      return Optional.empty();
    }
    if (end == null) {
      return Optional.empty();
    }
    String sep = end.getQuery() == null ? "?" : "&";
    return Optional.of(
        URI.create(
            end
                + sep
                + "client_id="
                + enc(settings.clientId())
                + "&post_logout_redirect_uri="
                + enc(settings.afterLogoutUri().toString())));
  }

  /** The values of the role claim: a list, or one text of names separated by spaces or commas. */
  static List<String> groups(Object claim) {
    List<String> out = new ArrayList<>();
    if (claim instanceof Collection<?> c) {
      c.forEach(v -> out.add(String.valueOf(v)));
    } else if (claim instanceof String s) {
      for (String w : s.split("[,\\s]+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private synchronized Provider provider() {
    if (provider == null) {
      provider = discover();
    }
    return provider;
  }

  private Provider discover() {
    Issuer issuer = new Issuer(settings.issuer());
    OIDCProviderMetadata m;
    try {
      // resolve() also checks that the document names the configured issuer.
      m = OIDCProviderMetadata.resolve(issuer, CONNECT_MILLIS, READ_MILLIS);
    } catch (GeneralException | IOException e) {
      throw new SsoRefusal(
          SsoRefusal.Reason.PROVIDER_UNREACHABLE,
          "cannot read the discovery document of " + issuer + ": " + e.getMessage(),
          e);
    }
    Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
    if (m.getIDTokenJWSAlgs() != null) {
      for (JWSAlgorithm a : m.getIDTokenJWSAlgs()) {
        // Asymmetric only: no "none", and no HMAC keyed with the client secret.
        if (JWSAlgorithm.Family.SIGNATURE.contains(a)) {
          algorithms.add(a);
        }
      }
    }
    if (algorithms.isEmpty()) {
      algorithms.add(JWSAlgorithm.RS256);
    }
    JWKSource<SecurityContext> keys;
    try {
      keys = JWKSourceBuilder.create(m.getJWKSetURI().toURL()).build();
    } catch (MalformedURLException | IllegalArgumentException | NullPointerException e) {
      throw new SsoRefusal(
          SsoRefusal.Reason.PROVIDER_UNREACHABLE, "the provider publishes no usable jwks_uri", e);
    }
    IDTokenValidator validator =
        new IDTokenValidator(
            m.getIssuer(),
            new ClientID(settings.clientId()),
            new JWSVerificationKeySelector<>(algorithms, keys),
            null);
    validator.setMaxClockSkew((int) settings.clockSkew().toSeconds());
    return new Provider(m, validator);
  }

  private static String firstOf(String a, String b) {
    return a != null && !a.isBlank() ? a : b == null ? "" : b;
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
