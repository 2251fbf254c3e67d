package kz.gov.dnr.engine;

import static kz.gov.dnr.engine.CommandFields.field;
import static kz.gov.dnr.engine.CommandFields.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.gov.dnr.casefile.steps.FormRefused;
import kz.gov.dnr.casefile.steps.FormRules;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Every user task with a Camunda Form ({@code camunda:formRef}) is completed only when its values keep the form's
 * own rules ({@link FormRules}): a complete listener the engine adds to each such task while it parses a model, after
 * the model's own listeners, so no model can forget it and a decision's rules ({@code DecisionRules}) speak first. A
 * refusal is a {@link FormRefused}: 400 with every problem, the task stays open ({@link OfficerErrorsAnswered}). Each
 * deployed form is read and parsed once (by its definition id, which never changes content), and a task's form is
 * looked up once per command ({@link FormsOfTheCommand}).
 *
 * <p>And through such a task only its form's fields are written ({@link #check}): the engine lets whoever
 * may work a task complete it with any variables, which reach the whole case.
 */
@Component
public class FormRulesHeld extends BeforeCommandCheck {

  private static final Field COMPLETE_TASK = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");
  private static final Field VARIABLES_TASK = field(AbstractVariableCmd.class, "entityId");
  private static final Field SET_VARIABLES = field(AbstractSetVariableCmd.class, "variables");
  private static final Field PATCH_TASK = field(AbstractPatchVariablesCmd.class, "entityId");
  private static final Field PATCH_VARIABLES = field(AbstractPatchVariablesCmd.class, "variables");
  private static final Field PATCH_DELETIONS = field(AbstractPatchVariablesCmd.class, "deletions");
  private static final Field REMOVE_NAMES = field(AbstractRemoveVariableCmd.class, "variableNames");

