package kz.gov.dnr.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist as an officer sees it: log in, pick a filter, open a task, claim it, work its form. */
public final class Tasklist {

  /** A task card in the list: its title, the text of the card (case number, applicant) and its due date. */
  public record Card(String name, String text, String due, String dueTooltip) {
  }

  /** A document link of the open task's form. */
  /** A document in the form's list: the link's title, the whole line the officer reads, where it leads. */
  public record DocumentLink(String title, String line, String href) {
  }

  /** What a document link opened: the new tab's address, the type of what it shows and any text on it. */
  public record OpenedDocument(String url, String contentType, String text) {
  }

  private static final By ACTIVE_FILTER =
      By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//h4/a");
  private final WebDriver driver;
  private final String base;
  private final WebDriverWait wait;
  private String user;

  public Tasklist(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public String user() {
    return user;
  }

  /** Logs in with the demo password, after logging out whoever was logged in. */
  public Tasklist signIn(String username) {
    Webapps.signIn(driver, wait, base, "tasklist", username);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasklist-filters], .task-filters")));
    this.user = username;
    return this;
  }

  /** Tries to log in; returns the webapp's refusal, or null if the user got in. */
  public String signInRefused(String username) {
    String refused = Webapps.attemptSignIn(driver, wait, base, "tasklist", username);
    this.user = refused == null ? username : null;
    return refused;
  }

