package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.flowbook.testkit.TestEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium for the browser tests (skips without chromedriver, fails so under CI). */
final class Chromium {
  static final Path SHOTS = Path.of("target/screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private Chromium() {}

  /** Starts a headless Chromium, 1280 px wide and Swedish, with any further arguments. */
  static WebDriver start(String... moreArguments) {
    String chromedriver =
        TestEnvironment.requireEnv(
            "FLOWBOOK_CHROMEDRIVER", "chromedriver and chromium (Debian: chromium-driver)");
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
        "--disable-background-networking",
        "--disable-extensions",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=sv-SE");
    options.addArguments(moreArguments);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** Signs {@code user} in on the module's shared {@link TestServer}. */
  static void signIn(WebDriver driver, String user) {
    signIn(driver, TestServer.get(), user);
  }

  /** Signs {@code user} in on {@code server} and waits for the page header to name them. */
  static void signIn(WebDriver driver, FlowbookServer server, String user) {
    driver.get("http://localhost:" + server.port() + "/login");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.id("login")).click();
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .user")));
  }

  /** Signs out with the header's button and waits for the sign-in form. */
  static void signOut(WebDriver driver) {
    driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
  }

  static Object js(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * The page at 1280 px and at 390 px (a phone), full height, as {@code name-1280.png} and {@code
   * name-390.png}; fails when the page scrolls sideways at either width.
   */
  static void shots(WebDriver driver, String name) throws IOException {
    Files.createDirectories(SHOTS);
    for (int width : new int[] {1280, 390}) {
      driver.manage().window().setSize(new Dimension(width, 1000));
      long height = (Long) js(driver, "return document.documentElement.scrollHeight");
      driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 4000)));
      shot(driver, name + "-" + width);
      long overflow =
          (Long)
              js(
                  driver,
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth");
      assertThat(overflow).as("%s at %d px scrolls sideways", name, width).isLessThanOrEqualTo(0);
    }
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  static void shot(WebDriver driver, String name) throws IOException {
    Files.createDirectories(SHOTS);
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
