package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A Swedish flowchart downloaded as SVG opens in a real (headless) Chromium, as a person opens a
 * downloaded file: saved to disk and opened from there, and also served by the API. On the old code
 * the bytes were ISO-8859-1 and Chromium showed "Encoding error" instead of the chart.
 */
class SvgDownloadBrowserTest {
  private static WebDriver driver;

  @BeforeAll
  static void startBrowser() {
    driver = Chromium.start("--allow-file-access-from-files");
    TestServer.get();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** What Chromium made of the current document: its root element, errors, the text in it. */
  private static String rootName() {
    return (String)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.nodeName;");
  }

  private static long parseErrors() {
    return (Long)
        ((JavascriptExecutor) driver)
            .executeScript("return document.getElementsByTagName('parsererror').length;");
  }

  private static String text() {
    return (String)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.textContent;");
  }

  @Test
  void aDownloadedSwedishChartOpensFromDisk() throws IOException {
    HttpResponse<byte[]> download =
        WebClient.signedIn("eva") // sees version 1 even when other tests published newer ones
            .getBytes("/processes/purchase-approval/v/1/purchase-approval.svg");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .contains("purchase-approval-v1.svg");
    Path dir = Files.createDirectories(Path.of("target/downloads"));
    Path file = dir.resolve("purchase-approval-v1.svg");
    Files.write(file, download.body());
    driver.get(file.toAbsolutePath().toUri().toString());
    assertThat(parseErrors()).as("Chromium's XML errors").isZero();
    assertThat(rootName()).isEqualTo("svg");
    assertThat(text()).contains("Fyll i inköpsanmodan").contains("Godkänn stort inköp");
  }

  @Test
  void theServedChartOpensInTheBrowser() {
    // signIn waits until the signed-in page is there: opening the chart right after the click
    // raced the login and got the login page instead (seen once in CI)
    Chromium.signIn(driver, "rut");
    driver.get(TestServer.url("/api/v1/processes/purchase-approval/flowchart.svg"));
    assertThat(parseErrors()).as("Chromium's XML errors").isZero();
    assertThat(rootName()).isEqualTo("svg");
    assertThat(text()).contains("Fyll i inköpsanmodan");
  }
}
