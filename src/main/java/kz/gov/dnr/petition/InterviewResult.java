package kz.gov.dnr.petition;

import java.util.Arrays;

/**
 * The video interview's results as the interview form offers them (R7.1), worded for the ministry's petition
 * (R8.1), which is in Kazakh and Russian: an officer picks a code in Tasklist, the petition says what it means.
 */
public final class InterviewResult {

  private InterviewResult() {
  }

  /** The assessment, {@code interviewAssessment}. */
  public enum Assessment {
    EXCELLENT("Өте жақсы", "Отлично"), GOOD("Жақсы", "Хорошо"), SATISFACTORY("Қанағаттанарлық", "Удовлетворительно"),
    POOR("Әлсіз", "Слабо");

    final String kk;
    final String ru;

    Assessment(String kk, String ru) {
      this.kk = kk;
      this.ru = ru;
    }
  }

  /** The recommendation, {@code interviewRecommendation}. */
  public enum Recommendation {
    RECOMMEND("Ұсынылады", "Рекомендуется"), NOT_RECOMMEND("Ұсынылмайды", "Не рекомендуется");

    final String kk;
    final String ru;

    Recommendation(String kk, String ru) {
      this.kk = kk;
      this.ru = ru;
    }
  }

  /**
   * The petition's line, e.g. "Бағалау / Оценка: Жақсы / Хорошо; Ұсыныс / Рекомендация: Ұсынылады / Рекомендуется".
   * A code without wording (the server holds the form to its offered values, so only from an older form) is
   * printed as it is rather than lost.
   */
  public static String wording(Object assessment, Object recommendation) {
    String a = Arrays.stream(Assessment.values()).filter(v -> v.name().equals(String.valueOf(assessment)))
        .map(v -> v.kk + " / " + v.ru).findFirst().orElse(String.valueOf(assessment));
    String r = Arrays.stream(Recommendation.values()).filter(v -> v.name().equals(String.valueOf(recommendation)))
        .map(v -> v.kk + " / " + v.ru).findFirst().orElse(String.valueOf(recommendation));
    return "Бағалау / Оценка: " + a + "; Ұсыныс / Рекомендация: " + r;
  }
}
