package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.gov.dnr.casefile.CaseOutcome;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

/**
 * The element templates analysts get in Camunda Modeler ({@code processes/.camunda/element-templates}): a step is
 * chosen from a list by its name instead of typed as a bean name, and a deadline, a record check or a case's outcome
 * is set in fields of its own. These tests keep the templates, the models and the code in step: every step the
 * application has is offered and nothing else, every service task and every end of a case shows in Modeler
 * through its template, and what a templated element holds is what its template would have written. (The
 * templates' JSON schema is checked in {@code .ci/run}, as Modeler checks it when it loads them.)
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates", "dnr-steps.json");
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  record Template(String id, int version, JsonNode json) {
    List<JsonNode> properties() {
      List<JsonNode> all = new ArrayList<>();
      json.get("properties").forEach(all::add);
      return all;
    }

    Optional<JsonNode> bound(String type, String name) {
      return properties().stream().filter(p -> type.equals(p.at("/binding/type").asText())
          && (name == null || name.equals(p.at("/binding/name").asText()))).findFirst();
    }

    /** The values a property may take: its choices, or its fixed value. */
    Set<String> offered(JsonNode property) {
      if (property.has("choices")) {
        Set<String> values = new HashSet<>();
        property.get("choices").forEach(c -> values.add(c.get("value").asText()));
        return values;
      }
      return Set.of(property.get("value").asText());
    }
  }

  static Map<String, Template> templates() throws Exception {
    Map<String, Template> byId = new LinkedHashMap<>();
    for (JsonNode t : new ObjectMapper().readTree(TEMPLATES.toFile())) {
      byId.put(t.get("id").asText(), new Template(t.get("id").asText(), t.get("version").asInt(), t));
    }
    return byId;
  }

  static String templateOf(BaseElement element) {
    return element.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
  }

  static String processOf(BaseElement element) {
    var parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return ((Process) parent).getId();
  }

  /** The value a property's binding reads on an element, as Modeler would show it; null where it is not set. */
  static String valueOn(BaseElement element, JsonNode property) {
    String name = property.at("/binding/name").asText();
    return switch (property.at("/binding/type").asText()) {
      case "property" -> element.getAttributeValueNs(CAMUNDA_NS, name.replace("camunda:", ""));
      case "camunda:property" -> ModelProperties.get(element, name).orElse(null);
      case "camunda:executionListener" -> element.getExtensionElements() == null ? null
          : element.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
              .stream().filter(l -> property.at("/binding/event").asText().equals(l.getCamundaEvent()))
              .map(CamundaExecutionListener::getCamundaDelegateExpression).findFirst().orElse(null);
      default -> throw new AssertionError("a binding this test does not read: " + property.get("binding"));
    };
  }

  @Test
  void everyServiceTaskAndEveryEndOfACaseShowsInModelerThroughOneOfOurTemplates() throws Exception {
    Map<String, Template> templates = templates();
    for (BpmnModelInstance model : ModelConventionsTest.models()) {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String id = templateOf(task);
        assertThat(id).as(processOf(task) + " " + task.getId() + ": a service task carries one of our templates")
            .isIn(templates.keySet().stream().filter(t -> !t.equals("kz.gov.dnr.CaseOutcome")).toList());
        assertThat(task.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion"))
            .as(task.getId() + ": the template's version").isEqualTo(String.valueOf(templates.get(id).version()));
      }
      for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
        boolean closesTheCase = ModelProperties.get(end, "outcome").isPresent();
        assertThat("kz.gov.dnr.CaseOutcome".equals(templateOf(end))).as(processOf(end) + " " + end.getId()
            + ": an end with an outcome closes the case, and carries the case outcome template").isEqualTo(closesTheCase);
      }
    }
  }

  @Test
  void aTemplatedElementHoldsWhatItsTemplateWouldHaveWritten() throws Exception {
    Map<String, Template> templates = templates();
    int checked = 0;
    for (BpmnModelInstance model : ModelConventionsTest.models()) {
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        String id = templateOf(element);
        if (id == null) {
          continue;
        }
        assertThat(templates).as(element.getId() + " names a template that exists").containsKey(id);
        Template template = templates.get(id);
        for (JsonNode property : template.properties()) {
          String where = processOf(element) + " " + element.getId() + ", " + property.at("/binding/name").asText()
              + property.at("/binding/event").asText() + " of " + id;
          String value = valueOn(element, property);
          if (property.at("/constraints/notEmpty").asBoolean() || !"String".equals(property.path("type").asText())) {
            assertThat(value).as(where + ": set").isNotBlank();
          }
          if (value != null && !"String".equals(property.path("type").asText())) {
            assertThat(value).as(where + ": a value the template offers").isIn(template.offered(property));
          }
        }
        checked++;
      }
    }
    assertThat(checked).as("templated elements in the models").isGreaterThan(40);
  }

  @Test
  void theTemplatesOfferEveryStepTheApplicationHasAndNothingElse() throws Exception {
    Set<String> offered = new TreeSet<>();
    Set<String> listeners = new TreeSet<>();
    for (Template t : templates().values()) {
      t.bound("property", "camunda:delegateExpression").ifPresent(p -> offered.addAll(beans(t.offered(p))));
      t.bound("camunda:executionListener", null).ifPresent(p -> listeners.addAll(beans(t.offered(p))));
    }
    Map<String, Class<?>> beans = ModelConventionsTest.modelBeanClasses();
    Set<String> steps = beans.entrySet().stream().filter(e -> JavaDelegate.class.isAssignableFrom(e.getValue()))
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    assertThat(offered).as("the steps Modeler offers are the application's steps (JavaDelegate beans the models may call)")
        .isEqualTo(steps);
    assertThat(listeners).allSatisfy(name -> assertThat(beans.get(name)).as(name).isNotNull()
        .matches(ExecutionListener.class::isAssignableFrom, "an execution listener"));
  }

  private static Set<String> beans(Set<String> expressions) {
    return expressions.stream().map(e -> {
      Matcher m = ModelConventionsTest.BEAN.matcher(e);
      assertThat(m.find()).as(e + " is a delegate expression").isTrue();
      assertThat(e).as("a plain bean reference").isEqualTo("${" + m.group(1) + "}");
      return m.group(1);
    }).collect(Collectors.toSet());
  }

  @Test
  void theOutcomesOfferedAreTheOutcomesACaseCanHave() throws Exception {
    Template t = templates().get("kz.gov.dnr.CaseOutcome");
    assertThat(t.offered(t.bound("camunda:property", "outcome").orElseThrow()))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(CaseOutcome.values()).map(Enum::name).toList());
  }

  @Test
  void theDeadlinesOfferedForAnEscalationAreTheOrdersTermsWhoseBreachIsEscalated() throws Exception {
    Set<String> escalated;
    try (Stream<String> rows = Files.lines(Path.of("docs", "requirements.tsv"))) {
      escalated = rows.map(r -> r.split("\t")).filter(r -> r[0].matches("D\\d") && r[2].contains("escalate"))
          .map(r -> r[0]).collect(Collectors.toSet());
    }
    Template t = templates().get("kz.gov.dnr.DeadlineBreach");
    JsonNode deadline = t.bound("camunda:property", "deadline").orElseThrow();
    assertThat(t.offered(deadline)).as("D1, D2, D4, D5, D7 and D8: the state-side terms (§9 of the catalogue)")
        .isEqualTo(escalated).hasSize(6);
    deadline.get("choices").forEach(c -> assertThat(c.get("name").asText()).as("a choice names its deadline first")
        .startsWith(c.get("value").asText() + " §"));
  }

  @Test
  void aFieldEmptiedInModelerCountsAsNotSet() {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream("""
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="t"><process id="p" isExecutable="true">
          <serviceTask id="Task_Breach" camunda:delegateExpression="${deadlineBreach}"><extensionElements>
            <camunda:properties><camunda:property name="deadline" value="D2" />
              <camunda:property name="deadline.responsible" value="" /></camunda:properties>
          </extensionElements></serviceTask></process></definitions>
        """.getBytes(StandardCharsets.UTF_8)));
    ServiceTask task = model.getModelElementById("Task_Breach");
    assertThat(ModelProperties.get(task, "deadline")).contains("D2");
    assertThat(ModelProperties.get(task, "deadline.responsible")).as("an emptied optional field").isEmpty();
    assertThatThrownBy(() -> ModelProperties.require(task, "deadline.responsible"))
        .hasMessageContaining("Task_Breach").hasMessageContaining("deadline.responsible");
  }
}
