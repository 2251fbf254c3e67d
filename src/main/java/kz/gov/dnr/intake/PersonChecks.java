package kz.gov.dnr.intake;

import java.time.LocalDate;
import java.util.List;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.FieldError;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.casefile.CaseRegistry;
import org.springframework.stereotype.Component;

/**
 * V10 and V12, by IIN and by passport number: no new application while the person has a live case, and no
 * new PRP application while a 1-year bar (B1–B3) is in force. Conflicts are 409 and say from which date a
 * new application is possible.
 */
@Component
public class PersonChecks {

  private final CaseRegistry registry;

  public PersonChecks(CaseRegistry registry) {
    this.registry = registry;
  }

  /** V12: one live case per person; {@code ownCase} is the case the application belongs to, if any. */
  public void noOtherLiveCase(String iin, String passportNumber, String ownCase) {
    for (String[] identity : List.of(new String[] {"IIN", iin, "iin"}, new String[] {"PASSPORT", passportNumber, "passportNumber"})) {
      registry.liveCase(identity[0], identity[1]).filter(c -> !c.equals(ownCase)).ifPresent(c -> {
        throw new ApiException(ProblemKind.CONFLICT, "The applicant already has a live case " + c + " (one live case per"
            + " person, V12); a new application is possible when it ends",
            List.of(new FieldError(identity[2], "belongs to the live case " + c, "an applicant without a live case")));
      });
    }
  }

  /** V10: no PRP application while a bar is in force. */
  public void noBar(String iin, String passportNumber, LocalDate today) {
    registry.barInForce(iin, passportNumber, today).ifPresent(bar -> {
      String field = bar.iin().equals(iin) ? "iin" : "passportNumber";
      throw new ApiException(ProblemKind.CONFLICT, "A 1-year bar (" + bar.kind() + ", decided " + bar.decidedOn()
          + " in case " + bar.caseNumber() + ") is in force: a new PRP application is possible from "
          + bar.applicableFrom(), List.of(new FieldError(field, "is barred until " + bar.applicableFrom().minusDays(1),
              "an application on or after " + bar.applicableFrom())), bar.applicableFrom().toString());
    });
  }
}
