package kz.gov.dnr.casefile.steps;

import java.util.HashMap;
import java.util.Map;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.engine.ModelProperties;
import kz.gov.dnr.security.DnrGroup;
import kz.gov.dnr.security.TasklistFilters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A state-side deadline was missed (D1, D2, D4, D5, D7, D8): records the breach in the case journal and
 * opens a review task for the supervisors in {@code dnr-escalation}, while the late task stays with its
 * group and the case goes on. Which deadline it is comes from the step's {@code deadline} and
 * {@code deadline.title} properties; the late element is the one the breach timer is attached to. The review
 * form names who answers for the term in words: the late task's group (its display name, beside its id), or
 * what the step's {@code deadline.responsible} property names (a group id, or a body outside the groups).
 */
@Component("deadlineBreach")
@CalledFromModels
public class DeadlineBreach extends CaseDelegate {

  private final CaseJournal journal;

  public DeadlineBreach(CaseJournal journal) {
    this.journal = journal;
  }

  @Override
  protected void run(DelegateExecution execution) {
    ServiceTask step = (ServiceTask) execution.getBpmnModelElementInstance();
    String deadline = ModelProperties.require(step, "deadline");
    String title = ModelProperties.require(step, "deadline.title");
    Activity late = lateActivity(step);
    String group = late instanceof UserTask u ? u.getCamundaCandidateGroups() : null;
    // Who answers for a term that is no group's task (the NSC's answer, the whole consideration): the step says.
    String responsible = ModelProperties.get(step, "deadline.responsible").orElse(group);
    if (group == null && responsible != null && DnrGroup.byId(responsible).isPresent()) {
      group = responsible;
    }
    String dueText = "—";
    if (late instanceof UserTask) {
      Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(late.getId()).singleResult();
      if (task != null && task.getDueDate() != null) {
        dueText = Kazakhstan.DATE_TIME.format(task.getDueDate().toInstant());
      }
    }
    String caseNumber = caseNumber(execution);
    journal.record(caseNumber, "DEADLINE_BREACHED", null, deadline + " " + title + ": " + late.getName()
        + (group == null ? "" : " (" + group + ")") + " was due " + dueText);
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("applicantName", execution.getVariable("applicantName"));
    variables.put("deadlineId", deadline);
    variables.put("deadlineTitle", title);
    variables.put("breachedTaskName", late.getName());
    variables.put("breachedElement", late.getId());
    variables.put("responsibleGroup", group == null ? "—" : group);
    variables.put("responsibleGroupName", responsible == null ? "—" : DnrGroup.displayNames(responsible));
    variables.put("dueAtText", dueText + " (Astana)");
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(TasklistFilters.ESCALATION_PROCESS, caseNumber, variables);
  }

  private static Activity lateActivity(ServiceTask step) {
    for (SequenceFlow in : step.getIncoming()) {
      FlowNode source = in.getSource();
      if (source instanceof BoundaryEvent b) {
        return b.getAttachedTo();
      }
    }
    throw new IllegalStateException(step.getId() + " must follow a breach timer attached to the late task");
  }
}
