package org.flowbook.server.security;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.ApiToken;
import org.flowbook.repository.users.ApiTokens;
import org.flowbook.repository.users.Sessions.Session;
import org.flowbook.repository.users.TokenScope;
import org.flowbook.repository.users.User;

/**
 * Who is asking, and whether they may: resolves the session cookie, or on the API a personal access
 * token ({@code Authorization: Bearer}) or — deprecated, behind the sign-in limiter — HTTP Basic;
 * refuses state changes without the session's CSRF token or with a read-only token, and sends
 * strangers to the sign-in page. Role checks for each route use {@link #require}.
 */
public final class Auth {
  public static final String SESSION_COOKIE = "flowbook_session";
  public static final String PRELOGIN_COOKIE = "flowbook_prelogin";

  /** Marks a browser where someone signed in before; see {@link LoginLimiter}. */
  public static final String DEVICE_COOKIE = "flowbook_device";

  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";
  private static final String SESSION = "flowbook.session";
  private static final String USER = "flowbook.user";
  private static final String TOKEN = "flowbook.token";
  private static final Set<HandlerType> SAFE =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  /**
   * The changes an auditor may make, all to their own account: sign out, choose a password (the
   * first one is set by an administrator), their own API tokens (evidence4, #19; decision 1112).
   */
  private static final java.util.regex.Pattern AUDITOR_MAY =
      java.util.regex.Pattern.compile(
          "^/(logout|account/password|account/tokens(/[^/]+/revoke)?)$");

  private final Library library;
  private final LoginLimiter limiter;

  // sso4 (#20): false when local accounts are turned off; HTTP Basic is refused then too.
  private final boolean localPasswords;

  public Auth(Library library, LoginLimiter limiter) {
    this(library, limiter, true);
  }

  public Auth(Library library, LoginLimiter limiter, boolean localPasswords) {
    this.library = library;
    this.limiter = limiter;
    this.localPasswords = localPasswords;
  }