  private final Map<String, FormRules> byFormDefinition = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new OnEveryFormTask());
    configuration.setCustomPostBPMNParseListeners(listeners);
    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return FormsOfTheCommand.class;
      }

      @Override
      public Session openSession() {
        return new FormsOfTheCommand();
      }
    });
    configuration.setCustomSessionFactories(sessions);
  }

  /**
   * The rules of the task forms one command has looked up: completing a task looks its form up before the command
   * ({@link #check}) and again in the complete listener, and the latest deployed form is a database query.
   */
  static final class FormsOfTheCommand implements Session {
    private final Map<String, FormRules> byTask = new HashMap<>();

    @Override
    public void flush() {
      // holds nothing to write
    }

    @Override
    public void close() {
      byTask.clear();
    }
  }

  /**
   * Through a task with a form, only the form's fields are written: completing it (with or without its form), or
   * setting or removing its variables, with any other name is refused before anything changes. Otherwise a
   * completion or a {@code PUT /task/{id}/variables/…} could set any variable of the case, such as the NSC's answer
   * a decision depends on.
   */
  @Override
  protected void check(Command<?> command) {
    String refusal = null;
    if (command instanceof CompleteTaskCmd) {
      refusal = others(read(command, COMPLETE_TASK), names(read(command, COMPLETE_VARIABLES)));
    } else if (command instanceof SubmitTaskFormCmd) {
      refusal = others(read(command, SUBMIT_TASK), names(read(command, SUBMIT_VARIABLES)));
    } else if (command instanceof SetTaskVariablesCmd) {
      refusal = others(read(command, VARIABLES_TASK), names(read(command, SET_VARIABLES)));
    } else if (command instanceof RemoveTaskVariablesCmd) {
      refusal = others(read(command, VARIABLES_TASK), names(read(command, REMOVE_NAMES)));
    } else if (command instanceof PatchTaskVariablesCmd) {
      List<String> names = new ArrayList<>(names(read(command, PATCH_VARIABLES)));
      names.addAll(names(read(command, PATCH_DELETIONS)));
      refusal = others(read(command, PATCH_TASK), names);
    }
    if (refusal != null) {
      // completing: 400 for the form's refusal; setting or removing a variable the form does not have: 403
      throw command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd ? new FormRefused(refusal)
          : new AuthorizationException(refusal);
    }
  }

  /** The names a command writes or removes: a map's keys or a collection's items. */
  private static List<String> names(Object variables) {
    Collection<?> names = variables instanceof Map<?, ?> map ? map.keySet()
        : variables instanceof Collection<?> c ? c : List.of();
    return names.stream().map(String::valueOf).toList();
  }

  /** What is wrong with writing (or removing) these variables through the task, or null if nothing. */
  private String others(Object taskId, List<String> written) {
    if (written.isEmpty() || taskId == null) {
      return null;
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId.toString());
    if (task == null || task.getTaskDefinition() == null
        || task.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
      return null;
    }
    Set<String> fields = rules(task).keys();
    List<String> others = written.stream().filter(k -> !fields.contains(k)).distinct().sorted().toList();
    return others.isEmpty() ? null : "Бұл тапсырманың формасында жоқ / Нет в форме этой задачи / Not a field of this"
        + " task's form: " + String.join(", ", others) + " (its fields: " + String.join(", ", fields) + ")";
  }

  private final class OnEveryFormTask extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
          && behavior.getTaskDefinition().getCamundaFormDefinitionKey() != null) {
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, FormRulesHeld.this::holdToForm);
      }
    }
  }

  /** The complete listener: the task's values against its form's rules. */
  void holdToForm(DelegateTask task) {
    FormRules rules = rules((TaskEntity) task);
    Map<String, Object> values = new HashMap<>();
    for (String key : rules.keys()) {
      values.put(key, plain(task.getVariableTyped(key, false)));
    }
    List<String> problems = rules.problems(values);
    if (!problems.isEmpty()) {
      throw new FormRefused(problems);
    }
  }

  private FormRules rules(TaskEntity task) {
    Map<String, FormRules> seen = Context.getCommandContext().getSession(FormsOfTheCommand.class).byTask;
    FormRules rules = seen.get(task.getId());
    if (rules == null) {
      rules = lookUp(task);
      seen.put(task.getId(), rules);
    }
    return rules;
  }

  /** The rules of the form the task's model names, as deployed (the latest, or the version the model binds). */
  private FormRules lookUp(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    CamundaFormRefImpl ref = new CamundaFormRefImpl(
        String.valueOf(definition.getCamundaFormDefinitionKey().getValue(task)),
        definition.getCamundaFormDefinitionBinding());
    Expression version = definition.getCamundaFormDefinitionVersion();
    if (version != null) {
      Object v = version.getValue(task);
      ref.setVersion(v == null ? null : Integer.valueOf(v.toString()));
    }
    CamundaFormDefinition form = Context.getCommandContext().runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(ref, task.getProcessDefinition().getDeploymentId()));
    FormRules rules = byFormDefinition.get(form.getId());
    if (rules == null) {
      rules = Context.getCommandContext().runWithoutAuthorization(() -> readForm(form));
      byFormDefinition.put(form.getId(), rules);
    }
    return rules;
  }

  private static FormRules readForm(CamundaFormDefinition form) {
    try (InputStream in = Context.getProcessEngineConfiguration().getRepositoryService()
        .getResourceAsStream(form.getDeploymentId(), form.getResourceName())) {
      return FormRules.of(ProcessJson.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Form " + form.getKey() + " cannot be read", e);
    }
  }

  /** A value as the form holds it: a checklist's JSON array as a list, everything else as it is. */
  private static Object plain(TypedValue value) {
    if (value instanceof JsonValue) {
      String serialized = ProcessJson.text(value);
      if (serialized == null) {
        return null;
      }
      try {
        return ProcessJson.mapper().readValue(serialized, Object.class);
      } catch (IOException e) {
        return serialized;
      }
    }
    if (value instanceof SerializableValue other && !other.isDeserialized()) {
      return other.getValueSerialized(); // an object a client sent in another format: not one of a form's values
    }
    return value == null ? null : value.getValue();
  }
}
