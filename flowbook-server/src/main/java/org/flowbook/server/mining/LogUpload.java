package org.flowbook.server.mining;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.flowbook.mining.log.files.LogFormat;
import org.flowbook.server.http.InputError;

/**
 * Receives an event log sent as the raw body of {@code POST /processes/{id}/log?name=FILE}:
 * streamed to a file of its own on disk, never held in memory, and counted while it is read,
 * whatever the transfer encoding (a chunked upload has no length to check up front). Over {@link
 * #MAX_BYTES} the file is deleted and the connection closed, so the rest is never read. The
 * application's general body filter passes these bodies on unread ({@code BodyLimit}'s streamed
 * paths).
 */
public final class LogUpload {
  /** The most a log upload may hold, compressed as sent (a .xes.gz of BPI 2012 is 3.3 MB). */
  public static final long MAX_BYTES = 100L * 1024 * 1024;

  /** The path of the upload route, for the body filter. */
  public static final Pattern PATH = Pattern.compile("^/processes/[^/]+/log$");

  private static final Pattern SAFE_NAME = Pattern.compile("[^A-Za-z0-9._ -]");

  private LogUpload() {}

  /** Whether {@code uri} is the upload route, whose body is streamed. */
  public static boolean isUpload(String uri) {
    return uri != null && PATH.matcher(uri).matches();
  }

  /**
   * Streams the body into {@code dir}/{@code name}; the name says the format (.xes, .xes.gz, .csv,
   * .csv.gz). Throws {@link InputError} 415 for another name, 413 over the limit, 400 for an empty
   * body.
   */
  public static Path receive(Context ctx, Path dir) throws IOException {
    String name = fileName(ctx.queryParam("name"));
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      refuse(ctx);
    }
    Path file = dir.resolve(name);
    long read = 0;
    try (InputStream in = ctx.req().getInputStream();
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        read += n;
        if (read > MAX_BYTES) {
          out.close();
          Files.deleteIfExists(file);
          refuse(ctx);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    if (read == 0) {
      Files.deleteIfExists(file);
      throw InputError.badRequest("log.empty");
    }
    return file;
  }

  /** A file name of safe characters that keeps the format's extension. */
  static String fileName(String given) {
    String name = given == null ? "" : given.strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = SAFE_NAME.matcher(name.substring(slash + 1)).replaceAll("_");
    if (name.startsWith(".")) {
      name = "log" + name;
    }
    if (name.length() > 120) {
      name = name.substring(name.length() - 120);
    }
    if (name.isEmpty() || LogFormat.of(Path.of(name)).isEmpty()) {
      throw InputError.unsupported("log.format");
    }
    return name;
  }

  private static void refuse(Context ctx) {
    ctx.header("Connection", "close");
    throw InputError.tooLarge("log.too-large", MAX_BYTES / (1024 * 1024));
  }
}
