package org.flowbook.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.flowbook.testkit.TestEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A headless Chromium for the browser tests (skips without chromedriver, fails so under CI). */
final class Chromium {
  static final Path SHOTS = Path.of("target/screenshots");

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

  static void signIn(WebDriver driver, String user) {
    driver.get(TestServer.url("/login"));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.id("login")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("header .user")));
  }

  static Object js(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static void shot(WebDriver driver, String name) throws IOException {
    Files.createDirectories(SHOTS);
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
