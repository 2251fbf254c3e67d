package kz.gov.dnr.finaldecision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.Bars;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.steps.CaseDelegate;
import kz.gov.dnr.casefile.steps.FormValues;
import kz.gov.dnr.documents.DocumentFacts;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.engine.ProcessJson;
import kz.gov.dnr.notifications.ApplicantLetters;
import kz.gov.dnr.notifications.Channel;
import kz.gov.dnr.outside.BerkutGateway;
import kz.gov.dnr.outside.Courier;
import kz.gov.dnr.outside.FingerprintRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The delegates of {@code dnr-final-decision} (§20–§24). */
public final class FinalSteps {

  static final Set<Channel> EGOV_AND_EMAIL = Set.of(Channel.EGOV_CABINET, Channel.EMAIL);

  private FinalSteps() {
  }

  /** R21.1: the originals go by courier from the PSC to the migration service; the tracking number is kept. */
  @Component("originalsDispatch")
  @CalledFromModels
  public static class Dispatch extends CaseDelegate {
    private final Courier courier;
    private final CaseJournal journal;

    public Dispatch(Courier courier, CaseJournal journal) {
      this.courier = courier;
      this.journal = journal;
    }

    @Override
    protected void run(DelegateExecution execution) {
      String city = applicant(execution).city();
      String tracking = courier.dispatchOriginals(caseNumber(execution), "PSC " + city, "Migration service " + city);
      execution.setVariable("trackingNumber", tracking);
      journal.record(caseNumber(execution), "ORIGINALS_DISPATCHED", null, "Originals handed to the courier, tracking " + tracking);
    }
  }

  /**
   * R21.1: the PSC found that the documents do not match the preliminary approval. The applicant gets the
   * {@code psc-return-notice} with the reasons and the approval's last valid day, by which they may apply at
   * a PSC again; the stage ends as RETURNED and {@code dnr-case} waits for that application until D6 ends.
   */
  @Component("pscReturnNotice")
  @CalledFromModels
  public static class PscReturn extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public PscReturn(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      letters.send(GeneratedDocument.PSC_RETURN_NOTICE, DocumentFacts.of(caseNumber(execution), deadlines.now(),
          applicant(execution)).reasons(FormValues.reasons(execution, "pscReturnReasons", "pscReturnComment"))
          .decisionNumber((String) execution.getVariable("approvalNumber"))
          .lastDay(LocalDate.parse((String) execution.getVariable("approvalValidUntil"))).build(),
          EGOV_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("finalOutcome", "RETURNED");
    }
  }

  /** R22.1, D8: the migration service confirms the originals arrived; the 3 working days count from here. */
  @Component("originalsReceived")
  @CalledFromModels
  public static class Received implements TaskListener {
    private final DeadlineService deadlines;
    private final CaseJournal journal;

    public Received(DeadlineService deadlines, CaseJournal journal) {
      this.deadlines = deadlines;
      this.journal = journal;
    }

    @Override
    public void notify(DelegateTask task) {
      task.setVariable("originalsReceivedAt", Date.from(deadlines.now()));
      journal.record(task.getExecution().getProcessBusinessKey(), "ORIGINALS_RECEIVED", task.getAssignee(),
          "Originals received by the migration service (tracking " + task.getVariable("trackingNumber") + ")");
    }
  }

  /** R22.1: state-border crossings from Berkut. */
  @Component("borderCrossings")
  @CalledFromModels
  public static class Crossings extends CaseDelegate {
    private final BerkutGateway berkut;

    public Crossings(BerkutGateway berkut) {
      this.berkut = berkut;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Applicant a = applicant(execution);
      List<BerkutGateway.BorderCrossing> crossings = berkut.borderCrossings(a.iin(), a.passportNumber());
      boolean entered = crossings.stream().anyMatch(BerkutGateway.BorderCrossing::isEntry);
      execution.setVariable("crossings", ProcessJson.of(crossings.stream().map(c -> Map.of("date", Kazakhstan.DATE.format(c.date()),
          "checkpoint", c.checkpoint(), "direction", c.directionInWords())).toList()));
      execution.setVariable("entryRecorded", entered);
      execution.setVariable("crossingsText", entered ? "✔ Кіру тіркелген / Въезд зарегистрирован / Entry recorded"
          : "✘ Кіру тіркелмеген / Въезд не зарегистрирован / No entry recorded");
    }
  }

  /** R22.1: the fingerprint registration in ADIS. */
  @Component("fingerprintCheck")
  @CalledFromModels
  public static class Fingerprints extends CaseDelegate {
    private final FingerprintRegistry adis;

    public Fingerprints(FingerprintRegistry adis) {
      this.adis = adis;
    }

    @Override
    protected void run(DelegateExecution execution) {
      FingerprintRegistry.FingerprintRecord r = adis.lookup(applicant(execution).iin());
      execution.setVariable("fingerprintsRegistered", r.registered());
      execution.setVariable("fingerprintText", r.registered()
          ? "✔ " + Kazakhstan.DATE.format(r.registeredOn()) + ", " + r.office()
          : "✘ Тіркелмеген / Не зарегистрирован / Not registered");
    }
  }

  /** R23.1: the PRP decision reaches the applicant's eGov cabinet. */
  @Component("prpDecision")
  @CalledFromModels
  public static class Grant extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public Grant(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Instant now = deadlines.now();
      String number = "PRP-" + caseNumber(execution).substring(4);
      letters.send(GeneratedDocument.PRP_DECISION, DocumentFacts.of(caseNumber(execution), now, applicant(execution))
          .decisionNumber(number).build(), EGOV_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("prpDecisionNumber", number);
      execution.setVariable("prpGrantedAt", Date.from(now));
      execution.setVariable("finalOutcome", "GRANTED");
    }
  }

  /** R23.1, R24.1, B3: the refusal with its reasons and the date a new application is possible. */
  @Component("prpRefusal")
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
      LocalDate from = bars.impose(caseNumber(execution), "B3", a, now);
      letters.send(GeneratedDocument.PRP_REFUSAL, DocumentFacts.of(caseNumber(execution), now, a)
          .reasons(FormValues.reasons(execution, "finalReasons", "finalComment"))
          .newApplicationFrom(from).build(), EGOV_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("finalOutcome", "REFUSED");
    }
  }
}
