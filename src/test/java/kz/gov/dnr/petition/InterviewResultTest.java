package kz.gov.dnr.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R7.1 -> R8.1: every result the interview form offers has its wording for the petition, and only those (no engine). */
class InterviewResultTest {

  static List<String> offered(String key) throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", "conduct-interview.form").toFile());
    List<String> values = new ArrayList<>();
    for (JsonNode c : form.path("components")) {
      if (key.equals(c.path("key").asText())) {
        c.path("values").forEach(v -> values.add(v.path("value").asText()));
      }
    }
    return values;
  }

  @Test
  void r7_1EveryAssessmentAndRecommendationTheFormOffersIsWordedForThePetition() throws IOException {
    assertThat(offered("interviewAssessment"))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(InterviewResult.Assessment.values()).map(Enum::name).toList());
    assertThat(offered("interviewRecommendation"))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(InterviewResult.Recommendation.values()).map(Enum::name).toList());
  }

  @Test
  void r8_1ThePetitionSaysTheResultsInKazakhAndRussian() {
    assertThat(InterviewResult.wording("SATISFACTORY", "NOT_RECOMMEND")).isEqualTo(
        "Бағалау / Оценка: Қанағаттанарлық / Удовлетворительно; Ұсыныс / Рекомендация: Ұсынылмайды / Не рекомендуется");
    assertThat(InterviewResult.wording("OUTSTANDING", null)).as("a code without wording is kept, not lost")
        .contains("OUTSTANDING").contains("null");
  }
}
