package kz.gov.dnr.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.gov.dnr.casefile.RefusalReason;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * A decision task's rules (its {@code camunda:properties}, enforced by {@code DecisionRules}) and its Camunda Form
 * are edited apart, the model in Modeler and the form in the form editor; this finds where they no longer agree:
 * the decision's field and its choices, the reasons and explanation fields (every reason worded for the applicant's
 * documents), the fields a decision requires, the values the gateways after it test. A field renamed in the form alone would otherwise refuse every completion (its
 * value never arrives) or send every case down one path. Each problem is one line naming the task and the field.
 */
final class DecisionForms {

  private static final Pattern TEST = Pattern.compile("(\\w+)\\s*==\\s*[\"']([A-Za-z_]+)[\"']");

  private DecisionForms() {
  }

  static List<String> problems(BpmnModelInstance model, Function<String, JsonNode> forms) {
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> decisionValues = new LinkedHashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Map<String, String> rules = properties(task);
      String variable = rules.get("decision.variable");
      if (variable == null) {
        continue;
      }
      String at = task.getId() + " (form " + task.getCamundaFormRef() + ")";
      Map<String, JsonNode> fields = fields(forms.apply(task.getCamundaFormRef()));
      Set<String> values = split(rules.get("decision.values"));
      decisionValues.put(variable, values);

      JsonNode decision = fields.get(variable);
      if (decision == null) {
        problems.add(at + ": the decision field " + variable + " is not in the form");
      } else if (decision.has("values")) {
        Set<String> offered = new LinkedHashSet<>();
        decision.get("values").forEach(v -> offered.add(v.path("value").asText()));
        if (!offered.equals(values)) {
          problems.add(at + ": the form offers " + offered + " for " + variable + ", the rules know " + values);
        }
      }
      for (String needsReasons : split(rules.get("decision.needs-reasons"))) {
        if (!values.contains(needsReasons)) {
          problems.add(at + ": decision.needs-reasons names " + needsReasons + ", which is not a decision");
        }
      }
      for (String key : List.of("decision.reasons", "decision.comment")) {
        String field = rules.get(key);
        if (field != null && !fields.containsKey(field)) {
          problems.add(at + ": " + key + " names " + field + ", which is not in the form");
        }
      }
      JsonNode reasons = rules.containsKey("decision.reasons") ? fields.get(rules.get("decision.reasons")) : null;
      if (reasons != null) {
        reasons.path("values").forEach(v -> {
          if (RefusalReason.byName(v.path("value").asText()).isEmpty()) {
            problems.add(at + ": the reason " + v.path("value").asText() + " has no wording for the applicant's"
                + " documents (RefusalReason) and the server would refuse it");
          }
        });
      }
      rules.forEach((name, value) -> {
        if (name.startsWith("decision.requires.") || name.startsWith("decision.requires-text.")) {
          String forDecision = name.substring(name.lastIndexOf('.') + 1);
          if (!values.contains(forDecision)) {
            problems.add(at + ": " + name + " is for " + forDecision + ", which is not a decision");
          }
          for (String field : split(value)) {
            if (!fields.containsKey(field) && !rules.containsKey("label." + field)) {
              problems.add(at + ": " + name + " requires " + field
                  + ", which is neither in the form nor labelled in the model (label." + field + ")");
            }
          }
        }
      });
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      ConditionExpression condition = flow.getConditionExpression();
      if (condition == null) {
        continue;
      }
      Matcher m = TEST.matcher(condition.getTextContent());
      while (m.find()) {
        Set<String> values = decisionValues.get(m.group(1));
        if (values != null && !values.contains(m.group(2))) {
          problems.add(flow.getId() + " tests " + m.group(1) + " == " + m.group(2) + ", which is not a decision ("
              + values + ")");
        }
      }
    }
    return problems;
  }

  private static Map<String, String> properties(UserTask task) {
    Map<String, String> rules = new LinkedHashMap<>();
    if (task.getExtensionElements() != null) {
      task.getExtensionElements().getElementsQuery().filterByType(
              org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list()
          .forEach(ps -> ps.getCamundaProperties().forEach((CamundaProperty p) -> rules.put(p.getCamundaName(),
              p.getCamundaValue())));
    }
    return rules;
  }

  private static final Pattern WORDED = Pattern.compile("\\{\\{#if (\\w+) = \"([^\"]*)\"\\}\\}(.*?)\\{\\{/if\\}\\}");

  /**
   * Where a form shows an officer's earlier choice (a select, radio or checklist of any form) as its code instead of
   * in the words of the form that offered it: a text printing {@code {{field}}}, or a text wording the choice's codes
   * with {@code {{#if field = "CODE"}}words{{/if}}} whose words differ from the offering form's label or which leaves
   * one of its codes out (it would print nothing).
   */
  static List<String> choicesShownAsCodes(Map<String, JsonNode> formsByName) {
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    formsByName.values().forEach(form -> fields(form).forEach((key, field) -> field.path("values").forEach(v ->
        labels.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(v.path("value").asText(), v.path("label").asText()))));
    List<String> problems = new ArrayList<>();
    formsByName.forEach((name, form) -> texts(form.path("components"), text -> {
      labels.forEach((key, words) -> {
        if (text.contains("{{" + key + "}}")) {
          problems.add("form " + name + " shows " + key + " as its code; word it: {{#if " + key + " = \"CODE\"}}label{{/if}}");
        }
      });
      Map<String, Set<String>> worded = new LinkedHashMap<>();
      Matcher m = WORDED.matcher(text);
      while (m.find()) {
        Map<String, String> offered = labels.get(m.group(1));
        if (offered == null) {
          continue;
        }
        worded.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(m.group(2));
        if (!m.group(3).equals(offered.get(m.group(2)))) {
          problems.add("form " + name + " words " + m.group(1) + " = " + m.group(2) + " as '" + m.group(3)
              + "', the form offering it as '" + offered.get(m.group(2)) + "'");
        }
      }
      worded.forEach((key, codes) -> {
        if (!codes.containsAll(labels.get(key).keySet())) {
          problems.add("form " + name + " words " + key + " for " + codes + " only, not for all of "
              + labels.get(key).keySet());
        }
      });
    }));
    return problems;
  }

  private static void texts(JsonNode components, java.util.function.Consumer<String> each) {
    for (JsonNode c : components) {
      if ("text".equals(c.path("type").asText())) {
        each.accept(c.path("text").asText());
      }
      texts(c.path("components"), each);
    }
  }

  /** The form's fields by key, nested groups included. */
  static Map<String, JsonNode> fields(JsonNode form) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key")) {
        fields.put(c.get("key").asText(), c);
      }
      collect(c.path("components"), fields);
    }
  }

  private static Set<String> split(String list) {
    Set<String> out = new LinkedHashSet<>();
    if (list != null) {
      Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
