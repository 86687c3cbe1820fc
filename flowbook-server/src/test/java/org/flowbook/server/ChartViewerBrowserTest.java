package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Duration;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chart viewer in a real Chromium: the process page shows the chart at its readable size (not
 * shrunk to the column), zooms with the buttons and keys, pans by dragging, and a click on a step
 * still opens it; the diff page shows both versions' charts with the diff marks.
 */
class ChartViewerBrowserTest {
  private static final String ID = "supplier-invoices";
  private static WebDriver driver;
  private static WebDriverWait wait;
  private static int from;
  private static int to;

  @BeforeAll
  static void start() {
    driver = Chromium.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    Library lib = TestServer.get().library();
    User eva = lib.users().byName("eva").orElseThrow();
    String text = lib.current(ID).orElseThrow().source();
    from = lib.processes().summary(ID).orElseThrow().latestVersion();
    String changed =
        text.replace("arbete 5 min\n   - Skanna", "arbete 7 min\n   - Skanna")
            .replace(
                "   -> slut \"Betald\"",
                "\n4. Arkivera fakturan   [Redovisningsekonom]   arbete 1 min\n"
                    + "   -> slut \"Betald\"");
    assertThat(changed).contains("arbete 7 min").contains("4. Arkivera fakturan");
    SaveResult r = lib.processes().save(eva, ID, from, changed, "arkivering");
    assertThat(r).isInstanceOf(SaveResult.Saved.class);
    to = ((SaveResult.Saved) r).version().version();
    Chromium.signIn(driver, "eva");
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static double scale(String viewer) {
    return Double.parseDouble(
        driver
            .findElement(By.cssSelector("#" + viewer))
            .findElement(By.xpath(".."))
            .getAttribute("data-scale"));
  }

  private static double drawnWidth(String viewer) {
    return ((Number)
            Chromium.js(
                driver,
                "return document.querySelector('#' + arguments[0] + ' svg')"
                    + ".getBoundingClientRect().width;",
                viewer))
        .doubleValue();
  }

  private static double viewBoxWidth(String viewer) {
    return ((Number)
            Chromium.js(
                driver,
                "return document.querySelector('#' + arguments[0] + ' svg').viewBox.baseVal.width;",
                viewer))
        .doubleValue();
  }

  @Test
  void theChartIsReadableZoomsAndPansAndAStepStillOpens() throws IOException {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(TestServer.url("/processes/purchase-approval"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".zoombar")));
    // Shown at 100 %: one SVG unit is one CSS pixel, so 12 px text stays 12 px.
    assertThat(scale("chart")).isEqualTo(1.0);
    assertThat(drawnWidth("chart")).isCloseTo(viewBoxWidth("chart"), within(0.5));
    Chromium.shot(driver, "viewer-01-process-1280");

    WebElement box = driver.findElement(By.id("chart"));
    driver.findElement(By.cssSelector("[data-zoom='in']")).click();
    assertThat(scale("chart")).isEqualTo(1.25);
    assertThat(driver.findElement(By.cssSelector(".zoomlevel")).getText()).isEqualTo("125 %");
    assertThat(drawnWidth("chart")).isCloseTo(viewBoxWidth("chart") * 1.25, within(0.5));
    driver.findElement(By.cssSelector("[data-zoom='fit']")).click();
    double fit = scale("chart");
    assertThat(fit).isLessThan(1.0);
    assertThat(drawnWidth("chart")).isLessThanOrEqualTo(box.getSize().getWidth());
    Chromium.shot(driver, "viewer-02-fit-1280");
    driver.findElement(By.cssSelector("[data-zoom='actual']")).click();
    assertThat(scale("chart")).isEqualTo(1.0);

    // Keyboard: + and − zoom, 0 goes back to 100 %, arrows pan.
    box.sendKeys("+");
    assertThat(scale("chart")).isEqualTo(1.25);
    box.sendKeys("-");
    box.sendKeys("-");
    assertThat(scale("chart")).isEqualTo(0.8);
    box.sendKeys("0");
    assertThat(scale("chart")).isEqualTo(1.0);
    box.sendKeys("+++");
    assertThat(scale("chart")).isCloseTo(1.953, within(0.001));
    long before = scrollLeft();
    box.sendKeys(Keys.ARROW_RIGHT);
    assertThat(scrollLeft()).isGreaterThan(before);
    box.sendKeys(Keys.ARROW_LEFT);
    assertThat(scrollLeft()).isEqualTo(before);

    // A mouse drag pans and does not open a step.
    new Actions(driver).moveToElement(box).clickAndHold().moveByOffset(-200, 0).release().perform();
    assertThat(scrollLeft()).isGreaterThan(before);
    assertThat(driver.findElements(By.cssSelector(".step.selected"))).isEmpty();

    // A click on a step opens its instructions; Enter on a focused step does the same.
    box.sendKeys("0");
    Chromium.js(driver, "document.getElementById('chart').scrollLeft = 0;");
    driver.findElement(By.cssSelector("#chart [data-step='2']")).click();
    wait.until(ExpectedConditions.attributeContains(By.id("step-2"), "class", "selected"));
    WebElement three = driver.findElement(By.cssSelector("#chart [data-step='3']"));
    Chromium.js(driver, "arguments[0].focus();", three);
    three.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.attributeContains(By.id("step-3"), "class", "selected"));
    assertThat(driver.getCurrentUrl()).endsWith("#step-3");
  }

  private static long scrollLeft() {
    return ((Number) Chromium.js(driver, "return document.getElementById('chart').scrollLeft;"))
        .longValue();
  }

  @Test
  void aPhoneShowsTheChartAtReadableSizeInsideItsBox() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      driver.get(TestServer.url("/processes/purchase-approval"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".zoombar")));
      assertThat(scale("chart")).isEqualTo(1.0);
      long overflow =
          ((Number)
                  Chromium.js(
                      driver, "return document.documentElement.scrollWidth - window.innerWidth;"))
              .longValue();
      assertThat(overflow).as("the page itself does not scroll sideways").isLessThanOrEqualTo(0);
      Chromium.shot(driver, "viewer-03-process-390");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  @Test
  void theDiffPageShowsBothChartsWithTheChangeMarks() throws IOException {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(TestServer.url("/processes/" + ID + "/diff?from=" + from + "&to=" + to));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart-after svg")));
    assertThat(driver.findElements(By.cssSelector("#chart-after .step.added[data-step='4']")))
        .hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#chart-after .step.changed[data-step='1']")))
        .hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#chart-before .step.changed[data-step='1']")))
        .hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#chart-before .step.added"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#chart-after .step.removed"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector("pre.diff")).getText())
        .contains("+ 4. Arkivera fakturan");
    Chromium.shot(driver, "viewer-04-diff-1280");

    // Both charts zoom on their own.
    driver.findElement(By.cssSelector("[aria-controls='chart-after'] [data-zoom='in']")).click();
    assertThat(scale("chart-after")).isEqualTo(1.25);
    assertThat(scale("chart-before")).isEqualTo(1.0);

    // A step in a version's chart opens that version's page at the step.
    driver.findElement(By.cssSelector("#chart-after [data-step='4']")).click();
    wait.until(ExpectedConditions.urlContains("version=" + to + "#step-4"));
    wait.until(ExpectedConditions.attributeContains(By.id("step-4"), "class", "selected"));
  }
}
