package kz.gov.dnr.preliminary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.calendar.Term;
import kz.gov.dnr.calendar.TermKind;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.Bars;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.steps.CaseDelegate;
import kz.gov.dnr.casefile.steps.FormValues;
import kz.gov.dnr.documents.DocumentFacts;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.engine.ModelProperties;
import kz.gov.dnr.engine.ProcessJson;
import kz.gov.dnr.notifications.ApplicantLetters;
import kz.gov.dnr.notifications.Channel;
import kz.gov.dnr.outside.BerkutGateway;
import kz.gov.dnr.outside.CriminalRecordBank;
import kz.gov.dnr.outside.PaymentGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The delegates of {@code dnr-preliminary-approval} (§10–§19). */
public final class PreliminarySteps {

  static final Set<Channel> EGOV_AND_EMAIL = Set.of(Channel.EGOV_CABINET, Channel.EMAIL);

  private PreliminarySteps() {
  }

  /** V6: the accepted state fee is marked used at the eGov payment gateway (an outside call, retried). */
  @Component("stateFeeUse")
  @CalledFromModels
  public static class FeeUse extends CaseDelegate {
    private final PaymentGateway gateway;

    public FeeUse(PaymentGateway gateway) {
      this.gateway = gateway;
    }

    @Override
    protected void run(DelegateExecution execution) {
      gateway.markUsed((String) execution.getVariable("paymentReference"), caseNumber(execution));
    }
  }

  /** R13.1: special and criminal record checks in the integrated data bank; hits are shown to the officer. */
  @Component("recordChecks")
  @CalledFromModels
  public static class RecordChecks extends CaseDelegate {
    private final CriminalRecordBank bank;
    private final CaseJournal journal;

    public RecordChecks(CriminalRecordBank bank, CaseJournal journal) {
      this.bank = bank;
      this.journal = journal;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Applicant a = applicant(execution);
      CriminalRecordBank.RecordCheck check = bank.check(a.iin(), a.passportNumber());
      // The variables' prefix (record…, finalRecord…) is the step's camunda:property record.prefix.
      String prefix = ModelProperties.get(execution.getBpmnModelElementInstance(), "record.prefix").orElse(null);
      List<Map<String, String>> hits = check.hits().stream().map(h -> Map.of("register", h.register(), "kind", h.kind(),
          "description", h.description(), "date", h.date() == null ? "—" : Kazakhstan.DATE.format(h.date()))).toList();
      String key = prefix == null ? "record" : prefix;
      execution.setVariable(key + "Hits", ProcessJson.of(hits));
      execution.setVariable(key + "HitCount", hits.size());
      execution.setVariable(key + "CheckReference", check.reference());
      execution.setVariable(key + "CheckText", hits.isEmpty() ? "Мәлімет жоқ / Сведений нет / No hits (" + check.reference() + ")"
          : "Мәліметтер / Сведения / Hits: " + hits.size() + " — " + String.join("; ", check.hits().stream()
              .map(h -> h.register() + ": " + h.kind() + " — " + h.description()).toList()));
      journal.record(caseNumber(execution), CaseJournal.RECORD_CHECKS, null, "Special and criminal record checks ("
          + check.reference() + "): " + hits.size() + " hit(s)");
    }
  }

  /** R14.1: the case goes through MPIS to Berkut for the NSC's approval. */
  @Component("nscRequest")
  @CalledFromModels
  public static class NscRequest extends CaseDelegate {
    private final BerkutGateway berkut;
    private final CaseJournal journal;
    private final DeadlineService deadlines;

    public NscRequest(BerkutGateway berkut, CaseJournal journal, DeadlineService deadlines) {
      this.berkut = berkut;
      this.journal = journal;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Applicant a = applicant(execution);
      String reference = berkut.requestNscApproval(caseNumber(execution), a.iin(), a.passportNumber(), a.citizenship());
      execution.setVariable("nscRequestReference", reference);
      execution.setVariable("nscRequestedAt", Date.from(deadlines.now()));
      journal.record(caseNumber(execution), CaseJournal.NSC_REQUESTED, null, "Sent to Berkut for the NSC's approval (" + reference + ")");
    }
  }

  /** D4: 25 days without the NSC's answer: a reminder through Berkut (the case keeps waiting). */
  @Component("nscReminder")
  @CalledFromModels
  public static class NscReminder extends CaseDelegate {
    private final BerkutGateway berkut;
    private final CaseJournal journal;

    public NscReminder(BerkutGateway berkut, CaseJournal journal) {
      this.berkut = berkut;
      this.journal = journal;
    }

