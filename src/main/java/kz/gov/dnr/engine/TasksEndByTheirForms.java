package kz.gov.dnr.engine;

import static kz.gov.dnr.engine.CommandFields.field;
import static kz.gov.dnr.engine.CommandFields.read;

import java.lang.reflect.Field;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A user task ends by its form (and the rules held on it), not by a BPMN error or escalation thrown at it through
 * the REST API ({@code POST /task/{id}/bpmnError}, {@code …/bpmnEscalation}), which whoever may work the task may
 * call. Nothing in our models catches either: the engine answered with a 500 and an error in its log, and an
 * engine configured to end an execution on an uncaught error would end the stage unscreened. Both are refused (403,
 * saying why) before anything runs, unless the model attaches a boundary event of that kind to the task, which none
 * of ours does; an analyst who models one makes the call possible for that task.
 */
@Component
public class TasksEndByTheirForms extends BeforeCommandCheck {

  private static final Field ERROR_TASK = field(HandleTaskBpmnErrorCmd.class, "taskId");
  private static final Field ESCALATION_TASK = field(HandleTaskEscalationCmd.class, "taskId");

  @Override
  protected void check(Command<?> command) {
    if (command instanceof HandleTaskBpmnErrorCmd) {
      refuseUnlessCaught(read(command, ERROR_TASK), ErrorEventDefinition.class::isInstance, "BPMN error");
    } else if (command instanceof HandleTaskEscalationCmd) {
      refuseUnlessCaught(read(command, ESCALATION_TASK), EscalationEventDefinition.class::isInstance, "escalation");
    }
  }

  private static void refuseUnlessCaught(Object taskId, Predicate<EventDefinition> kind, String what) {
    TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId.toString());
    UserTask userTask = task == null ? null : task.getBpmnModelElementInstance();
    if (userTask == null) {
      return;
    }
    boolean caught = userTask.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
        .filter(b -> b.getAttachedTo() == userTask)
        .anyMatch(b -> b.getEventDefinitions().stream().anyMatch(kind));
    if (!caught) {
      throw new AuthorizationException("Тапсырма өз формасымен аяқталады / Задача завершается своей формой / The task"
          + " ends by its form: no " + what + " is modelled on " + task.getTaskDefinitionKey());
    }
  }
}
