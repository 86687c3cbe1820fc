package org.flowbook.server.security;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.Sessions.Session;
import org.flowbook.repository.users.User;

/**
 * Who is asking, and whether they may: resolves the session cookie (or HTTP Basic for API scripts),
 * refuses state changes without the session's CSRF token, and sends strangers to the sign-in page.
 * Role checks for each route use {@link #require}.
 */
public final class Auth {
  public static final String SESSION_COOKIE = "flowbook_session";
  public static final String PRELOGIN_COOKIE = "flowbook_prelogin";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";
  private static final String SESSION = "flowbook.session";
  private static final String USER = "flowbook.user";
  private static final Set<HandlerType> SAFE =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final Library library;

  public Auth(Library library) {
    this.library = library;
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
      return;
    }
    if (api) {
      Optional<User> basic = basic(ctx);
      if (basic.isPresent()) {
        ctx.attribute(USER, basic.get());
        return;
      }
      throw new UnauthorizedResponse("sign in: send the session cookie or HTTP Basic credentials");
    }
    if (!SAFE.contains(ctx.method())) {
      throw new ForbiddenResponse("your session has ended: sign in again");
    }
    String next = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
    ctx.redirect("/login?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
    ctx.skipRemainingHandlers();
  }

  private static boolean isPublic(String path) {
    return path.equals("/login")
        || path.startsWith("/static/")
        || path.startsWith("/lang/")
        || path.equals("/health")
        || path.equals("/api/v1/openapi.json")
        || path.equals("/favicon.ico");
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

  private Optional<User> basic(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      return library
          .users()
          .authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The signed-in user, if any. */
  public static Optional<User> user(Context ctx) {
    return Optional.ofNullable(ctx.attribute(USER));
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
