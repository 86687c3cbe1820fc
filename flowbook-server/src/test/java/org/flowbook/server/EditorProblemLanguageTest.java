package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor's preview says the checker's problems in the user's language (issue 12 item 5). */
class EditorProblemLanguageTest {
  private static final String SOURCE = "process: T\n1. Gör något   [Inkopare]\n";

  @Test
  void aSwedishUserReadsTheProblemInSwedishAndAnEnglishUserInEnglish() {
    WebClient eva = WebClient.signedIn("eva");
    eva.get("/lang/sv");
    HttpResponse<String> sv = eva.postWithToken("/editor/preview", Map.of("source", SOURCE));
    assertThat(sv.statusCode()).isEqualTo(200);
    assertThat(sv.body()).contains("Inkopare").contains("inte deklarerad");
    assertThat(sv.body()).doesNotContain("is not declared");
    eva.get("/lang/en");
    HttpResponse<String> en = eva.postWithToken("/editor/preview", Map.of("source", SOURCE));
    assertThat(en.body()).contains("is not declared").doesNotContain("inte deklarerad");
    assertThat(en.body()).contains("unknown-role");
    eva.get("/lang/sv");
  }
}
