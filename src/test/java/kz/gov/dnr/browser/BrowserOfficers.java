package kz.gov.dnr.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.StoredDocument;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.Officers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The officers of a journey working in Tasklist: the demo user logs in, finds the case's task in the
 * group's open-tasks filter, claims it, opens a document of the case from the form (it must open in a new
 * tab and read back byte for byte), fills the Camunda Form, sees every label of it in full, and completes it.
 * Then, like the job executor, the test runs the case's due jobs.
 */
public final class BrowserOfficers implements Officers {

  private final Tasklist tasklist;
  private final CaseDriver cases;
  private final ProcessEngine engine;
  private final DocumentStore store;

  public BrowserOfficers(Tasklist tasklist, CaseDriver cases, ProcessEngine engine, DocumentStore store) {
    this.tasklist = tasklist;
    this.cases = cases;
    this.engine = engine;
    this.store = store;
  }

  @Override
  public void complete(String caseNumber, String taskKey, String user, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).initializeFormKeys().singleResult();
    assertThat(task).as("open task %s of %s", taskKey, caseNumber).isNotNull();
    if (!user.equals(tasklist.user())) {
      tasklist.signIn(user);
    }
    String filter = tasklist.filters().stream().filter(f -> f.contains("open tasks") || f.contains("escalations"))
        .findFirst().orElseThrow(() -> new AssertionError(user + " has no open-tasks filter"));
    tasklist.openFilter(filter).openTask(caseNumber, task.getName()).claim();
    openADocument(caseNumber);
    String form = tasklist.formText();
    assertThat(form).as("dates as officers read them (dd.MM.yyyy), in the %s form", taskKey)
        .doesNotContainPattern("(Date of birth: |valid until )\\d{4}-\\d{2}-\\d{2}");
    if (form.contains("Date of birth")) {
      assertThat(form).containsPattern("Date of birth: \\d{2}\\.\\d{2}\\.\\d{4}\\b");
    }
    tasklist.fill(task.getCamundaFormRef().getKey(), values);
    assertThat(tasklist.clippedLabels()).as("every label of the %s form reads in full", taskKey).isEmpty();
    tasklist.complete();
    awaitCompleted(task.getId());
    cases.runJobs(caseNumber);
  }

  /** Opens the first document link of the form and checks it is the stored file. */
  void openADocument(String caseNumber) {
    List<Tasklist.DocumentLink> links = tasklist.documentLinks();
    assertThat(links).as("the form links the documents of %s", caseNumber).isNotEmpty();
    Tasklist.DocumentLink link = links.get(0);
    Tasklist.OpenedDocument opened = tasklist.open(link);
    assertThat(opened.url()).isEqualTo(link.href());
    assertThat(opened.contentType()).as("the new tab shows the file, not: %s", opened.text())
        .isIn("application/pdf", "image/jpeg", "image/png");
    Map<String, Object> read = tasklist.fetch(link.href());
    assertThat(read.get("status")).isEqualTo(200L);
    long id = Long.parseLong(link.href().substring(link.href().lastIndexOf('/') + 1));
    StoredDocument stored = store.find(caseNumber, id).orElseThrow();
    assertThat(read.get("sha256")).as("the file read in the browser is the stored one").isEqualTo(stored.sha256());
    assertThat(links).as("each document shown with when it came, in Kazakhstan time, to tell copies of one kind apart")
        .allSatisfy(l -> assertThat(l.line()).matches(Pattern.quote(l.title())
            + " · \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}"));
    assertThat(link.line()).endsWith(" · " + Kazakhstan.DATE_TIME.format(stored.createdAt()));
  }

  /** Waits (up to 20 s) for the task Tasklist was told to complete to be gone from the engine. */
  void awaitCompleted(String taskId) {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    while (engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("Tasklist did not complete task " + taskId);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
