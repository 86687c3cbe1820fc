package org.flowbook.server.http;

import io.javalin.http.Context;

/**
 * The content types the server answers with. Every text type names its charset: without one, Jetty
 * encodes a string as ISO-8859-1 and browsers guess, and an SVG with "å" in it then fails to open
 * ("Encoding error"). Bodies are always encoded as UTF-8.
 */
public final class MediaTypes {
  public static final String HTML = "text/html; charset=utf-8";
  public static final String TEXT = "text/plain; charset=utf-8";
  public static final String JSON = "application/json; charset=utf-8";
  public static final String SVG = "image/svg+xml; charset=utf-8";
  public static final String XML = "application/xml; charset=utf-8";

  private MediaTypes() {}

  /**
   * The after-handler for Javalin's {@code ctx.json}, which says {@code application/json} without a
   * charset although Jackson writes UTF-8: the header is completed, the bytes are right already.
   */
  public static void declareJsonCharset(Context ctx) {
    String type = ctx.res().getContentType();
    if (type != null && type.replace(" ", "").equalsIgnoreCase("application/json")) {
      ctx.contentType(JSON);
    }
  }
}
