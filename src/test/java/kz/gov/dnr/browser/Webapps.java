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

  /**
   * Scrolls the element to the middle of the window (clear of Tasklist's fixed footer) and clicks it. A
   * tooltip left over from the last hover may lie over it for a moment: then the click is tried again.
   */
  static void click(WebDriver driver, org.openqa.selenium.WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
    for (int attempt = 1; ; attempt++) {
      try {
        element.click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException e) {
        if (attempt == 10) {
          throw e;
        }
        new org.openqa.selenium.interactions.Actions(driver).moveByOffset(0, 0).perform();
        sleep(300);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void signIn(WebDriver driver, WebDriverWait wait, String base, String app, String username) {
    String refused = attemptSignIn(driver, wait, base, app, username);
    if (refused != null) {
      // Seen once in CI: a demo user refused with the right password, the form re-rendered while typing. The
      // engine then holds the account back a few seconds (login throttling) before it may try again.
      sleep(8_000);
      refused = attemptSignIn(driver, wait, base, app, username);
    }
    if (refused != null) {
      throw new AssertionError(username + " could not log in to " + app + ": " + refused);
    }
  }

  /**
   * Logs in after logging out whoever was; returns null when in, else the webapp's error message. A page
   * that is still bootstrapping when the form is sent (seen once on a fresh browser profile) gets a second
   * attempt.
   */
  static String attemptSignIn(WebDriver driver, WebDriverWait wait, String base, String app, String username) {
    try {
      return signInOnce(driver, wait, base, app, username);
    } catch (org.openqa.selenium.TimeoutException e) {
      return signInOnce(driver, wait, base, app, username);
    }
  }

  private static String signInOnce(WebDriver driver, WebDriverWait wait, String base, String app, String username) {
    driver.get(base + "/camunda/app/" + app + "/default/");
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
        .executeScript("return document.readyState")));
    By user = By.cssSelector("input[ng-model='username']");
    By password = By.cssSelector("input[ng-model='password']");
    // Type until the form holds both values: a login view that re-renders while typing loses keys.
    for (int attempt = 1; ; attempt++) {
      org.openqa.selenium.WebElement name = wait.until(ExpectedConditions.elementToBeClickable(user));
      name.clear();
      name.sendKeys(username);
      org.openqa.selenium.WebElement secret = driver.findElement(password);
      secret.clear();
      secret.sendKeys(DEMO_PASSWORD);
      sleep(200);
      if (username.equals(driver.findElement(user).getAttribute("value"))
          && DEMO_PASSWORD.equals(driver.findElement(password).getAttribute("value"))) {
        break;
      }
      if (attempt == 5) {
        throw new AssertionError("the login form of " + app + " kept losing what was typed");
      }
    }
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    By error = By.cssSelector(".notifications .alert-danger, .alert-danger");
    // The first login to a server that just started is slow on two cores: webapp and engine warm up.
    new WebDriverWait(driver, java.time.Duration.ofSeconds(60))
        .withMessage(username + " to be let in to " + app + " or refused").until(ExpectedConditions.or(
        ExpectedConditions.invisibilityOfElementLocated(user),
        ExpectedConditions.visibilityOfElementLocated(error)));
    return driver.findElements(error).stream().filter(e -> e.isDisplayed()).map(e -> e.getText().trim())
        .findFirst().orElse(null);
  }
}