  /** The names of the filters this user may read. */
  public List<String> filters() {
    wait.until(d -> !d.findElements(By.cssSelector(".task-filter")).isEmpty()
        || !d.findElements(By.xpath("//*[contains(normalize-space(),'No filter')]")).isEmpty());
    return driver.findElements(By.cssSelector(".task-filter h4 a")).stream()
        .map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim()).toList();
  }

  /**
   * Opens a filter. A click that lands while the list of the previous filter is still being redrawn is lost
   * (seen once in CI: no error, the old filter stayed active), so an unanswered click is given twice more.
   */
  public Tasklist openFilter(String name) {
    By link = By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),"
        + CamundaForm.xpathLiteral(name) + ")]");
    for (int attempt = 1; ; attempt++) {
      Webapps.click(driver, retryStale(() -> wait.until(ExpectedConditions.elementToBeClickable(link))));
      try {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
            .until(d -> d.findElement(ACTIVE_FILTER).getText().contains(name));
        return this;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** The list's sorting as the page address names it (Tasklist keeps it there), decoded. */
  public String sorting() {
    String url = driver.getCurrentUrl();
    int at = url.indexOf("sorting=");
    if (at < 0) {
      return "";
    }
    String value = url.substring(at + "sorting=".length()).split("&")[0];
    return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The cards of the open filter, as shown (first page). */
  public List<Card> cards() {
    return retryStale(() -> {
      waitForList();
      return driver.findElements(By.cssSelector("ol.tasks-list > li.task")).stream().map(li -> {
        List<WebElement> due = li.findElements(By.cssSelector(".due-date [uib-tooltip], .due-date span[uib-tooltip]"));
        String dueText = li.findElements(By.cssSelector(".due-date")).stream().map(WebElement::getText).findFirst()
            .orElse(null);
        return new Card(li.findElement(By.cssSelector("h4.task a")).getText().trim(),
            li.getAttribute("textContent").replaceAll("\\s+", " "), dueText,
            due.isEmpty() ? null : due.get(0).getAttribute("uib-tooltip"));
      }).toList();
    });
  }

  /**
   * What the task cards do not show in full: a variable's label or value cut short, or a card's variables hidden or
   * faded under its "show more" shutter.
   */
  @SuppressWarnings("unchecked")
  public List<String> cardsCutShort() {
    waitForList();
    return (List<String>) ((JavascriptExecutor) driver).executeScript("""
        const cut = [];
        document.querySelectorAll('ol.tasks-list > li.task .task-card-details').forEach(d => {
          if (d.scrollHeight > d.clientHeight + 1) cut.push('card: ' + d.textContent.replace(/\\s+/g, ' ').trim());
          d.querySelectorAll('.shutter').forEach(s => { if (s.offsetParent !== null) cut.push('shutter'); });
          d.querySelectorAll('.variable-label, .variable-value').forEach(v => {
            if (v.scrollWidth > v.clientWidth + 1 || v.scrollHeight > v.clientHeight + 1) cut.push(v.textContent.trim());
          });
        });
        return cut;
        """);
  }

  /** Opens the card of the case's task, waiting for the list to show it (Tasklist refreshes itself). */
  public Tasklist openTask(String caseNumber, String taskName) {
    By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][contains(normalize-space(.),"
        + CamundaForm.xpathLiteral(caseNumber) + ")]//h4[contains(@class,'task')]/a[normalize-space(.)="
        + CamundaForm.xpathLiteral(taskName) + "]");
    new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
      waitForList();
      if (d.findElements(card).isEmpty()) {
        // not listed yet: pick the filter again, as an officer clicks it to refresh the list
        retryStale(() -> {
          Webapps.click(d, d.findElement(ACTIVE_FILTER));
          return null;
        });
        return false;
      }
      return true;
    });
    retryStale(() -> {
      Webapps.click(driver, driver.findElement(card));
      return null;
    });
    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[contains(@class,'task') and normalize-space(.)="
        + CamundaForm.xpathLiteral(taskName) + "]")));
    return this;
  }

  public Tasklist claim() {
    Webapps.click(driver,
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Claim']"))));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    wait.withMessage("the task to be claimed (the Claim button gives way to the assignee)")
        .until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space(.)='Claim']")));
    return this;
  }

  /**
   * The open task's History tab as the user reads it, newest first: each entry's time, user and operation with
   * what it changed. Then back to the Form tab, which Tasklist would otherwise keep open for the next task.
   */
  public List<String> history() {
    Webapps.click(driver, wait.until(ExpectedConditions.elementToBeClickable(tab("History"))));
    List<WebElement> entries = wait.withMessage("the History tab's entries").until(d -> {
      List<WebElement> shown = d.findElements(By.cssSelector(".history-pane .instant"));
      return shown.isEmpty() ? null : shown;
    });
    List<String> read = entries.stream().map(e -> e.getText().replaceAll("\\s+", " ").trim()).toList();
    Webapps.click(driver, wait.withMessage("the Form tab").until(ExpectedConditions.elementToBeClickable(tab("Form"))));
    return read;
  }

  private static By tab(String label) {
    return By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)=" + CamundaForm.xpathLiteral(label) + "]");
  }

  /**
   * Sets the open task's follow-up date as an officer does: "Set follow-up date", the date picker's proposal
   * (now), apply. Returns the error Tasklist shows, or null when it took it.
   */
  public String setFollowUpDate() {
    Webapps.click(driver, wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[cam-tasklist-task-meta] .followup-date"))));
    By apply = By.cssSelector("button[ng-click^='applyChange']");
    Webapps.click(driver, wait.withMessage("the date picker's apply button")
        .until(ExpectedConditions.elementToBeClickable(apply)));
    wait.withMessage("Tasklist to take the date or show an error")
        .until(d -> !d.findElements(By.cssSelector(".notifications .alert-danger")).isEmpty()
            || d.findElements(apply).isEmpty());
    List<WebElement> errors = driver.findElements(By.cssSelector(".notifications .alert-danger"));
    return errors.isEmpty() ? null : errors.get(0).getText().replace("×", "").replaceAll("\\s+", " ").trim();
  }

  /** The actions Tasklist's header shows ("Start process", "Create task", ...). */
  public List<String> headerActions() {
    return driver.findElements(By.cssSelector("[ng-controller=camHeaderViewsCtrl] li a")).stream()
        .filter(WebElement::isDisplayed).map(a -> a.getText().trim()).filter(t -> !t.isEmpty()).toList();
  }

  /** The actions Tasklist put in its header, shown or not, by their view id ("start-process-action", ...). */
  public List<String> headerActionsPresent() {
    return driver.findElements(By.cssSelector("[ng-controller=camHeaderViewsCtrl] li[class*='-action']")).stream()
        .flatMap(li -> java.util.Arrays.stream(li.getAttribute("class").split("\\s+"))).filter(c -> c.endsWith("-action"))
        .toList();
  }

  /** Camunda's banner urging a migration to Camunda 8: whether Tasklist put it in the page, and whether it shows. */
  public List<Boolean> migrationBanner() {
    return driver.findElements(By.cssSelector(".ce-eol-banner")).stream().map(WebElement::isDisplayed).toList();
  }

  /** Whether the open task offers "Add Comment" (Tasklist's comment action). */
  public boolean offersComments() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    return driver.findElements(By.cssSelector(".createCommentLink")).stream().anyMatch(WebElement::isDisplayed);
  }

  /** The document links the form of the open task shows. */
  public List<DocumentLink> documentLinks() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    return driver.findElements(By.cssSelector(".fjs-form a[target='_blank'][href*='/documents/']")).stream()
        .map(a -> new DocumentLink(a.getText().trim(), a.findElement(By.xpath("./ancestor::li[1]")).getText().trim(),
            a.getAttribute("href"))).toList();
  }

  /** What the form of the open task reads, as the officer sees it. */
  public String formText() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form"))).getText();
  }

  /** Clicks a document link like an officer: it opens in a new tab, which is read and closed again. */
  public OpenedDocument open(DocumentLink link) {
    String task = driver.getWindowHandle();
    Set<String> before = driver.getWindowHandles();
    Webapps.click(driver, driver.findElement(By.cssSelector(".fjs-form a[href='" + link.href().substring(base.length())
        + "']")));
    String tab = wait.until(d -> d.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst()
        .orElse(null));
    driver.switchTo().window(tab);
    try {
      wait.until(d -> d.getCurrentUrl().startsWith(base + "/api/v1/"));
      wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
      JavascriptExecutor js = (JavascriptExecutor) driver;
      return new OpenedDocument(driver.getCurrentUrl(), (String) js.executeScript("return document.contentType"),
          (String) js.executeScript("return document.body ? document.body.innerText.substring(0, 300) : ''"));
    } finally {
      driver.close();
      driver.switchTo().window(task);
    }
  }

  /**
   * Reads a document with the officer's session as the browser does and returns its status, type and
   * SHA-256, computed in the page.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> fetch(String href) {
    return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
          const bytes = await r.arrayBuffer();
          const digest = await crypto.subtle.digest('SHA-256', bytes);
          done({status: r.status, type: r.headers.get('content-type'),
                sha256: Array.from(new Uint8Array(digest)).map(b => b.toString(16).padStart(2, '0')).join('')});
        }).catch(e => done({status: -1, type: String(e), sha256: ''}));
        """, href);
  }

  public Tasklist fill(String formId, Map<String, Object> values) {
    CamundaForm.load(formId).fill(driver, values);
    return this;
  }

  /**
   * The labels of the open form (fields, options, checkboxes) that the form's width cuts off: form-js draws a label
   * on one line and hides what does not fit, and the forms' labels are in three languages.
   */
  @SuppressWarnings("unchecked")
  public List<String> clippedLabels() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    return (List<String>) ((JavascriptExecutor) driver).executeScript("""
        return [...document.querySelectorAll('.fjs-form .fjs-form-field-label')]
          .filter(l => l.offsetParent !== null && l.scrollWidth > l.clientWidth + 1)
          .map(l => l.textContent.trim());
        """);
  }

  /** Clicks Complete; Tasklist submits the form and leaves the task. */
  public Tasklist complete() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Complete']")));
    Webapps.click(driver, button);
    wait.until(ExpectedConditions.or(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")),
        ExpectedConditions.stalenessOf(button)));
    return this;
  }

  /**
   * Clicks Complete on a form the server refuses: returns the error Tasklist shows the officer, once the form is
   * still there to be corrected.
   */
  public String completeRefused() {
    Webapps.click(driver, wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[normalize-space(.)='Complete']"))));
    WebElement shown = wait.withMessage("Tasklist to show why the form was refused").until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert-danger")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    String text = shown.getText().replace("×", "").replaceAll("\\s+", " ").trim();
    // read, the officer closes it: it lies over the form's buttons
    Webapps.click(driver, shown.findElement(By.cssSelector("button.close[ng-click^='removeNotification']")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".notifications .alert-danger")));
    return text;
  }

  private void waitForList() {
    wait.until(d -> d.findElements(By.cssSelector("[cam-tasks] .loader:not(.ng-hide)")).isEmpty());
  }

  private static <T> T retryStale(java.util.function.Supplier<T> action) {
    for (int i = 0; ; i++) {
      try {
        return action.get();
      } catch (StaleElementReferenceException e) {
        if (i == 5) {
          throw e;
        }
      }
    }
  }
}
