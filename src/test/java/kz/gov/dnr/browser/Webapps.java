package kz.gov.dnr.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login of Camunda's webapps (one session serves Tasklist, Cockpit and the project's /api/v1). */
final class Webapps {

  static final String DEMO_PASSWORD = "demo";

  private Webapps() {
  }

  /** Scrolls the element to the middle of the window (clear of Tasklist's fixed footer) and clicks it. */
  static void click(WebDriver driver, org.openqa.selenium.WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
    element.click();
  }

  static void signIn(WebDriver driver, WebDriverWait wait, String base, String app, String username) {
    driver.get(base + "/camunda/app/" + app + "/default/");
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")))
        .sendKeys(username);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(DEMO_PASSWORD);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
  }
}
