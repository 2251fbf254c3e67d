package kz.gov.dnr.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Cockpit as a supervisor uses it: a case's process instance with its diagram and where it stands. */
public final class Cockpit {

  private final WebDriver driver;
  private final String base;
  private final WebDriverWait wait;

  public Cockpit(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public Cockpit signIn(String username) {
    Webapps.signIn(driver, wait, base, "cockpit", username);
    return this;
  }

  /** Opens the instance view and waits until its diagram is drawn; returns the page's visible text. */
  public String processInstance(String processInstanceId) {
    driver.get(base + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container svg")));
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The ids of the diagram elements Cockpit marks as active (a token waits there). */
  public java.util.List<String> activeElements() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-overlays .badge.instance-count")));
    return driver.findElements(By.cssSelector(".djs-overlays .badge.instance-count")).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.findElement(By.xpath("ancestor::div[@data-container-id][1]")).getAttribute("data-container-id"))
        .distinct().toList();
  }
}
