package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.flowbook.testkit.TestEnvironment;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Read-and-acknowledge in a real (headless) Chromium: an approver publishes a change to the buyers'
 * step asking for acknowledgement; Ines, a buyer with a reader account, finds it under My work,
 * reads "what changed for you" and confirms; the approver's status page turns green. Screenshots at
 * 1280 and 390 px go to {@code target/screenshots/}.
 */
class AcknowledgeBrowserTest {
  private static final Path SHOTS = Path.of("target/screenshots");
  @TempDir static Path data;
  private static FlowbookServer server;
  private static WebDriver driver;
  private static WebDriverWait wait;
  private static int version;

  @BeforeAll
  static void start() throws IOException {
    String chromedriver =
        TestEnvironment.requireEnv(
            "FLOWBOOK_CHROMEDRIVER", "chromedriver and chromium (Debian: chromium-driver)");
    server = TestServer.start(data);
    Library lib = server.library();
    lib.setOrganization(
        Library.SYSTEM,
        lib.organizationSource()
            + "\nperson: Ines Inköpare\n  e-post: ines@test.se\n  roller: Inköpare\n"
            + "person: Carl Chef\n  e-post: carl@test.se\n  roller: Chef\n");
    User eva =
        lib.users().create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    lib.users().create("test", "karl", "Karl Approver", AccessRole.APPROVER, TestServer.PASSWORD);
    lib.users().create("test", "ines", "Ines Inköpare", AccessRole.READER, TestServer.PASSWORD);
    String source = lib.current("purchase-approval").orElseThrow().source();
    SaveResult r =
        lib.processes()
            .save(
                eva,
                "purchase-approval",
                1,
                source.replace(
                    "4. Lägg beställning   [Inköpare]   arbete 20 min\n",
                    "4. Lägg beställning   [Inköpare]   arbete 25 min\n"
                        + "   - Kontrollera att leverantören finns i leverantörsregistret.\n"),
                "leverantörskontroll");
    version = ((SaveResult.Saved) r).version().version();
    lib.processes().submit(eva, "purchase-approval", version);

    ChromeOptions options = new ChromeOptions();
    String binary = System.getenv().getOrDefault("FLOWBOOK_CHROMIUM", "/usr/bin/chromium");
    if (new File(binary).canExecute()) {
      options.setBinary(binary);
    }
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=sv-SE");
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build(),
            options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
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

  /** The page at 1280 px and at 390 px (a phone), full height. */
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
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow).as("%s at %d px scrolls sideways", name, width).isLessThanOrEqualTo(0);
    }
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  void publishAcknowledgeAndTheStatusTurnsGreen() throws IOException {
    // The approver publishes and asks the people affected to acknowledge by a date.
    signIn("karl");
    open("/processes/purchase-approval?version=" + version);
    driver.findElement(By.id("acknowledge")).click();
    WebElement due = driver.findElement(By.id("due"));
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1]", due, LocalDate.now().plusDays(14).toString());
    shots("ack-01-publish");
    driver.findElement(By.id("approve")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ack-status")));
    driver.findElement(By.id("ack-status")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ack-summary")));
    assertThat(driver.findElement(By.id("ack-summary")).getAttribute("class")).contains("pending");
    assertThat(driver.findElement(By.id("ack-summary")).getText()).contains("0 / 1");
    signOut();

    // Ines, a buyer, finds it under My work and reads what changed for her.
    signIn("ines");
    open("/my-work");
    driver
        .findElement(
            By.cssSelector(
                "#inbox-acks a[href='/acknowledgements/purchase-approval/" + version + "']"))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change-4")));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .startsWith("Det här har ändrats för dig");
    assertThat(driver.findElement(By.id("change-4")).getText())
        .contains("Kontrollera att leverantören finns i leverantörsregistret")
        .contains("20 min")
        .contains("25 min");
    assertThat(driver.findElements(By.cssSelector("#chart-after g.step.changed"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#chart-before g.step.changed"))).hasSize(1);
    shots("ack-02-what-changed");
    driver.findElement(By.id("acknowledge")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ack-done")));
    shots("ack-03-acknowledged");
    signOut();

    // The approver's status page is green.
    signIn("karl");
    open("/processes/purchase-approval/versions/" + version + "/acknowledgements");
    WebElement summary = driver.findElement(By.id("ack-summary"));
    assertThat(summary.getAttribute("class")).contains("complete");
    assertThat(summary.getText()).contains("1 / 1");
    assertThat(summary.getCssValue("background-color")).isEqualTo("rgba(218, 251, 225, 1)");
    shots("ack-04-status");
  }
}
