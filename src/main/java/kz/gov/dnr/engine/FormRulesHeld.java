package kz.gov.dnr.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.gov.dnr.casefile.steps.FormRefused;
import kz.gov.dnr.casefile.steps.FormRules;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Every user task with a Camunda Form ({@code camunda:formRef}) is completed only when its values keep the form's
 * own rules ({@link FormRules}): a complete listener the engine adds to each such task while it parses a model, after
 * the model's own listeners, so no model can forget it and a decision's rules ({@code DecisionRules}) speak first. A
 * refusal is a {@link FormRefused}: 400 with every problem, the task stays open ({@link OfficerErrorsAnswered}). Each
 * deployed form is read and parsed once (by its definition id, which never changes content).
 */
@Component
public class FormRulesHeld extends AbstractProcessEnginePlugin {

  private final Map<String, FormRules> byFormDefinition = new ConcurrentHashMap<>();
  private volatile FeelEngine feel;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new OnEveryFormTask());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private final class OnEveryFormTask extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
          && behavior.getTaskDefinition().getCamundaFormDefinitionKey() != null) {
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, FormRulesHeld.this::check);
      }
    }
  }

  void check(DelegateTask task) {
    FormRules rules = rules((TaskEntity) task);
    Map<String, Object> values = new HashMap<>();
    for (String key : rules.keys()) {
      values.put(key, plain(task.getVariableTyped(key)));
    }
    List<String> problems = rules.problems(values, feel());
    if (!problems.isEmpty()) {
      throw new FormRefused(problems);
    }
  }

  private FormRules rules(TaskEntity task) {
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
    return byFormDefinition.computeIfAbsent(form.getId(), id -> read(form));
  }

  private static FormRules read(CamundaFormDefinition form) {
    try (InputStream in = Context.getProcessEngineConfiguration().getRepositoryService()
        .getResourceAsStream(form.getDeploymentId(), form.getResourceName())) {
      return FormRules.of(ProcessJson.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Form " + form.getKey() + " cannot be read", e);
    }
  }

  /** A value as the form holds it: a checklist's JSON array as a list, everything else as it is. */
  private static Object plain(TypedValue value) {
    if (value == null || value.getValue() == null) {
      return null;
    }
    if (value instanceof JsonValue json) {
      String serialized = json.getValueSerialized() != null ? json.getValueSerialized() : json.getValue().toString();
      try {
        return ProcessJson.mapper().readValue(serialized, Object.class);
      } catch (IOException e) {
        return serialized;
      }
    }
    return value.getValue();
  }

  /** The FEEL engine the engine built for DMN at start-up; one of our own only if DMN is switched off. */
  private FeelEngine feel() {
    FeelEngine f = feel;
    if (f == null) {
      var dmn = Context.getProcessEngineConfiguration().getDmnEngineConfiguration();
      f = dmn != null && dmn.getFeelEngine() != null ? dmn.getFeelEngine() : new ScalaFeelEngineFactory().createInstance();
      feel = f;
    }
    return f;
  }
}
