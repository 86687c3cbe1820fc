package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real (headless) Chromium: signs in, reads, edits with the live preview, saves,
 * submits, and an approver publishes; then searches. One browser session for all steps, in order.
 * Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  private static final String ID = "purchase-approval";
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void startBrowser() {
    driver = Chromium.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    TestServer.get();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String path) {
    driver.get(TestServer.url(path));
  }

  private static void shot(String name) throws IOException {
    Chromium.shot(driver, name);
  }

  private static void signIn(String user) {
    Chromium.signIn(driver, user);
  }

  private static void signOut() {
    driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
  }

  private static String status() {
    return driver.findElement(By.id("status")).getText();
  }

  @Test
  @Order(1)
  void signInShowsTheLandscapeAndTheLanguageSwitches() throws IOException {
    open("/");
    assertThat(driver.getCurrentUrl()).contains("/login");
    shot("01-login");
    signIn("eva");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Processkarta");
    driver.findElement(By.cssSelector("a.lang")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Process landscape"));
    assertThat(driver.findElements(By.cssSelector(".landscape svg"))).hasSize(1);
    shot("02-landscape");
  }

  @Test
  @Order(2)
  void theProcessPageShowsTheChartAndAClickedStep() throws IOException {
    open("/processes/" + ID);
    WebElement node =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("#chart [data-step='2']")));
    node.click();
    wait.until(ExpectedConditions.attributeContains(By.id("step-2"), "class", "selected"));
    assertThat(driver.findElement(By.id("step-2")).getText()).contains("Granska anmodan");
    assertThat(driver.findElement(By.cssSelector("table.raci")).getText()).contains("Inköpare");
    shot("03-process");
  }

  @Test
  @Order(3)
  void editWithLivePreviewSaveAndSubmit() throws IOException {
    open("/processes/" + ID + "/edit");
    WebElement source = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source")));
    String original = source.getAttribute("value");
    source.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
    source.sendKeys("\n5. Arkivera ordern   [Okänd roll]   arbete 5 min\n");
    WebElement problem =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#problems .problem.error a[data-line]")));
    assertThat(problem.getAttribute("data-line")).isNotEqualTo("0");
    assertThat(driver.findElement(By.id("problems")).getText()).contains("Okänd roll");
    shot("04-editor-problem");
    problem.click();
    source.clear();
    source.sendKeys(original.replace("arbete 20 min", "arbete 25 min"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-problems")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview-chart svg")));
    shot("05-editor-preview");
    driver.findElement(By.id("note")).sendKeys("Längre tid för beställning");
    driver.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "draft"));
    assertThat(driver.findElement(By.id("step-4")).getText()).contains("25 min");
    driver.findElement(By.id("submit")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "in review"));
    assertThat(driver.findElements(By.id("approve"))).as("authors cannot approve").isEmpty();
    shot("06-in-review");
    signOut();
  }

  @Test
  @Order(4)
  void anApproverPublishes() throws IOException {
    signIn("karl");
    open("/my-work");
    WebElement review = driver.findElement(By.cssSelector("#reviews a"));
    shot("07-my-work");
    review.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "published"));
    int published =
        TestServer.get().library().processes().summary(ID).orElseThrow().publishedVersion();
    assertThat(published).isGreaterThan(1);
    driver.findElement(By.id("compare")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("pre.diff ins")));
    assertThat(driver.findElement(By.cssSelector("pre.diff")).getText())
        .contains("+ 4. Lägg beställning")
        .contains("25 min");
    shot("08-diff");
  }

  @Test
  @Order(5)
  void searchLinksToTheStep() throws IOException {
    WebElement box = driver.findElement(By.cssSelector("header .search input"));
    box.sendKeys("fakturorna", Keys.ENTER);
    WebElement first =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit a")));
    assertThat(first.getAttribute("href")).contains("/processes/supplier-invoices#step-");
    shot("09-search");
    first.click();
    wait.until(ExpectedConditions.urlContains("#step-"));
    assertThat(driver.findElement(By.cssSelector(".step.selected")).isDisplayed()).isTrue();
  }

  @Test
  @Order(6)
  void aPhoneCanRead() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 844));
    open("/processes/" + ID);
    long overflow =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    shot("10-phone");
    assertThat(overflow).as("no sideways scrolling of the page").isLessThanOrEqualTo(0);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  @Order(7)
  void aTokenIsMadeOnItsPageAndFitsAPhone() throws IOException {
    open("/account/tokens");
    driver.findElement(By.name("name")).sendKeys("nattlig export");
    driver.findElement(By.id("create-token")).click();
    WebElement token = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
    assertThat(token.getText()).matches("fbk_[A-Za-z0-9_-]{43}");
    assertThat(driver.findElement(By.id("tokens")).getText()).contains("nattlig export");
    shot("11-token");
    driver.manage().window().setSize(new Dimension(390, 844));
    long overflow =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    shot("12-token-phone");
    assertThat(overflow).as("no sideways scrolling of the page").isLessThanOrEqualTo(0);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }
}
