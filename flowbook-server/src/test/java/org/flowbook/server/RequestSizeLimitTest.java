package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The request-size limit holds for every transfer encoding and before sign-in: a chunked upload far
 * over the limit is answered 413 and the connection closed long before the upload ends — the server
 * does not read (let alone keep) what it refuses. On the old code the whole chunked body of a
 * sign-in was read into memory.
 */
class RequestSizeLimitTest {
  private static final int MIB = 1024 * 1024;

  /** What happened to one raw upload: the status line answered and how much could be sent. */
  private record Upload(String statusLine, long bytesSent) {}

  @Test
  void aChunkedSignInFarOverTheLimitIsRefusedEarlyWithoutSigningIn() throws Exception {
    Upload u = chunked("/login", "application/x-www-form-urlencoded", "", 512);
    assertThat(u.statusLine()).startsWith("HTTP/1.1 413");
    // 2 MiB are read; the socket buffers of both ends hold a few more. Far from the 512 sent.
    assertThat(u.bytesSent()).isLessThan(64L * MIB);
  }

  @Test
  void aChunkedApiRequestIsRefusedBeforeItsCredentialsAreLookedAt() throws Exception {
    // Wrong credentials: the size is refused first, so no password hashing for a huge upload.
    Upload u =
        chunked(
            "/api/v1/render",
            "application/json",
            "Authorization: Basic " + "bm9ib2R5Om5vdGhpbmc=" + "\r\n",
            512);
    assertThat(u.statusLine()).startsWith("HTTP/1.1 413");
    assertThat(u.bytesSent()).isLessThan(64L * MIB);
  }

  @Test
  void aChunkedUploadOfASignedInReaderIsRefusedToo() throws Exception {
    Upload u =
        chunked(
            "/api/v1/check",
            "text/plain",
            "Authorization: " + WebClient.basic("rut") + "\r\n",
            256);
    assertThat(u.statusLine()).startsWith("HTTP/1.1 413");
    assertThat(u.bytesSent()).isLessThan(64L * MIB);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedWithAMessageInTheUsersLanguage() {
    byte[] body = new byte[(int) FlowbookServer.MAX_REQUEST_BYTES + 1];
    Arrays.fill(body, (byte) 'a');
    HttpResponse<String> r =
        new WebClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestServer.url("/api/v1/check")))
                    .header("Authorization", WebClient.basic("rut"))
                    .header("Cookie", "flowbook_lang=sv")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("större än 2 MiB");
  }

  @Test
  void aBodyJustUnderTheLimitIsStillRead() {
    String text = "process: Stort\nid: stort\n\n" + "# a comment line\n".repeat(100_000);
    assertThat(text.getBytes(StandardCharsets.UTF_8).length)
        .isBetween(MIB, (int) FlowbookServer.MAX_REQUEST_BYTES);
    HttpResponse<String> r =
        new WebClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestServer.url("/api/v1/check")))
                    .header("Authorization", WebClient.basic("rut"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(text)))
                    .build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"problems\"");
  }

  @Test
  void multipartBodiesAreNotTaken() {
    HttpResponse<String> r =
        new WebClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestServer.url("/login")))
                    .header("Content-Type", "multipart/form-data; boundary=xyz")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "--xyz\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n"
                                + "rut\r\n--xyz--\r\n"))
                    .build());
    assertThat(r.statusCode()).isEqualTo(415);
  }

  private static java.io.InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends up to {@code mib} MiB as a chunked body over a raw socket while another thread reads the
   * answer; stops when the server closes the connection.
   */
  private static Upload chunked(String path, String type, String headers, int mib)
      throws Exception {
    try (Socket socket = new Socket("localhost", TestServer.get().port())) {
      socket.setSoTimeout(60_000);
      CompletableFuture<String> status =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(
                              socket.getInputStream(), StandardCharsets.ISO_8859_1));
                  String line = in.readLine();
                  return line == null ? "(closed)" : line;
                } catch (IOException e) {
                  return "(" + e.getMessage() + ")";
                }
              });
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                  + type
                  + "\r\n"
                  + headers
                  + "Transfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) 'a');
      byte[] head =
          (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] tail = "\r\n".getBytes(StandardCharsets.US_ASCII);
      long sent = 0;
      try {
        while (sent < (long) mib * MIB) {
          out.write(head);
          out.write(chunk);
          out.write(tail);
          sent += chunk.length;
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException closedByServer) {
        // expected: the server answered and closed the connection
      }
      return new Upload(status.get(60, TimeUnit.SECONDS), sent);
    }
  }
}
