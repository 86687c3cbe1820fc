package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: an author opens "check against a log" on a process page, chooses the demo log, sees
 * the upload and the check progress, the flowchart with the log painted on it, and creates a draft
 * version that opens in the editor. Its own server, so the new version disturbs no other test.
 */
class LogUploadBrowserTest {
  private static WebDriver driver;
  private static FlowbookServer server;

  @BeforeAll
  static void start() throws Exception {
    driver = Chromium.start();
    server = TestServer.start(Files.createTempDirectory("flowbook-logs-browser"));
    server
        .library()
        .users()
        .create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String url(String path) {
    return "http://localhost:" + server.port() + path;
  }

  @Test
  void anAuthorChecksTheDemoLogAndOpensTheDraftInTheEditor() throws Exception {
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys("eva");
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.id("login")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .user")));
    driver.get(url("/processes/purchase-approval"));
    driver.findElement(By.id("check-log")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("log-file")));
    driver
        .findElement(By.id("log-file"))
        .sendKeys(
            ProjectPaths.inRepo("examples/logs/purchase-approval.csv").toAbsolutePath().toString());
    driver.findElement(By.id("log-send")).click();
    // the job page follows the check's progress and reloads itself when it is done
    try {
      new WebDriverWait(driver, Duration.ofMinutes(3))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("log-result")));
    } catch (org.openqa.selenium.TimeoutException e) {
      Chromium.shot(driver, "log-check-stuck");
      String at = driver.getCurrentUrl();
      String main = driver.findElement(By.tagName("main")).getText();
      String html =
          driver.findElement(By.id("log-progress")).getAttribute("outerHTML")
              + " htmx: "
              + Chromium.js(driver, "return typeof htmx + ' ' + (window.htmx ? htmx.version : '')")
              + " logs: "
              + driver.manage().logs().get("browser").getAll();
      driver.get(at + "/progress");
      throw new AssertionError(
          "no result at "
              + at
              + ":\n"
              + main
              + "\n"
              + html
              + "\nprogress now: "
              + driver.getPageSource(),
          e);
    }
    assertThat(driver.getCurrentUrl()).contains("/processes/purchase-approval/log/jobs/");
    assertThat(driver.findElement(By.id("log-fitness")).getText()).contains("300");
    assertThat(driver.findElements(By.cssSelector("#log-chart svg"))).hasSize(1);
    Chromium.shot(driver, "log-check-1280");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
    Chromium.shot(driver, "log-check-390");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    driver.findElement(By.id("log-draft")).click();
    wait.until(ExpectedConditions.urlContains("/processes/purchase-approval/edit"));
    assertThat(driver.findElement(By.id("source")).getAttribute("value")).contains("volym:");
  }
}
