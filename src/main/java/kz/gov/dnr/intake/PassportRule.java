package kz.gov.dnr.intake;

import java.time.LocalDate;
import java.util.Optional;
import kz.gov.dnr.calendar.DeadlineService;
import org.springframework.stereotype.Component;

/** V2 (R4.3, R10.1, R20.1): the passport is valid more than 180 calendar days after the application date. */
@Component
public class PassportRule {

  private final DeadlineService deadlines;

  public PassportRule(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  /** Why the passport is refused on this application date, with the first acceptable expiry date. */
  public Optional<String> problem(LocalDate expiry, LocalDate applicationDay) {
    LocalDate required = deadlines.passportMustBeValidUntilAtLeast(applicationDay);
    if (expiry.isBefore(required)) {
      return Optional.of("the passport expires on " + expiry + ", which is not more than 180 days after the application"
          + " date " + applicationDay);
    }
    return Optional.empty();
  }

  /** What would be accepted on this application date. */
  public String accepted(LocalDate applicationDay) {
    return "a passport valid until " + deadlines.passportMustBeValidUntilAtLeast(applicationDay) + " or later";
  }
}