  /** The before-handler of every request. */
  public void before(Context ctx) {
    String path = ctx.path();
    if (isPublic(path)) {
      return;
    }
    boolean api = path.startsWith("/api/");
    Optional<Session> session = library.sessions().find(ctx.cookie(SESSION_COOKIE));
    if (session.isPresent()) {
      ctx.attribute(SESSION, session.get());
      ctx.attribute(USER, session.get().user());
      if (!SAFE.contains(ctx.method()) && !csrfMatches(ctx, session.get().csrf())) {
        throw new ForbiddenResponse("missing or wrong CSRF token: reload the page and try again");
      }
      refuseAuditorChanges(ctx, session.get().user());
      return;
    }
    if (api) {
      Optional<User> caller = bearer(ctx).or(() -> basic(ctx));
      if (caller.isPresent()) {
        ctx.attribute(USER, caller.get());
        refuseAuditorChanges(ctx, caller.get());
        return;
      }
      throw new UnauthorizedResponse(
          "sign in: send a personal access token (Authorization: Bearer …) or the session cookie");
    }
    if (!SAFE.contains(ctx.method())) {
      throw new ForbiddenResponse("your session has ended: sign in again");
    }
    String next = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
    ctx.redirect("/login?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
    ctx.skipRemainingHandlers();
  }

  /**
   * The auditor's one rule, for every route at once (those added later included): an auditor reads
   * and changes nothing but their own account.
   */
  private static void refuseAuditorChanges(Context ctx, User user) {
    if (user.access() == AccessRole.AUDITOR
        && !SAFE.contains(ctx.method())
        && !AUDITOR_MAY.matcher(ctx.path()).matches()) {
      throw new ForbiddenResponse("auditors read and change nothing");
    }
  }

  private static boolean isPublic(String path) {
    return path.equals("/login")
        || path.startsWith("/static/")
        || path.startsWith("/lang/")
        || path.equals("/health")
        // ops4: readiness for load balancers; /metrics checks its token or admin session itself.
        || path.equals("/health/ready")
        || path.equals("/metrics")
        || path.equals("/api/v1/openapi.json")
        || path.equals("/favicon.ico")
        // sso4 (#20): SsoPages' two paths (named here: security does not depend on sso).
        || path.equals("/login/oidc")
        || path.equals("/login/oidc/callback");
  }

  private static boolean csrfMatches(Context ctx, String expected) {
    String given = ctx.header(CSRF_HEADER);
    if (given == null && isForm(ctx)) {
      given = ctx.formParam(CSRF_FIELD);
    }
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /** True for form posts, whose CSRF token comes as a field. */
  public static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  /**
   * The owner of a personal access token, empty without one. A token that is not (or no longer)
   * valid is a 401, a read-only token on a change a 403.
   */
  private Optional<User> bearer(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    Optional<ApiTokens.Bearer> found = library.tokens().authenticate(h.substring(7).strip());
    if (found.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new UnauthorizedResponse(
          "the token is unknown, revoked or expired: create a new one under API tokens");
    }
    if (found.get().token().scope() == TokenScope.READ && !SAFE.contains(ctx.method())) {
      throw new ForbiddenResponse(
          "this token may only read: create a token with the write scope for changes");
    }
    ctx.attribute(TOKEN, found.get().token());
    return Optional.of(found.get().user());
  }

  /**
   * HTTP Basic, kept for scripts written before tokens (deprecated: every request pays for Argon2).
   * It goes through the same limiter as the sign-in form, so it is no way around it.
   */
  private Optional<User> basic(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    if (!localPasswords) {
      throw new UnauthorizedResponse(
          "passwords are turned off on this server: use a personal access token");
    }
    String decoded;
    try {
      decoded =
          new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String username = decoded.substring(0, colon);
    LoginLimiter.Attempt attempt = new LoginLimiter.Attempt(username, ctx.ip(), null);
    LoginLimiter.Decision decision = limiter.check(attempt);
    if (!decision.allowed()) {
      ctx.header("Retry-After", String.valueOf(decision.retryAfterSeconds()));
      throw new HttpResponseException(
          HttpStatus.TOO_MANY_REQUESTS.getCode(),
          "too many failed sign-ins for this name: wait "
              + decision.retryAfterSeconds()
              + " s, and use a personal access token instead of a password");
    }
    Optional<User> user = library.users().authenticate(username, decoded.substring(colon + 1));
    if (user.isEmpty()) {
      limiter.failed(attempt);
      library
          .audit()
          .append(
              attempt.username().isEmpty() ? "?" : attempt.username(),
              "login-failed",
              "address:" + ctx.ip(),
              "api basic");
      return Optional.empty();
    }
    limiter.succeeded(attempt);
    ctx.header("Deprecation", "true");
    return user;
  }

  /** The API token a request signed in with, if it used one. */
  public static Optional<ApiToken> token(Context ctx) {
    return Optional.ofNullable(ctx.attribute(TOKEN));
  }

  /** The signed-in user, if any. */
  public static Optional<User> user(Context ctx) {
    return Optional.ofNullable(ctx.attribute(USER));
  }

  /** Forgets who signs in for the rest of this request (the page after signing out). */
  public static void forget(Context ctx) {
    ctx.attribute(USER, null);
    ctx.attribute(SESSION, null);
  }

  public static Optional<Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  /** The signed-in user when they hold at least {@code role}; otherwise 403. */
  public static User require(Context ctx, AccessRole role) {
    User u = user(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in first"));
    if (!u.can(role)) {
      throw new ForbiddenResponse(
          "you need the " + role.code() + " role for this; ask an administrator");
    }
    return u;
  }

  /**
   * The signed-in user when they may read the audit log and take the audit pack: administrators and
   * auditors; otherwise 403.
   */
  public static User requireAuditView(Context ctx) {
    User u = user(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in first"));
    if (!u.can(AccessRole.ADMIN) && u.access() != AccessRole.AUDITOR) {
      throw new ForbiddenResponse("the audit log is for auditors and administrators");
    }
    return u;
  }

  /** Sets a cookie the browser keeps from scripts (HttpOnly) and other sites (SameSite). */
  public static void setCookie(Context ctx, String name, String value, int maxAgeSeconds) {
    boolean secure =
        "https".equalsIgnoreCase(ctx.scheme())
            || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.res()
        .addHeader(
            "Set-Cookie",
            name
                + "="
                + value
                + "; Path=/; Max-Age="
                + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : ""));
  }
}