    @Override
    protected void run(DelegateExecution execution) {
      String reference = (String) execution.getVariable("nscRequestReference");
      berkut.remindNsc(caseNumber(execution), reference);
      journal.record(caseNumber(execution), CaseJournal.NSC_REMINDED, null, "Reminder sent through Berkut for " + reference);
    }
  }

  /** R12.2, D3: the reasoned return to the eGov cabinet, with the last day to correct the application. */
  @Component("returnNotice")
  @CalledFromModels
  public static class ReturnNotice extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public ReturnNotice(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Instant now = deadlines.now();
      Term rework = deadlines.term(now, 5, TermKind.CALENDAR_DAYS);
      letters.send(GeneratedDocument.RETURN_NOTICE, DocumentFacts.of(caseNumber(execution), now, applicant(execution))
          .reasons(FormValues.reasons(execution, "returnReasons", "returnComment")).lastDay(rework.lastDay()).build(),
          EGOV_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("returnedAt", Date.from(now));
    }
  }

  /** R12.3: no correction within 5 calendar days: the e-application and its documents are deleted. */
  @Component("applicationDeletion")
  @CalledFromModels
  public static class Deletion extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DocumentStore store;
    private final CaseJournal journal;
    private final DeadlineService deadlines;

    public Deletion(ApplicantLetters letters, DocumentStore store, CaseJournal journal, DeadlineService deadlines) {
      this.letters = letters;
      this.store = store;
      this.journal = journal;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      List<Long> ids = ProcessJson.readList(execution, "eApplicationDocumentIds", Long.class);
      int removed = store.delete(caseNumber(execution), ids);
      journal.record(caseNumber(execution), "APPLICATION_DELETED", null, "E-application deleted (§12): " + removed
          + " documents removed for good");
      Date returned = (Date) execution.getVariable("returnedAt");
      letters.send(GeneratedDocument.DELETION_NOTICE, DocumentFacts.of(caseNumber(execution), deadlines.now(), applicant(execution))
          .reasons(FormValues.reasons(execution, "returnReasons", "returnComment"))
          .lastDay(deadlines.term(returned.toInstant(), 5, TermKind.CALENDAR_DAYS).lastDay()).build(),
          EGOV_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("preliminaryOutcome", "DELETED");
    }
  }

  /** R17.1–R19.2: the preliminary approval, valid 30 calendar days, and the prefilled consent form (annex). */
  @Component("preliminaryApproval")
  @CalledFromModels
  public static class Approval extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public Approval(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Instant now = deadlines.now();
      String number = "PA-" + caseNumber(execution).substring(4);
      Applicant a = applicant(execution);
      Term validity = deadlines.term(now, 30, TermKind.CALENDAR_DAYS);
      letters.send(GeneratedDocument.PRELIMINARY_APPROVAL, DocumentFacts.of(caseNumber(execution), now, a)
          .decisionNumber(number).lastDay(validity.lastDay()).build(), EGOV_AND_EMAIL, execution.getProcessInstanceId());
      letters.send(GeneratedDocument.CONSENT_FORM, DocumentFacts.of(caseNumber(execution), now, a).build(),
          EGOV_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("approvalNumber", number);
      execution.setVariable("preliminaryDecidedAt", Date.from(now));
      execution.setVariable("approvalValidUntil", validity.lastDay().toString());
      execution.setVariable("preliminaryOutcome", "APPROVED");
    }
  }

  /** R19.1, R19.3, B1: the refusal with its reasons and the date from which a new application is possible. */
  @Component("preliminaryRefusal")
  @CalledFromModels
  public static class Refusal extends CaseDelegate {
    private final ApplicantLetters letters;
    private final Bars bars;
    private final DeadlineService deadlines;

    public Refusal(ApplicantLetters letters, Bars bars, DeadlineService deadlines) {
      this.letters = letters;
      this.bars = bars;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Instant now = deadlines.now();
      Applicant a = applicant(execution);
      LocalDate barFrom = bars.impose(caseNumber(execution), "B1", a, now);
      letters.send(GeneratedDocument.PRELIMINARY_REFUSAL, DocumentFacts.of(caseNumber(execution), now, a)
          .reasons(FormValues.reasons(execution, "preliminaryReasons", "preliminaryComment")).newApplicationFrom(barFrom).build(),
          EGOV_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("preliminaryDecidedAt", Date.from(now));
      execution.setVariable("preliminaryOutcome", "REFUSED");
    }
  }
}
