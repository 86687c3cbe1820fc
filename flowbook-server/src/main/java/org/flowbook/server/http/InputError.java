package org.flowbook.server.http;

import io.javalin.http.Context;
import java.util.Arrays;

/**
 * A request refused — mostly because of what was sent, or because the server is too busy for it
 * (503) — — a number that is not one, JSON that does not parse, a text over its length, a body over
 * the size limit. It names a message of the text bundles ({@code i18n/messages_*.properties}, key
 * {@code input.*}), so the answer is in the user's language; {@code {0}}-style arguments are filled
 * in.
 */
public final class InputError extends RuntimeException {
  private final int status;
  private final String key;
  private final transient Object[] args;

  private InputError(int status, String key, Object... args) {
    super(key + Arrays.toString(args));
    this.status = status;
    this.key = key;
    this.args = args.clone();
  }

  /** 400: the request is malformed (not a number, not JSON, a missing field). */
  public static InputError badRequest(String key, Object... args) {
    return new InputError(400, key, args);
  }

  /** 409: the change meets a newer one (mine3, issue 15: the draft from a log). */
  public static InputError conflict(String key, Object... args) {
    return new InputError(409, key, args);
  }

  /** 413: the body is over the size limit. */
  public static InputError tooLarge(String key, Object... args) {
    return new InputError(413, key, args);
  }

  /** 415: a kind of body the server does not take. */
  public static InputError unsupported(String key, Object... args) {
    return new InputError(415, key, args);
  }

  /** 422: well-formed, but not acceptable (a text over its length). */
  public static InputError unprocessable(String key, Object... args) {
    return new InputError(422, key, args);
  }

  /** 503: the server is busy with heavy work, or the work took longer than its deadline. */
  public static InputError unavailable(String key, Object... args) {
    return new InputError(503, key, args);
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  /**
   * The first before-handler: a body {@link BodyLimit} refused becomes a 413 (or 415) before
   * sign-in or anything else reads the request, and the connection is closed after the answer so
   * that the rest of the upload is never read.
   */
  public static void checkBody(Context ctx) {
    BodyLimit.Refusal refusal = BodyLimit.refusal(ctx.req());
    if (refusal == null) {
      return;
    }
    ctx.header("Connection", "close");
    throw switch (refusal) {
      case TOO_LARGE -> tooLarge("input.too-large", Limits.MAX_REQUEST_BYTES / (1024 * 1024));
      case MULTIPART -> unsupported("input.multipart");
      case CHARSET -> unsupported("input.charset");
    };
  }
}
