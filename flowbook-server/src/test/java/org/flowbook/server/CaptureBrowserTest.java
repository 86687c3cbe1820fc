package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
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
 * Someone who has never seen the notation captures a six-step process with one decision in a real
 * (headless) Chromium, on a phone's width, in Swedish and in English, typing no notation at all;
 * the draft is saved and opens in the text editor. Screenshots go to {@code target/screenshots/}.
 */
class CaptureBrowserTest {
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() {
    driver = Chromium.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    Chromium.signIn(driver, "eva");
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void type(String id, String text) {
    WebElement e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  private static void addStep(int n, String title, String role, String work) {
    type("steptitle", title);
    if (role.startsWith("+")) {
      type("newrole", role.substring(1));
    } else if (!role.isEmpty()) {
      new Select(driver.findElement(By.id("role"))).selectByVisibleText(role);
    }
    type("work", work);
    driver.findElement(By.id("add-step")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("step-heading"), String.valueOf(n + 1)));
    assertThat(driver.findElements(By.cssSelector("#preview-chart svg")))
        .as("%s", driver.findElement(By.id("preview")).getText())
        .hasSize(1);
  }

  /** The elements that stick out on the right, to say what overflows. */
  private static Object wide() {
    return Chromium.js(
        driver,
        "var out=[]; document.querySelectorAll('body *').forEach(function(e){"
            + "var r=e.getBoundingClientRect(); if (r.right > document.documentElement.clientWidth + 1)"
            + " out.push(e.tagName+'#'+e.id+'.'+e.className+':'+Math.round(r.right));});"
            + " return out.slice(0, 12).join(' ');");
  }

  private static boolean pageOverflows() {
    return Boolean.TRUE.equals(
        Chromium.js(
            driver,
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
  }

  @Test
  void sixStepsAndADecisionOnAPhoneInSwedish() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 900));
    try {
      driver.get(TestServer.url("/lang/sv?back=/capture"));
      driver.get(TestServer.url("/capture"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Intervju: ny process");
      assertThat(pageOverflows())
          .as("the capture page scrolls sideways at 390 px: %s", wide())
          .isFalse();
      type("title", "Reklamation i webbläsaren");
      type("trigger", "En kund hör av sig");
      driver.findElement(By.id("start")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steptitle")));
      addStep(1, "Ta emot reklamationen", "Inköpare", "5");
      addStep(2, "Bedöm reklamationen", "Inköpare", "1,5 h");
      type("steptitle", "Besluta om ersättning");
      new Select(driver.findElement(By.id("role"))).selectByVisibleText("Inköpare");
      type("question", "Godkänd?");
      type("label1", "ja");
      type("share1", "80");
      type("label2", "nej");
      new Select(driver.findElement(By.id("target2"))).selectByValue("end");
      driver.findElement(By.id("add-step")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-heading"), "4"));
      addStep(4, "Skicka ersättning", "Redovisningsekonom", "10 min");
      addStep(5, "Informera kunden", "Inköpare", "5");
      addStep(6, "Avsluta ärendet", "Inköpare", "");
      assertThat(pageOverflows()).as("with a chart of six steps at 390 px: %s", wide()).isFalse();
      Chromium.shot(driver, "capture-01-six-steps-390");
      // the chart shows the decision's way to the end and the way on
      String svg =
          driver.findElement(By.cssSelector("#preview-chart svg")).getAttribute("outerHTML");
      assertThat(svg).contains("Godkänd?").contains("Avsluta ärendet");
      driver.findElement(By.id("save-draft")).click();
      wait.until(ExpectedConditions.urlContains("/processes/reklamation-i-webblasaren/edit"));
      String text = driver.findElement(By.id("source")).getAttribute("value");
      assertThat(text)
          .contains("1. Ta emot reklamationen   [Inköpare]   arbete 5 min")
          .contains("beslut: Godkänd?")
          .contains("- ja (80 %) -> 4")
          .contains("- nej -> slut")
          .contains("6. Avsluta ärendet");
      Chromium.shot(driver, "capture-02-editor-390");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  @Test
  void inEnglishTheDraftOpensInTheTextEditor() throws IOException {
    driver.get(TestServer.url("/lang/en?back=/capture"));
    driver.get(TestServer.url("/capture"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Interview: new process");
    type("title", "Returns in the browser");
    driver.findElement(By.id("lang-en")).click();
    driver.findElement(By.id("start")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("steptitle")));
    addStep(1, "Receive the parcel", "+Warehouse", "10");
    addStep(2, "Refund the customer", "+Finance", "");
    // a wrong time is named at its field, and nothing typed is lost
    type("steptitle", "Close the case");
    type("work", "a while");
    driver.findElement(By.id("add-step")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("err-time")));
    assertThat(driver.findElement(By.id("steptitle")).getAttribute("value"))
        .isEqualTo("Close the case");
    Chromium.shot(driver, "capture-03-error-1280");
    driver.findElement(By.id("open-text")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source")));
    assertThat(driver.findElement(By.id("source")).getAttribute("value"))
        .contains("language: en")
        .contains("1. Receive the parcel   [Warehouse]   work 10 min")
        .contains("2. Refund the customer   [Finance]");
  }
}
