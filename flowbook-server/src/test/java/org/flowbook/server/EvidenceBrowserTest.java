package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flowbook.model.Person;
import org.flowbook.repository.Library;
import org.flowbook.server.demo.DemoEvidence;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Evidence in a real (headless) Chromium on the demo organization: the owner of the monthly
 * reconciliation finds it overdue under My work, records it with a file on the control's page, and
 * the demo auditor browses requirements → controls → evidence and takes the audit pack, which holds
 * that very file, the PDF report and the audit log's lines. Screenshots at 1280 and 390 px go to
 * {@code target/screenshots/} (and the pack's report to {@code evidence-pack-report.pdf}); no page
 * scrolls sideways.
 */
class EvidenceBrowserTest {
  private static final Path SHOTS = Path.of("target/screenshots");
  private static final String CONTROL = "Avstämning av leverantörsreskontran";
  @TempDir static Path data;
  @TempDir static Path files;
  private static FlowbookServer server;
  private static WebDriver driver;
  private static WebDriverWait wait;
  private static String owner;

  @BeforeAll
  static void start() throws IOException {
    driver = Chromium.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    server =
        FlowbookServer.start(
            new ServerSettings(
                0, data, Optional.empty(), Optional.of(ProjectPaths.root().resolve("examples"))),
            Clock.systemDefaultZone());
    Library lib = server.library();
    Person chef = lib.organization().holders("Ekonomichef").get(0);
    owner = chef.email().substring(0, chef.email().indexOf('@')).toLowerCase(Locale.ROOT);
    for (var a : server.demoPeople().orElseThrow().accounts()) {
      lib.users().setPassword(a.username(), a.username(), TestServer.PASSWORD);
    }
    Files.createDirectories(SHOTS);
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

  private static void open(String path) {
    driver.get("http://localhost:" + server.port() + path);
  }

  private static void signIn(String user) {
    open("/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.id("login")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .user")));
  }

  private static void signOut() {
    driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
  }

  @Test
  void theOwnerRecordsWithAFileAndTheAuditorTakesThePack() throws Exception {
    assertThat(server.demoPeople().orElseThrow().accounts())
        .anyMatch(a -> a.username().equals(DemoEvidence.AUDITOR));
    assertThat(server.library().evidence().all()).isNotEmpty();

    signIn(owner);
    open("/my-work");
    String work = driver.findElement(By.id("inbox-evidence")).getText();
    assertThat(work).contains(CONTROL).contains("Försenad");
    shots("evidence-01-my-work");
    open("/evidence");
    shots("evidence-02-overview");
    driver.findElement(By.id("evidence-mine")).findElement(By.linkText(CONTROL)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-form")));
    String period = driver.findElement(By.id("evidence-period")).getAttribute("value");
    assertThat(period).matches("\\d{4}-\\d{2}");
    Path csv = files.resolve("avstämning reskontra.csv");
    Files.writeString(csv, "konto;reskontra;huvudbok\n2440;125 000;125 000\n");
    driver.findElement(By.id("evidence-note")).sendKeys("Stämmer mot huvudboken.");
    driver.findElement(By.id("evidence-file")).sendKeys(csv.toAbsolutePath().toString());
    driver.findElement(By.id("evidence-send")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-saved")));
    assertThat(driver.findElement(By.id("evidence-records")).getText())
        .contains("avstämning reskontra.csv")
        .contains(period);
    shots("evidence-03-control");
    signOut();

    signIn(DemoEvidence.AUDITOR);
    open("/evidence/requirements");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("BFL 5:1")
        .contains(CONTROL);
    shots("evidence-04-requirements");
    driver.findElement(By.linkText(CONTROL)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-records")));
    assertThat(driver.findElements(By.id("evidence-form"))).isEmpty();
    open("/audit-pack");
    shots("evidence-05-audit-pack");
    String from = driver.findElement(By.id("pack-from")).getAttribute("value");
    String to = driver.findElement(By.id("pack-to")).getAttribute("value");
    String cookie = driver.manage().getCookieNamed("flowbook_session").getValue();
    HttpResponse<byte[]> pack =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + server.port()
                                + "/audit-pack.zip?from="
                                + from
                                + "&to="
                                + to))
                    .header("Cookie", "flowbook_session=" + cookie)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pack.statusCode()).isEqualTo(200);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pack.body()))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    assertThat(new String(entries.get("report.pdf"), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    Files.write(SHOTS.resolve("evidence-pack-report.pdf"), entries.get("report.pdf"));
    assertThat(new String(entries.get("compliance-report.pdf"), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    Files.write(
        SHOTS.resolve("evidence-pack-compliance.pdf"), entries.get("compliance-report.pdf"));
    assertThat(entries.keySet()).anyMatch(n -> n.endsWith("-avstämning reskontra.csv"));
    assertThat(new String(entries.get("audit-log.csv"), StandardCharsets.UTF_8))
        .contains("evidence-record")
        .contains(owner);
    open("/admin/audit");
    shots("evidence-06-audit-log");
  }

  /** The page at 1280 px and at 390 px (a phone), full height; neither scrolls sideways. */
  private static void shots(String name) throws IOException {
    for (int width : new int[] {1280, 390}) {
      driver.manage().window().setSize(new Dimension(width, 1000));
      long height =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript("return document.documentElement.scrollHeight");
      driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 4000)));
      File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(
          f.toPath(),
          SHOTS.resolve(name + "-" + width + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
      long overflow =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth");
      assertThat(overflow).as("%s at %d px scrolls sideways", name, width).isLessThanOrEqualTo(0);
    }
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }
}
