package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The REST API: create, read with ETag, update with If-Match, search, OpenAPI. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HttpResponse<String> call(
      String method, String path, String user, String body, String ifMatch) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(TestServer.url(path)))
            .header("Authorization", WebClient.basic(user));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    if (body != null) {
      b.header("Content-Type", "text/plain; charset=utf-8");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return new WebClient().send(b.build());
  }

  private static String process(String id) {
    return "process: Resor "
        + id
        + "\nid: "
        + id
        + "\nspråk: sv\n\n1. Ansök om resa   [Beställare]   arbete 10 min\n"
        + "   - Fyll i reseansökan.\n\n2. Godkänn resan   [Chef]   arbete 5 min\n";
  }

  @Test
  void twoConcurrentEditorsGetOneSuccessAndOneConflict() throws Exception {
    assertThat(call("POST", "/api/v1/processes", "eva", process("travel-a"), null).statusCode())
        .isEqualTo(201);
    HttpResponse<String> got = call("GET", "/api/v1/processes/travel-a", "eva", null, null);
    String etag = got.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).isEqualTo("\"1\"");
    String base = JSON.readTree(got.body()).get("source").asText();
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
    for (String user : List.of("eva", "karl")) {
      String edited =
          base.replace("arbete 5 min", "arbete " + (user.equals("eva") ? 6 : 7) + " min");
      both.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return call("PUT", "/api/v1/processes/travel-a", user, edited, etag);
              }));
    }
    go.countDown();
    List<Integer> codes = new ArrayList<>();
    HttpResponse<String> conflict = null;
    for (var f : both) {
      HttpResponse<String> r = f.get();
      codes.add(r.statusCode());
      if (r.statusCode() == 409) {
        conflict = r;
      }
    }
    assertThat(codes).containsExactlyInAnyOrder(200, 409);
    JsonNode c = JSON.readTree(conflict.body());
    assertThat(c.get("latest").get("version").asInt()).isEqualTo(2);
    assertThat(c.get("theirChanges").toString()).contains("arbete");
    assertThat(TestServer.get().library().processes().history("travel-a")).hasSize(2);
  }

  @Test
  void updateWithoutIfMatchIsRefusedAndInvalidTextNamesTheLine() throws Exception {
    call("POST", "/api/v1/processes", "eva", process("travel-b"), null);
    assertThat(
            call("PUT", "/api/v1/processes/travel-b", "eva", process("travel-b"), null)
                .statusCode())
        .isEqualTo(428);
    HttpResponse<String> bad =
        call(
            "PUT",
            "/api/v1/processes/travel-b",
            "eva",
            process("travel-b").replace("[Chef]", "[Chefen]"),
            "\"1\"");
    assertThat(bad.statusCode()).isEqualTo(422);
    JsonNode p = JSON.readTree(bad.body()).get("problems").get(0);
    assertThat(p.get("code").asText()).isEqualTo("unknown-role");
    assertThat(p.get("line").asInt()).isEqualTo(8);
  }

  @Test
  void searchFindsStepsInSwedishAndReadersSeeOnlyPublished() throws Exception {
    JsonNode hits =
        JSON.readTree(call("GET", "/api/v1/search?q=fakturorna", "rut", null, null).body());
    assertThat(hits.size()).isPositive();
    assertThat(hits.get(0).get("process").asText()).isEqualTo("supplier-invoices");
    assertThat(hits.get(0).get("url").asText()).startsWith("/processes/supplier-invoices");
    call("POST", "/api/v1/processes", "eva", process("travel-c"), null);
    assertThat(call("GET", "/api/v1/search?q=reseansökan", "eva", null, null).body())
        .contains("travel-c");
    assertThat(call("GET", "/api/v1/search?q=reseansökan", "rut", null, null).body())
        .doesNotContain("travel-c");
    assertThat(call("GET", "/api/v1/processes/travel-c", "rut", null, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theOpenApiDescriptionIsServedAndRenderDrawsSvg() throws Exception {
    HttpResponse<String> spec = new WebClient().get("/api/v1/openapi.json");
    assertThat(spec.statusCode()).isEqualTo(200);
    JsonNode paths = JSON.readTree(spec.body()).get("paths");
    assertThat(paths.has("/processes/{id}")).isTrue();
    assertThat(paths.has("/search")).isTrue();
    HttpResponse<String> svg = call("POST", "/api/v1/render", "rut", process("drawn"), null);
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.body()).startsWith("<svg").contains("data-step=\"2\"");
  }

  @Test
  void aVersionDownloadsAsFlowAndBpmn() {
    WebClient rut = WebClient.signedIn("rut");
    int v =
        TestServer.get()
            .library()
            .processes()
            .summary("purchase-approval")
            .orElseThrow()
            .publishedVersion();
    HttpResponse<String> flow =
        rut.get("/processes/purchase-approval/v/" + v + "/purchase-approval.flow");
    assertThat(flow.statusCode()).isEqualTo(200);
    assertThat(flow.body()).startsWith("process: Inköpsgodkännande");
    HttpResponse<String> bpmn =
        rut.get("/processes/purchase-approval/v/" + v + "/purchase-approval.bpmn");
    assertThat(bpmn.statusCode()).isEqualTo(200);
    assertThat(bpmn.body()).contains("<definitions").contains("Granska anmodan");
  }
}
