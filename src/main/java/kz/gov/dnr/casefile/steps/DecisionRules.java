package kz.gov.dnr.casefile.steps;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.RefusalReason;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.engine.ModelProperties;
import kz.gov.dnr.engine.ProcessJson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * On completing a decision task: the decision is one the model allows, a refusal carries at least one
 * reason from the list and a free-text explanation, and a decision that needs a condition has it (an
 * approval only after the NSC approved). A form that breaks a rule is refused ({@link FormRefused}) with every
 * problem at once, each naming the field by its label in the form; the task stays open. An accepted decision is
 * written to the case journal (R0.4) with who took it.
 *
 * <p>The rules are the task's {@code camunda:properties}, readable in Modeler: {@code decision.variable},
 * {@code decision.values}, {@code decision.needs-reasons}, {@code decision.reasons}, {@code decision.comment},
 * {@code decision.requires.<VALUE>} (variables that must be true, comma-separated), {@code decision.requires-text.<VALUE>} (a field
 * that must be filled in), {@code label.<variable>} (what to call a required variable that is no form field),
 * {@code journal.kind}.
 */
@Component("decisionRules")
@CalledFromModels
public class DecisionRules implements TaskListener {

  private final CaseJournal journal;

  public DecisionRules(CaseJournal journal) {
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    UserTask model = (UserTask) task.getBpmnModelElementInstance();
    String decisionVariable = ModelProperties.require(model, "decision.variable");
    Set<String> allowed = split(ModelProperties.require(model, "decision.values"));
    Set<String> needsReasons = split(ModelProperties.get(model, "decision.needs-reasons").orElse(""));
    Object value = task.getVariable(decisionVariable);
    String decision = value == null ? null : value.toString();
    List<String> problems = new ArrayList<>();
    List<String> reasons = List.of();
    String comment = null;
    if (decision == null || !allowed.contains(decision)) {
      problems.add("Шешімді таңдаңыз / Выберите решение / Choose a decision (" + String.join(", ", allowed) + ")");
    } else {
      if (needsReasons.contains(decision)) {
        String reasonsVariable = ModelProperties.require(model, "decision.reasons");
        String commentVariable = ModelProperties.require(model, "decision.comment");
        try {
          reasons = FormValues.strings(task, reasonsVariable);
          if (reasons.isEmpty()) {
            problems.add("Тізімнен кемінде бір себеп таңдаңыз / Выберите хотя бы одну причину из списка"
                + " / Choose at least one reason from the list");
          }
        } catch (IllegalStateException notAList) {
          String example = "[\"" + RefusalReason.values()[0].name() + "\"]";
          problems.add("Себептер кодтар тізімі болуы керек / Причины должны быть списком кодов / The reasons must be"
              + " a list of reason codes, e.g. " + example);
        }
        Object c = task.getVariable(commentVariable);
        comment = c == null ? null : c.toString().trim();
        List<String> unknown = reasons.stream().filter(r -> RefusalReason.byName(r).isEmpty()).toList();
        if (!unknown.isEmpty()) {
          problems.add("Белгісіз себептер / Неизвестные причины / Unknown reasons: " + unknown);
        }
        if (comment == null || comment.length() < 10) {
          problems.add("Себепті мәтінмен түсіндіріңіз / Поясните причину текстом (не менее 10 символов)"
              + " / Explain the reason in words (at least 10 characters)");
        }
      }
      FieldLabels labels = new FieldLabels(task, model);
      ModelProperties.get(model, "decision.requires-text." + decision).ifPresent(fields -> {
        for (String field : split(fields)) {
          String text = FormValues.text(task, field);
          if (text == null || text.isBlank()) {
            problems.add(FormRules.FILL_IN + labels.of(field));
          }
        }
      });
      ModelProperties.get(model, "decision.requires." + decision).ifPresent(conditions -> {
        for (String condition : split(conditions)) {
          if (!Boolean.TRUE.equals(task.getVariable(condition))) {
            problems.add("Бұл шешімге қажет / Для этого решения требуется / This decision requires: "
                + labels.of(condition));
          }
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new FormRefused(problems);
    }
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = user == null ? null : user.getUserId();
    journal.record(task.getExecution().getProcessBusinessKey(),
        ModelProperties.get(model, "journal.kind").orElse(task.getTaskDefinitionKey()),
        actor != null ? actor : task.getAssignee(),
        task.getName() + ": " + decision + (reasons.isEmpty() ? "" : " — " + String.join(", ", reasons))
            + (comment == null ? "" : " — " + comment));
  }

  /**
   * What the officer knows a variable by: its label in the task's Camunda Form, else the model's
   * {@code label.<variable>} property (a condition that is no field, such as the NSC's approval), else its name.
   * Read only when a form is refused.
   */
  static final class FieldLabels {
    private final DelegateTask task;
    private final UserTask model;
    private Map<String, String> formLabels;

    FieldLabels(DelegateTask task, UserTask model) {
      this.task = task;
      this.model = model;
    }

    String of(String variable) {
      if (formLabels == null) {
        formLabels = formLabels(task);
      }
      String label = formLabels.get(variable);
      return label != null ? label : ModelProperties.get(model, "label." + variable).orElse(variable);
    }

    private static Map<String, String> formLabels(DelegateTask task) {
      try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
        return FormRules.of(ProcessJson.mapper().readTree(form)).labels();
      } catch (IOException | RuntimeException e) {
        // no Camunda Form, or one that cannot be read: the model's labels and the names still serve
        return Map.of();
      }
    }
  }

  private static Set<String> split(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
