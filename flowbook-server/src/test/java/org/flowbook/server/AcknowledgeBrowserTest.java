package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.flowbook.repository.Library;
import org.flowbook.repository.process.SaveResult;
import org.flowbook.repository.users.AccessRole;
import org.flowbook.repository.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Read-and-acknowledge in a real (headless) Chromium: an approver publishes a change to the buyers'
 * step asking for acknowledgement; Ines, a buyer with a reader account, finds it under My work,
 * reads "what changed for you" and confirms; the approver's status page turns green. Screenshots at
 * 1280 and 390 px go to {@code target/screenshots/}.
 */
class AcknowledgeBrowserTest {
  @TempDir static Path data;
  private static FlowbookServer server;
  private static WebDriver driver;
  private static WebDriverWait wait;
  private static int version;

  @BeforeAll
  static void start() throws IOException {
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

    driver = Chromium.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
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

  @Test
  void publishAcknowledgeAndTheStatusTurnsGreen() throws IOException {
    // The approver publishes and asks the people affected to acknowledge by a date.
    Chromium.signIn(driver, server, "karl");
    open("/processes/purchase-approval?version=" + version);
    driver.findElement(By.id("acknowledge")).click();
    WebElement due = driver.findElement(By.id("due"));
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1]", due, LocalDate.now().plusDays(14).toString());
    Chromium.shots(driver, "ack-01-publish");
    driver.findElement(By.id("approve")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ack-status")));
    driver.findElement(By.id("ack-status")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ack-summary")));
    assertThat(driver.findElement(By.id("ack-summary")).getAttribute("class")).contains("pending");
    assertThat(driver.findElement(By.id("ack-summary")).getText()).contains("0 / 1");
    Chromium.signOut(driver);

    // Ines, a buyer, finds it under My work and reads what changed for her.
    Chromium.signIn(driver, server, "ines");
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
    Chromium.shots(driver, "ack-02-what-changed");
    driver.findElement(By.id("acknowledge")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ack-done")));
    Chromium.shots(driver, "ack-03-acknowledged");
    Chromium.signOut(driver);

    // The approver's status page is green.
    Chromium.signIn(driver, server, "karl");
    open("/processes/purchase-approval/versions/" + version + "/acknowledgements");
    WebElement summary = driver.findElement(By.id("ack-summary"));
    assertThat(summary.getAttribute("class")).contains("complete");
    assertThat(summary.getText()).contains("1 / 1");
    assertThat(summary.getCssValue("background-color")).isEqualTo("rgba(218, 251, 225, 1)");
    Chromium.shots(driver, "ack-04-status");
  }
}
