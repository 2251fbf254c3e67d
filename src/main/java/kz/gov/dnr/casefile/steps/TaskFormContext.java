package kz.gov.dnr.casefile.steps;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.OfficerStages;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.engine.ProcessJson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * On every user task's creation: gives the task its case's documents as a local variable
 * {@code documents} (title, code, link, and when it was received or generated, in Kazakhstan time, which tells a
 * passport copy of stage 1 from that of a later application), so the form lists them and an officer opens any
 * with one click: those the task's group reads (R0.4, {@link OfficerStages}).
 * The documents stay in the store; the task holds links.
 *
 * <p>It also copies the case number and the applicant's name onto the task, so the Tasklist cards of
 * the group's filters show them: an officer may read the task (candidate group), not the whole process
 * instance, and Tasklist reads card variables with the officer's own rights. The copies are not written to
 * history ({@link kz.gov.dnr.engine.FormCopiesOutOfHistory}).
 */
@Component("taskFormContext")
@CalledFromModels
public class TaskFormContext implements TaskListener {

  static final String DOCUMENTS = "documents";
  static final String CASE_NUMBER = "caseNumber";
  static final String APPLICANT_NAME = "applicantName";
  /** The task-local variables set here: copies, kept out of history ({@code FormCopiesOutOfHistory}). */
  public static final Set<String> TASK_COPIES = Set.of(DOCUMENTS, CASE_NUMBER, APPLICANT_NAME);

  private final DocumentStore store;

  public TaskFormContext(DocumentStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    Set<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Predicate<String> linked = OfficerStages.linkedInTask(groups);
    List<Map<String, String>> documents = store.list(caseNumber).stream()
        .filter(d -> linked.test(d.code()))
        .map(d -> Map.of("title", UploadedDocument.titleOf(d.code(), d.source()), "code", d.code(), "url", d.url(),
            "source", d.source().name(), "received", Kazakhstan.DATE_TIME.format(d.createdAt())))
        .toList();
    task.setVariableLocal(DOCUMENTS, ProcessJson.of(documents));
    task.setVariableLocal(CASE_NUMBER, caseNumber);
    task.setVariableLocal(APPLICANT_NAME, task.getVariable(APPLICANT_NAME));
  }
}
