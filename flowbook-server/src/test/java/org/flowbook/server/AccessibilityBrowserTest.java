package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (vendored, decision 0607) on the main pages in Chromium with the WCAG 2.0/2.1 A and
 * AA rules — the level EN 301 549 asks of Swedish public bodies — in both languages and at phone
 * width. Any violation fails with its rule and the elements it found.
 */
class AccessibilityBrowserTest {
  private static WebDriver driver;
  private static String axe;

  @BeforeAll
  static void start() throws IOException {
    driver = Chromium.start();
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    TestServer.get();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** The violations axe finds on the page now open, one line each. */
  private static List<String> violations() {
    return violations(driver, axe);
  }

  /** The violations axe finds on the page {@code driver} has open (sim4: other browser tests). */
  static List<String> violations(WebDriver driver) throws IOException {
    try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      return violations(driver, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> violations(WebDriver driver, String axe) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe);
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help,"
                + "    nodes: v.nodes.slice(0, 5).map(function (n) {"
                + "      return n.target.join(' ') + ' — ' + n.failureSummary; })}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'x', help: String(e),"
                + " nodes: []}]); });");
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      out.add(
          driver.getCurrentUrl()
              + ": "
              + v.get("id")
              + " ("
              + v.get("impact")
              + ") "
              + v.get("help")
              + " "
              + v.get("nodes"));
    }
    return out;
  }

  private static void open(String path) {
    driver.get(TestServer.url(path));
  }

  @Test
  void theMainPagesHaveNoWcagAaViolations() throws IOException {
    List<String> found = new ArrayList<>();
    open("/login");
    found.addAll(violations());
    Chromium.signIn(driver, "eva");
    for (String page :
        List.of(
            "/",
            "/processes/purchase-approval",
            "/processes/purchase-approval/edit",
            "/search?q=faktura",
            "/my-work",
            "/processes/purchase-approval/diff?from=1&to=1",
            "/roles/Chef",
            // evidence4 (#19): evidence, one control with its form, requirements.
            "/evidence",
            "/evidence/controls?process=supplier-invoices&control=L%C3%B6pnummer",
            "/evidence/requirements",
            "/whatif", // sim4
            "/processes/purchase-approval/whatif")) {
      open(page);
      found.addAll(violations());
    }
    // English, and a phone's width.
    open("/processes/supplier-invoices?lang=en");
    found.addAll(violations());
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      open("/processes/purchase-approval");
      found.addAll(violations());
      open("/");
      found.addAll(violations());
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
    // evidence4 (#19): the auditor's pages.
    if (TestServer.get().library().users().byName("audrey").isEmpty()) {
      TestServer.get()
          .library()
          .users()
          .create(
              "test",
              "audrey",
              "Audrey Auditor",
              org.flowbook.repository.users.AccessRole.AUDITOR,
              TestServer.PASSWORD);
    }
    driver.manage().deleteAllCookies();
    Chromium.signIn(driver, "audrey");
    for (String page : List.of("/audit-pack", "/admin/audit", "/evidence/requirements")) {
      open(page);
      found.addAll(violations());
    }
    assertThat(found).as(String.join("\n", found)).isEmpty();
  }
}
