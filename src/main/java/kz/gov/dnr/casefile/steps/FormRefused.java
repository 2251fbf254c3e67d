package kz.gov.dnr.casefile.steps;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task form the rules refuse (a refusal without reasons, a decision without its condition, an interview time in
 * the past): the officer's to correct, not the server's fault. The task stays open. Completing the task through
 * the engine's REST API, as Tasklist does, answers 400 with the message, which lists every problem at once,
 * each in Kazakh, Russian and English ({@code engine.OfficerErrorsAnswered}).
 */
public class FormRefused extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  public FormRefused(List<String> problems) {
    super(List.copyOf(problems), String.join("; ", problems));
  }

  public FormRefused(String problem) {
    this(List.of(problem));
  }

  /** The refusal an exception carries, itself or as a cause; null if it carries none. */
  public static FormRefused in(Throwable t) {
    for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
      if (t instanceof FormRefused refused) {
        return refused;
      }
    }
    return null;
  }
}
