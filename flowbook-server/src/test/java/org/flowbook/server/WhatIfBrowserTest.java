package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbook.repository.users.AccessRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium (issue 17 item 7): an author opens "Vad händer om…" on a process page, asks for 30 %
 * more volume, one buyer fewer and their draft in the published one's place, runs a small
 * simulation, follows its progress and reads the paired before/after; the form and the result are
 * axe-clean at 1280 and 390 px. Its own server, so the published version disturbs no other test.
 */
class WhatIfBrowserTest {
  private static WebDriver driver;
  private static FlowbookServer server;
  private static int draft;

  @BeforeAll
  static void start() throws Exception {
    driver = Chromium.start();
    server = TestServer.start(Files.createTempDirectory("flowbook-whatif-browser"));
    server
        .library()
        .users()
        .create("test", "eva", "Eva Author", AccessRole.AUTHOR, TestServer.PASSWORD);
    draft = WhatIfWebTest.publishWithVolumeAndDraft(server.library());
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
  void anAuthorRunsASmallScenarioAndReadsTheComparison() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys("eva");
    driver.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
    driver.findElement(By.id("login")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .user")));
    driver.get(url("/processes/" + WhatIfWebTest.PROCESS));
    driver.findElement(By.id("what-if")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-form")));
    List<String> found = new ArrayList<>(AccessibilityBrowserTest.violations(driver));
    type(By.id("whatif-volume"), "30");
    type(By.name("heads.Inköpare"), "-1");
    new Select(driver.findElement(By.id("whatif-version"))).selectByValue(String.valueOf(draft));
    type(By.id("whatif-months"), "1");
    type(By.id("whatif-replications"), "3");
    driver.findElement(By.id("whatif-run")).click();
    wait.until(ExpectedConditions.urlContains("/whatif/jobs/"));
    assertThat(driver.findElements(By.id("whatif-progress"))).hasSize(1);
    try {
      new WebDriverWait(driver, Duration.ofMinutes(3))
          .until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-result")));
    } catch (org.openqa.selenium.TimeoutException e) {
      Chromium.shot(driver, "whatif-stuck");
      throw new AssertionError(
          "no result at " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
    }
    assertThat(driver.findElement(By.id("whatif-scenario")).getText())
        .contains("+30")
        .contains("Inköpare")
        .contains(String.valueOf(draft));
    // mean, median, 90th percentile, done per week and open at the end, each before, after and
    // the difference
    List<WebElement> rows = driver.findElements(By.cssSelector("#whatif-focus tbody tr"));
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).getText()).containsPattern("\\d+,\\d (min|h|d) \\(");
    assertThat(driver.findElement(By.id("whatif-roles")).getText()).contains("Inköpare");
    // the test organization has one buyer: one fewer leaves nobody, and the page says so, with
    // the cases left open at the end growing (the lead time of the cases that end is no guide)
    assertThat(driver.findElement(By.cssSelector("[data-unstaffed]")).getText())
        .contains("Inköpare");
    assertThat(rows.get(4).getText()).contains("*");
    found.addAll(AccessibilityBrowserTest.violations(driver));
    Chromium.shot(driver, "whatif-1280");
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      found.addAll(AccessibilityBrowserTest.violations(driver));
      Chromium.shot(driver, "whatif-390");
      // nothing wider than the phone but the tables' own scrolling regions
      Object overflow =
          Chromium.js(
              driver, "return document.documentElement.scrollWidth > window.innerWidth + 1");
      assertThat(overflow).isEqualTo(false);
      driver.findElement(By.linkText("Fråga något annat")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whatif-form")));
      found.addAll(AccessibilityBrowserTest.violations(driver));
      Chromium.shot(driver, "whatif-form-390");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
    assertThat(found).as(String.join("\n", found)).isEmpty();
  }

  private static void type(By field, String value) {
    WebElement e = driver.findElement(field);
    e.clear();
    e.sendKeys(value);
  }
}
