package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decision task's rules agree with its Camunda Form and with the gateways after it ({@link DecisionForms}),
 * checked on the files analysts edit; and, on copies edited as a careless change would, that a disagreement is found.
 */
class DecisionFormsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> models() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  static JsonNode form(String name) {
    try {
      return JSON.readTree(Path.of("forms", name + ".form").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyDecisionTaskAgreesWithItsFormAndItsGateways(Path file) {
    assertThat(DecisionForms.problems(Bpmn.readModelFromFile(file.toFile()), DecisionFormsTest::form))
        .as(file.toString()).isEmpty();
  }

  static BpmnModelInstance finalDecision() {
    return Bpmn.readModelFromFile(Path.of("processes", "dnr-final-decision.bpmn").toFile());
  }

  /** The final decision's form with one change made to it. */
  static Function<String, JsonNode> withFinalForm(java.util.function.Consumer<Map<String, JsonNode>> change) {
    JsonNode edited = form("final-decision").deepCopy();
    change.accept(DecisionForms.fields(edited));
    return name -> name.equals("final-decision") ? edited : form(name);
  }

  @Test
  void aRequiredFieldRenamedInTheFormAloneIsFound() {
    Function<String, JsonNode> forms = withFinalForm(f -> ((ObjectNode) f.get("originalsMatch")).put("key", "originalsOk"));
    assertThat(DecisionForms.problems(finalDecision(), forms)).contains("Task_FinalDecision (form final-decision):"
        + " decision.requires.GRANT requires originalsMatch, which is neither in the form nor labelled in the model"
        + " (label.originalsMatch)");
  }

  @Test
  void aChoiceRenamedInTheFormAloneIsFound() {
    Function<String, JsonNode> forms = withFinalForm(f -> ((ObjectNode) ((ArrayNode) f.get("finalDecision").get("values"))
        .get(0)).put("value", "APPROVE"));
    assertThat(DecisionForms.problems(finalDecision(), forms)).anyMatch(p -> p.startsWith("Task_FinalDecision")
        && p.contains("the form offers [APPROVE, REFUSE] for finalDecision, the rules know [GRANT, REFUSE]"));
  }

  @Test
  void aReasonAddedToTheFormWithoutItsWordingIsFound() {
    Function<String, JsonNode> forms = withFinalForm(f -> ((ArrayNode) f.get("finalReasons").get("values")).addObject()
        .put("label", "Visa overstay").put("value", "VISA_OVERSTAY"));
    assertThat(DecisionForms.problems(finalDecision(), forms)).contains("Task_FinalDecision (form final-decision): the"
        + " reason VISA_OVERSTAY has no wording for the applicant's documents (RefusalReason) and the server would"
        + " refuse it");
  }

  @Test
  void aGatewayTestingAValueNoOfficerCanChooseIsFound() {
    BpmnModelInstance m = finalDecision();
    SequenceFlow granted = m.getModelElementById("Flow_Granted");
    granted.getConditionExpression().setTextContent("${finalDecision == \"GRANTED\"}");
    assertThat(DecisionForms.problems(m, DecisionFormsTest::form))
        .contains("Flow_Granted tests finalDecision == GRANTED, which is not a decision ([GRANT, REFUSE])");
  }

  static Map<String, JsonNode> allForms() throws IOException {
    Map<String, JsonNode> forms = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      files.map(p -> p.getFileName().toString().replace(".form", "")).forEach(name -> forms.put(name, form(name)));
    }
    return forms;
  }

  /** R8.1: the ministry reads the interview's assessment and recommendation in the interview form's own words. */
  @Test
  void r8_1AnOfficersChoiceIsShownInTheWordsOfTheFormThatOfferedIt() throws IOException {
    Map<String, JsonNode> forms = allForms();
    assertThat(DecisionForms.choicesShownAsCodes(forms)).isEmpty();

    ObjectNode asCode = (ObjectNode) forms.get("ministry-decision").deepCopy();
    ObjectNode interview = (ObjectNode) asCode.get("components").get(1);
    interview.put("text", interview.get("text").asText().replaceAll("\\*\\*\\{\\{#if interviewAssessment.*?\\*\\*",
        "{{interviewAssessment}}"));
    forms.put("ministry-decision", asCode);
    assertThat(DecisionForms.choicesShownAsCodes(forms)).containsExactly("form ministry-decision shows"
        + " interviewAssessment as its code; word it: {{#if interviewAssessment = \"CODE\"}}label{{/if}}");

    forms = allForms();
    ObjectNode relabelled = (ObjectNode) forms.get("conduct-interview").deepCopy();
    ((ObjectNode) DecisionForms.fields(relabelled).get("interviewRecommendation").get("values").get(0))
        .put("label", "Recommended");
    forms.put("conduct-interview", relabelled);
    assertThat(DecisionForms.choicesShownAsCodes(forms)).containsExactly("form ministry-decision words"
        + " interviewRecommendation = RECOMMEND as 'Ұсынылады / Рекомендовать / Recommend', the form offering it as"
        + " 'Recommended'");
  }
}
