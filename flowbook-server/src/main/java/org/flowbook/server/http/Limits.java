package org.flowbook.server.http;

/**
 * How much the server takes from one request. The text lengths are those of the database columns
 * they go into (see flowbook-repository's V1 migration), checked before the database sees them so
 * that an over-long value is a 422 in the user's language, not a failed insert.
 */
public final class Limits {
  /** Largest request body: a process text is far smaller; uploads are not served. */
  public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

  /** A version's note (column {@code process_versions.note}). */
  public static final int NOTE = 2000;

  /** A person's display name (column {@code users.display_name}). */
  public static final int DISPLAY_NAME = 200;

  /** A user name as typed at sign-in or by the administrator (names themselves are ≤ 64). */
  public static final int USER_NAME = 100;

  /** A password: far above any pass phrase, far below what makes hashing it costly. */
  public static final int PASSWORD = 1000;

  /** Search words. */
  public static final int QUERY = 500;

  private Limits() {}

  /** The text, or a 422 with the message {@code input.too-long.FIELD} and the limit. */
  public static String atMost(String text, int max, String field) {
    if (text != null && text.length() > max) {
      throw InputError.unprocessable("input.too-long." + field, max);
    }
    return text;
  }
}
