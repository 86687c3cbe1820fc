package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The process page lets a reader turn the flowchart: to the right (a row per role) or downward (a
 * column per role), for that view only; an unknown value keeps the process's own direction.
 */
class ChartDirectionPageTest {
  private static final Pattern VIEW_BOX =
      Pattern.compile("class=\"flowbook flowchart\"[^>]*viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"");

  private static double aspect(String html) {
    Matcher m = VIEW_BOX.matcher(html);
    assertThat(m.find()).as("a flowchart on the page").isTrue();
    return Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
  }

  @Test
  void theReaderChoosesTheDirectionOfTheChart() {
    HttpResponse<byte[]> right = WebClient.signedIn("eva").getBytes("/processes/purchase-approval");
    HttpResponse<byte[]> down =
        WebClient.signedIn("eva").getBytes("/processes/purchase-approval?direction=down");
    HttpResponse<byte[]> odd =
        WebClient.signedIn("eva").getBytes("/processes/purchase-approval?direction=sideways");
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(down.statusCode()).isEqualTo(200);
    assertThat(odd.statusCode()).isEqualTo(200);
    String r = new String(right.body(), java.nio.charset.StandardCharsets.UTF_8);
    String d = new String(down.body(), java.nio.charset.StandardCharsets.UTF_8);
    String o = new String(odd.body(), java.nio.charset.StandardCharsets.UTF_8);
    // Four roles: wider than tall when the flow runs right, taller than wide when it runs down.
    assertThat(aspect(r)).isGreaterThan(1);
    assertThat(aspect(d)).isLessThan(1);
    assertThat(aspect(o)).isEqualTo(aspect(r));
    assertThat(r).contains("id=\"direction-down\"").contains("direction=down");
    assertThat(d).contains("id=\"direction-right\"");
  }
}
