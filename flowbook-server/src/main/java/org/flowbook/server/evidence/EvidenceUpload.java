package org.flowbook.server.evidence;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.flowbook.server.http.InputError;

/**
 * Receives an evidence file sent as the raw body of {@code POST /evidence/files?name=FILE} (and its
 * API twin), counted while it is read whatever the transfer encoding: over {@link #MAX_BYTES} the
 * answer is a 413 and the connection is closed, so the rest is never read (a chunked upload has no
 * length to check up front). The application's body filter passes these bodies on unread ({@code
 * BodyLimit}'s streamed paths). Then the content must be one of the accepted {@link FileKind}s and
 * the name must say so.
 */
public final class EvidenceUpload {
  /** The most an evidence file may hold: a scanned report, a month's export. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final Pattern PATH = Pattern.compile("^(/api/v1)?/evidence/files$");

  private EvidenceUpload() {}

  /** A received file: its cleaned name, its recognised kind and its bytes. */
  public record Received(String name, FileKind kind, byte[] content) {}

  /** Whether {@code uri} is an upload route, whose body is streamed. */
  public static boolean isUpload(String uri) {
    return uri != null && PATH.matcher(uri).matches();
  }

  /**
   * Reads and checks the body.
   *
   * @throws InputError 413 over the limit, 400 for an empty body, 415 for content of no accepted
   *     kind or a name that says another kind
   */
  public static Received receive(Context ctx) throws IOException {
    String name = FileNames.clean(ctx.queryParam("name"), "evidence");
    if (ctx.req().getContentLengthLong() > MAX_BYTES) {
      refuse(ctx);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (out.size() + (long) n > MAX_BYTES) {
          refuse(ctx);
        }
        out.write(buffer, 0, n);
      }
    }
    byte[] content = out.toByteArray();
    if (content.length == 0) {
      throw InputError.badRequest("evidence.empty");
    }
    FileKind kind =
        FileKind.sniff(content, name)
            .orElseThrow(() -> InputError.unsupported("evidence.type", FileKind.accept()));
    if (!kind.named(name)) {
      throw InputError.unsupported(
          "evidence.misnamed", kind.extensions().get(0), FileKind.extension(name));
    }
    return new Received(name, kind, content);
  }

  private static void refuse(Context ctx) {
    ctx.header("Connection", "close");
    throw InputError.tooLarge("evidence.too-large", MAX_BYTES / (1024 * 1024));
  }
}
