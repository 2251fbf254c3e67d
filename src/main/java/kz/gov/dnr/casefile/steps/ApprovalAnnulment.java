package kz.gov.dnr.casefile.steps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.calendar.TermKind;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.Bars;
import kz.gov.dnr.documents.DocumentFacts;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.notifications.ApplicantLetters;
import kz.gov.dnr.notifications.Channel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * R19.4, D6, B2: no final application within 30 calendar days of the preliminary approval: the decision is
 * annulled, the applicant told, and no new application is possible for a year from the approval.
 */
@Component("approvalAnnulment")
@CalledFromModels
public class ApprovalAnnulment extends CaseDelegate {

  private final ApplicantLetters letters;
  private final Bars bars;
  private final DeadlineService deadlines;

  public ApprovalAnnulment(ApplicantLetters letters, Bars bars, DeadlineService deadlines) {
    this.letters = letters;
    this.bars = bars;
    this.deadlines = deadlines;
  }

  @Override
  protected void run(DelegateExecution execution) {
    Instant approvedAt = ((Date) execution.getVariable("preliminaryDecidedAt")).toInstant();
    Applicant a = applicant(execution);
    LocalDate barFrom = bars.impose(caseNumber(execution), "B2", a, approvedAt);
    letters.send(GeneratedDocument.ANNULMENT_NOTICE, DocumentFacts.of(caseNumber(execution), deadlines.now(), a)
        .decisionNumber((String) execution.getVariable("approvalNumber"))
        .lastDay(deadlines.term(approvedAt, 30, TermKind.CALENDAR_DAYS).lastDay()).newApplicationFrom(barFrom).build(),
        Set.of(Channel.EGOV_CABINET, Channel.EMAIL), execution.getProcessInstanceId());
  }
}
