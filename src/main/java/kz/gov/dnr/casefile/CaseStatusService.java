package kz.gov.dnr.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * Reads where a case stands from the engine (the source of truth) and the journal; nothing here is kept
 * apart that could drift from the process.
 */
@Service
public class CaseStatusService {

  /** The stage processes of CONTRACT.md, in order. */
  static final List<String> STAGES = List.of("dnr-petition", "dnr-preliminary-approval", "dnr-final-decision",
      "dnr-residence-permit");
  static final String CASE_PROCESS = "dnr-case";
  private static final Pattern DEADLINE_ID = Pattern.compile("^Timer_(D\\d|B\\d)_");

  private final CaseRegistry registry;
  private final CaseJournal journal;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final RepositoryService repository;

  public CaseStatusService(CaseRegistry registry, CaseJournal journal, RuntimeService runtime, TaskService tasks,
      ManagementService management, RepositoryService repository) {
    this.registry = registry;
    this.journal = journal;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.repository = repository;
  }

  /**
   * Where the case stands; {@code showActors}: who took each decision; {@code readsEntry}: which kinds of decision
   * the reader is shown ({@link CaseAccess#readsEntry}).
   */
  public CaseStatus status(CaseRecord c, boolean showActors, Predicate<String> readsEntry) {
    List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber()).list();
    Map<String, ProcessDefinition> definitions = instances.stream().map(ProcessInstance::getProcessDefinitionId).distinct()
        .collect(Collectors.toMap(id -> id, repository::getProcessDefinition));
    CaseStatus.Stage stage = null;
    for (ProcessInstance pi : instances) {
      ProcessDefinition d = definitions.get(pi.getProcessDefinitionId());
      if (STAGES.contains(d.getKey()) && (stage == null || STAGES.indexOf(d.getKey()) > STAGES.indexOf(stage.process()))) {
        stage = new CaseStatus.Stage(d.getKey(), d.getName());
      }
    }
    if (stage == null) {
      stage = instances.stream().map(pi -> definitions.get(pi.getProcessDefinitionId()))
          .filter(d -> CASE_PROCESS.equals(d.getKey())).findFirst()
          .map(d -> new CaseStatus.Stage(d.getKey(), d.getName())).orElse(null);
    }
    List<CaseStatus.Waiting> waiting = new ArrayList<>();
    for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(c.caseNumber()).list()) {
      String group = tasks.getIdentityLinksForTask(t.getId()).stream().filter(l -> IdentityLink.class.isInstance(l)
          && "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId).findFirst().orElse(null);
      waiting.add(new CaseStatus.Waiting(t.getTaskDefinitionKey(), t.getName(), "TASK", group,
          t.getDueDate() == null ? null : t.getDueDate().toInstant()));
    }
    List<CaseStatus.Deadline> deadlines = new ArrayList<>();
    for (ProcessInstance pi : instances) {
      for (EventSubscription s : runtime.createEventSubscriptionQuery().processInstanceId(pi.getId()).eventType("message").list()) {
        waiting.add(new CaseStatus.Waiting(s.getActivityId(), elementName(pi.getProcessDefinitionId(), s.getActivityId()),
            "MESSAGE " + s.getEventName(), null, null));
      }
      for (Job job : management.createJobQuery().processInstanceId(pi.getId()).timers().list()) {
        JobDefinition jd = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        String element = jd == null ? null : jd.getActivityId();
        Matcher m = element == null ? null : DEADLINE_ID.matcher(element);
        deadlines.add(new CaseStatus.Deadline(m != null && m.find() ? m.group(1) : null, element,
            elementName(pi.getProcessDefinitionId(), element), job.getDuedate() == null ? null : job.getDuedate().toInstant()));
      }
    }
    deadlines.sort(Comparator.comparing(CaseStatus.Deadline::endsAt, Comparator.nullsLast(Comparator.naturalOrder())));
    List<CaseStatus.Decision> decisions = journal.entries(c.caseNumber()).stream()
        .filter(e -> readsEntry.test(e.kind()))
        .map(e -> new CaseStatus.Decision(e.at(), e.kind(), showActors ? e.actor() : null, e.summary())).toList();
    return new CaseStatus(c.caseNumber(), c.isOpen() ? "OPEN" : "CLOSED", c.outcome(), c.openedAt(), c.closedAt(), stage,
        waiting, deadlines, decisions);
  }

  private String elementName(String definitionId, String elementId) {
    if (elementId == null) {
      return null;
    }
    FlowElement e = repository.getBpmnModelInstance(definitionId).getModelElementById(elementId);
    return e == null ? null : e.getName();
  }
}
