package org.flowbook.server.ops;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request's log line to what a proxy, a browser report or a colleague saw: the
 * {@code X-Request-Id} a proxy sent when it is sane, else a new random one; echoed in the answer.
 */
public final class RequestId {
  public static final String HEADER = "X-Request-Id";

  /**
   * Letters, digits and {@code . _ : -}, at most 128: what proxies send (UUIDs, trace ids), and
   * nothing that could break a JSON or a log line or carry a sentence of personal data.
   */
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestId() {}

  /** The incoming id when sane, else a new one. */
  public static String of(String incoming) {
    return incoming != null && SANE.matcher(incoming).matches()
        ? incoming
        : UUID.randomUUID().toString();
  }
}
