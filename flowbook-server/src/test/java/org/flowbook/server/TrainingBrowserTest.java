package org.flowbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.flowbook.repository.Library;
import org.flowbook.repository.users.AccessRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Training in a real (headless) Chromium: the manager's matrix shows Ines, a buyer, as missing on
 * the purchasing process; the manager signs her off on the sign-off page; the matrix cell turns
 * green; Ines finds herself current under My training with what she must learn. Screenshots at 1280
 * and 390 px go to {@code target/screenshots/}, and no page scrolls sideways at either width.
 */
class TrainingBrowserTest {
  @TempDir static Path data;
  private static FlowbookServer server;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    driver = Chromium.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    server = TestServer.start(data);
    Library lib = server.library();
    lib.setOrganization(
        Library.SYSTEM,
        lib.organizationSource()
            + "\nperson: Ines Inköpare\n  e-post: ines@test.se\n  roller: Inköpare\n"
            + "person: Carl Chef\n  e-post: carl@test.se\n  roller: Chef\n");
    lib.users().create("test", "karl", "Karl Approver", AccessRole.APPROVER, TestServer.PASSWORD);
    lib.users().create("test", "ines", "Ines Inköpare", AccessRole.READER, TestServer.PASSWORD);
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

  /** Ines's cell in the purchasing column of the matrix on the page. */
  private static WebElement inesCell() {
    int column = -1;
    var heads = driver.findElements(By.cssSelector("#training-matrix thead th"));
    for (int i = 0; i < heads.size(); i++) {
      if (heads.get(i).getText().startsWith("Inköpsgodkännande")) {
        column = i;
      }
    }
    assertThat(column).isPositive();
    for (WebElement row : driver.findElements(By.cssSelector("#training-matrix tbody tr"))) {
      if (row.findElement(By.cssSelector("th")).getText().equals("Ines Inköpare")) {
        return row.findElements(By.cssSelector("th, td")).get(column);
      }
    }
    throw new AssertionError("no row for Ines");
  }

  @Test
  void theManagerSignsHerOffAndTheMatrixTurnsGreen() throws IOException {
    Chromium.signIn(driver, server, "karl");
    open("/training/matrix");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("training-matrix")));
    assertThat(inesCell().getAttribute("class")).isEqualTo("missing");
    assertThat(inesCell().getText()).isEqualTo("Saknas");
    Chromium.shots(driver, "training-01-matrix");

    open("/training/sign-off");
    new Select(driver.findElement(By.id("person"))).selectByVisibleText("Ines Inköpare");
    new Select(driver.findElement(By.id("process"))).selectByValue("purchase-approval");
    Chromium.shots(driver, "training-02-sign-off");
    driver.findElement(By.id("sign-off")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-off")));
    assertThat(driver.findElement(By.id("signed-off")).getText())
        .contains("Ines Inköpare")
        .contains("purchase-approval");

    open("/training/matrix");
    WebElement cell = inesCell();
    assertThat(cell.getAttribute("class")).isEqualTo("current");
    assertThat(cell.getText()).isEqualTo("Aktuell");
    assertThat(cell.getCssValue("background-color")).isEqualTo("rgba(26, 152, 80, 1)");
    Chromium.shots(driver, "training-03-matrix-green");
    Chromium.signOut(driver);

    Chromium.signIn(driver, server, "ines");
    open("/training");
    WebElement row =
        driver.findElement(By.cssSelector("#my-training tr[data-process='purchase-approval']"));
    assertThat(row.getAttribute("class")).isEqualTo("cell-current");
    assertThat(row.getText()).contains("Aktuell").contains("Karl Approver");
    assertThat(driver.findElement(By.cssSelector("section.curriculum")).getText())
        .contains("Inköpare")
        .contains("Lägg beställning");
    assertThat(driver.findElement(By.id("my-records")).getText()).contains("purchase-approval");
    Chromium.shots(driver, "training-04-mine");
  }
}
