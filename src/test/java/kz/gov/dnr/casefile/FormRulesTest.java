package kz.gov.dnr.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.gov.dnr.casefile.steps.FormRules;
import org.junit.jupiter.api.Test;

/**
 * The rules of the officers' Camunda Forms held on the server (R5.1, R7.1, R12.1, R22.1): what Tasklist
 * refuses in the browser is refused for a task completed any other way. Read from the real forms under
 * {@code forms/}; no engine.
 */
class FormRulesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static FormRules form(String name) throws IOException {
    return FormRules.of(JSON.readTree(Path.of("forms", name + ".form").toFile()));
  }

  @Test
  void r7_1InterviewResultsAreAllRequiredAndNamedByTheirLabels() throws IOException {
    List<String> problems = form("conduct-interview").problems(Map.of("interviewAssessment", "GOOD",
        "interviewNotes", "  "));

    assertThat(problems).containsExactly(
        "Толтырыңыз / Заполните / Fill in: Ұсыныс / Рекомендация / Recommendation",
        "Толтырыңыз / Заполните / Fill in: Жазбалар / Заметки / Notes",
        "Толтырыңыз / Заполните / Fill in: Жазба сілтемесі / Ссылка на запись / Recording reference");
  }

  @Test
  void r7_1AValueTheFormDoesNotOfferAndATextOverItsLimitAreRefused() throws IOException {
    Map<String, Object> values = interview();
    values.put("interviewAssessment", "OUTSTANDING");
    values.put("interviewRecording", "x".repeat(501));

    assertThat(form("conduct-interview").problems(values)).containsExactly(
        "Ұсынылған мәндердің бірін таңдаңыз / Выберите одно из предложенных значений / Choose one of the offered"
            + " values: Бағалау / Оценка / Assessment (EXCELLENT, GOOD, SATISFACTORY, POOR; not OUTSTANDING)",
        "Ең көбі 500 таңба / Не более 500 символов / At most 500 characters: Жазба сілтемесі / Ссылка на запись"
            + " / Recording reference (501)");
    assertThat(form("conduct-interview").problems(interview())).isEmpty();
  }

  @Test
  void r5_1FieldsHiddenByTheDecisionAreNotRequiredAndShownOnesAre() throws IOException {
    FormRules screening = form("screen-application");

    assertThat(screening.problems(Map.of("screeningDecision", "APPROVE"))).isEmpty();
    assertThat(screening.problems(Map.of("screeningDecision", "REFUSE"))).hasSize(2)
        .allMatch(p -> p.startsWith("Толтырыңыз / Заполните / Fill in: "));
    assertThat(screening.problems(Map.of("screeningDecision", "REFUSE", "screeningReasons", List.of("NOT_A_REASON"),
        "screeningComment", "short"))).containsExactly(
            "Ұсынылған мәндердің бірін таңдаңыз / Выберите одно из предложенных значений / Choose one of the offered"
                + " values: " + label("screen-application", "screeningReasons") + " ("
                + String.join(", ", offered("screen-application", "screeningReasons")) + "; not NOT_A_REASON)",
            "Кемінде 10 таңба / Не менее 10 символов / At least 10 characters: "
                + label("screen-application", "screeningComment"));
    assertThat(screening.problems(Map.of("screeningDecision", "REFUSE", "screeningReasons",
        "[\"INCOMPLETE_DOCUMENTS\"]", "screeningComment", "The CV is missing its second page.")))
        .as("a checklist as Tasklist sends it, a JSON array").isEmpty();
  }

  @Test
  void r22_1AConfirmationCheckboxMustBeChecked() throws IOException {
    List<String> problems = form("final-decision").problems(Map.of("finalDecision", "GRANT",
        "confirmedInPscSystem", false));

    assertThat(problems).containsExactly("Толтырыңыз / Заполните / Fill in: " + label("final-decision",
        "confirmedInPscSystem"));
  }

  /**
   * A condition's answers are remembered per value of the fields it names, and stay right for every value, past the
   * number remembered, and for a condition that calls a function.
   */
  @Test
  void r5_1AConditionAnswersForTheValuesOfEachCompletion() throws IOException {
    FormRules byText = FormRules.of(JSON.readTree("""
        {"components": [
          {"key": "note", "type": "textfield"},
          {"key": "reason", "type": "textfield", "validate": {"required": true},
           "conditional": {"hide": "=note != \\"explain\\""}},
          {"key": "detail", "type": "textfield", "validate": {"required": true},
           "conditional": {"hide": "=string length(if note = null then \\"\\" else note) < 8"}}
        ]}"""));

    for (int i = 0; i < 3 * 64; i++) {
      String note = i % 3 == 0 ? "explain" : "note " + i;
      List<String> problems = byText.problems(Map.of("note", note));
      assertThat(problems).as(note).hasSize((note.equals("explain") ? 1 : 0) + (note.length() >= 8 ? 1 : 0));
      assertThat(problems.stream().anyMatch(p -> p.endsWith("reason"))).as(note).isEqualTo(note.equals("explain"));
    }
    assertThat(byText.problems(new HashMap<>(Map.of("reason", "x")))).as("no note: both hidden").isEmpty();
  }

  /** Every condition in every form is one the server evaluates: hidden for some values, shown for others. */
  @Test
  void everyConditionOfEveryFormIsUnderstoodOnTheServer() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path path : forms.toList()) {
        JsonNode form = JSON.readTree(path.toFile());
        for (JsonNode c : components(form)) {
          String hide = c.path("conditional").path("hide").asText(null);
          if (hide == null) {
            continue;
          }
          String variable = hide.replaceAll("^=\\s*([A-Za-z]+).*$", "$1");
          List<String> values = new ArrayList<>();
          components(form).stream().filter(o -> variable.equals(o.path("key").asText()))
              .forEach(o -> o.path("values").forEach(v -> values.add(v.path("value").asText())));
          assertThat(values).as("%s: %s hides by a field of the form with offered values", path, hide).isNotEmpty();
          FormRules one = FormRules.of(JSON.createObjectNode().set("components", JSON.createArrayNode()
              .add(c.deepCopy())));
          long shown = values.stream().filter(v -> !one.problems(Map.of(variable, v)).isEmpty()
              || !c.path("validate").path("required").asBoolean()).count();
          assertThat(shown).as("%s: %s shows its field for some value", path, hide).isPositive();
          assertThat(values.stream().filter(v -> one.problems(Map.of(variable, v)).isEmpty()).count())
              .as("%s: %s hides its field for some value", path, hide).isPositive();
        }
      }
    }
  }

  private static Map<String, Object> interview() {
    Map<String, Object> values = new HashMap<>();
    values.put("interviewAssessment", "GOOD");
    values.put("interviewRecommendation", "RECOMMEND");
    values.put("interviewNotes", "Solid backend experience.");
    values.put("interviewRecording", "https://meet.astanahub.com/rec/1");
    return values;
  }

  private static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    collect(form.path("components"), all);
    return all;
  }

  private static void collect(JsonNode components, List<JsonNode> all) {
    for (JsonNode c : components) {
      all.add(c);
      collect(c.path("components"), all);
    }
  }

  private static JsonNode field(String form, String key) throws IOException {
    return components(JSON.readTree(Path.of("forms", form + ".form").toFile())).stream()
        .filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow();
  }

  private static String label(String form, String key) throws IOException {
    return field(form, key).path("label").asText();
  }

  private static List<String> offered(String form, String key) throws IOException {
    List<String> values = new ArrayList<>();
    field(form, key).path("values").forEach(v -> values.add(v.path("value").asText()));
    return values;
  }
}
