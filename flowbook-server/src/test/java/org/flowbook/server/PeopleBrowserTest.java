package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.testkit.ProjectPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manager in a real (headless) Chromium on the demo company: the coverage page for the summer
 * shows the only HR-specialist's weeks 27–30 red; registering an absence in the calendar turns a
 * September week red; the pages fit a phone. Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeopleBrowserTest {
  @TempDir static Path data;
  private static FlowbookServer server;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    server =
        FlowbookServer.start(
            new ServerSettings(
                0, data, Optional.empty(), Optional.of(ProjectPaths.inRepo("examples"))),
            Clock.systemDefaultZone());
    server
        .library()
        .users()
        .create("test", "karl", "Karl Chef", AccessRole.APPROVER, TestServer.PASSWORD);
    server
        .library()
        .users()
        .create("test", "ada", "Ada Admin", AccessRole.ADMIN, TestServer.PASSWORD);
    driver = Chromium.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
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

  /** The heat map cells of a role, by week label ("W27"), as their CSS class. */
  private static java.util.Map<String, String> heatRow(String role) {
    List<WebElement> heads = driver.findElements(By.cssSelector("table.heat thead th"));
    java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
    for (WebElement row : driver.findElements(By.cssSelector("table.heat tbody tr"))) {
      if (row.findElement(By.tagName("th")).getText().equals(role)) {
        List<WebElement> tds = row.findElements(By.tagName("td"));
        for (int i = 0; i < tds.size(); i++) {
          cells.put(heads.get(i + 1).getText(), tds.get(i).getAttribute("class"));
        }
      }
    }
    return cells;
  }

  @Test
  @Order(1)
  void theSummerCoverageShowsTheHrSpecialistsWeeksAwayInRed() throws IOException {
    Chromium.signIn(driver, server, "karl");

    open("/coverage");
    WebElement from = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cover-from")));
    setDate(from, "2027-06-21");
    setDate(driver.findElement(By.id("cover-to")), "2027-08-15");
    driver.findElement(By.id("cover-show")).click();
    wait.until(ExpectedConditions.urlContains("from=2027-06-21"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.heat")));

    java.util.Map<String, String> hr = heatRow("HR-specialist");
    assertThat(hr).containsEntry("V27", "gap").containsEntry("V30", "gap");
    assertThat(hr.entrySet().stream().filter(e -> e.getValue().equals("gap")).map(e -> e.getKey()))
        .containsExactly("V27", "V28", "V29", "V30");
    assertThat(driver.findElement(By.cssSelector(".coverage")).getText())
        .contains("Steg utan någon närvarande", "HR-specialist");
    assertThat(driver.findElements(By.cssSelector(".coverage .chart svg"))).isNotEmpty();
    Chromium.shot(driver, "people-01-coverage-1280");
    driver.manage().window().setSize(new Dimension(390, 900));
    assertThat(pageOverflows()).as("the page scrolls sideways at 390 px").isFalse();
    Chromium.shot(driver, "people-02-coverage-390");
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  @Order(2)
  void anAbsenceRegisteredInTheCalendarShowsOnTheCoveragePage() throws IOException {
    open("/coverage?from=2027-09-06&to=2027-09-19");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.heat")));
    assertThat(heatRow("HR-specialist")).doesNotContainValue("gap");

    open("/absences?from=2027-08-30&weeks=4");
    WebElement person =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("absence-person")));
    new org.openqa.selenium.support.ui.Select(person).selectByVisibleText("Eva Nordin");
    setDate(driver.findElement(By.id("absence-from")), "2027-09-13");
    setDate(driver.findElement(By.id("absence-to")), "2027-09-17");
    driver.findElement(By.id("absence-add")).click();
    wait.until(ExpectedConditions.urlContains("from=2027-09-13"));
    Chromium.shot(driver, "people-03-absences-1280");
    driver.manage().window().setSize(new Dimension(390, 900));
    assertThat(pageOverflows()).as("the calendar page scrolls sideways at 390 px").isFalse();
    Chromium.shot(driver, "people-04-absences-390");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    open("/coverage?from=2027-09-06&to=2027-09-19");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.heat")));
    assertThat(heatRow("HR-specialist")).containsEntry("V36", "single").containsEntry("V37", "gap");

    open("/people");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.people")));
    assertThat(driver.findElement(By.cssSelector("table.people")).getText())
        .contains("Eva Nordin", "HR-specialist");
    Chromium.shot(driver, "people-05-people-1280");
    driver.manage().window().setSize(new Dimension(390, 900));
    assertThat(pageOverflows()).isFalse();
    Chromium.shot(driver, "people-06-people-390");
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  /**
   * An administrator picks an HR system's CSV file: the page's script sends its bytes, the preview
   * replaces the page, and applying it adds the person.
   */
  @Test
  @Order(3)
  void anAdministratorImportsPeopleFromACsvFileAfterAPreview() throws IOException {
    driver.manage().deleteAllCookies();
    Chromium.signIn(driver, server, "ada");
    open("/people/import");
    WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-file")));
    Path csv = data.resolve("hr-export.csv");
    Files.writeString(
        csv,
        "namn;e-post;roller\nNils Nyberg;nils.nyberg@nordljus.se;Ekonomiassistent\n",
        java.nio.charset.StandardCharsets.UTF_8);
    file.sendKeys(csv.toAbsolutePath().toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-preview")));
    assertThat(driver.findElement(By.id("import-preview")).getText()).contains("Nils Nyberg");
    Chromium.shot(driver, "people-07-import-1280");
    driver.manage().window().setSize(new Dimension(390, 900));
    assertThat(pageOverflows()).as("the import page scrolls sideways at 390 px").isFalse();
    Chromium.shot(driver, "people-08-import-390");
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.findElement(By.cssSelector("#import-apply button")).click();
    wait.until(ExpectedConditions.urlContains("/people?imported=1"));
    assertThat(driver.findElement(By.cssSelector("table.people")).getText())
        .contains("Nils Nyberg");
  }

  /** Sets a date input through its value (typing into one depends on the browser's locale). */
  private static void setDate(WebElement input, String iso) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, iso);
  }

  /** Whether the page itself is wider than the window (tables scroll inside their own box). */
  private static boolean pageOverflows() {
    Object r =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    return Boolean.TRUE.equals(r);
  }
}
