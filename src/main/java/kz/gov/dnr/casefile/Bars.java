package kz.gov.dnr.casefile;

import java.time.Instant;
import java.time.LocalDate;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.calendar.Kazakhstan;
import org.springframework.stereotype.Service;

/**
 * The 1-year bars of the order (B1 a preliminary refusal, B2 an annulled approval, B3 a final refusal): each
 * counted by the deadline service from the decision's day in Kazakhstan, recorded for the person's IIN and
 * passport so the intake's V10 check finds it, and returned for the notice that tells the applicant.
 */
@Service
public class Bars {

  private final CaseRegistry registry;
  private final DeadlineService deadlines;

  public Bars(CaseRegistry registry, DeadlineService deadlines) {
    this.registry = registry;
    this.deadlines = deadlines;
  }

  /** Records the bar of {@code kind} from a decision; returns the first day a new application is possible. */
  public LocalDate impose(String caseNumber, String kind, Applicant applicant, Instant decidedAt) {
    LocalDate from = deadlines.newApplicationPossibleFrom(decidedAt);
    registry.recordBar(caseNumber, kind, applicant.iin(), applicant.passportNumber(),
        decidedAt.atZone(Kazakhstan.ZONE).toLocalDate(), from);
    return from;
  }
}
