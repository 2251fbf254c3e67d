package kz.gov.dnr.residencecard;

import java.util.Set;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.FeeProperties;
import kz.gov.dnr.casefile.steps.CaseDelegate;
import kz.gov.dnr.documents.DocumentFacts;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.intake.StateFeeCheck;
import kz.gov.dnr.intake.Violations;
import kz.gov.dnr.notifications.ApplicantLetters;
import kz.gov.dnr.notifications.Channel;
import kz.gov.dnr.outside.PaymentGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The delegates of {@code dnr-residence-permit} (§25–§27). */
public final class CardSteps {

  static final Set<Channel> EGOV_AND_EMAIL = Set.of(Channel.EGOV_CABINET, Channel.EMAIL);

  private CardSteps() {
  }

  /**
   * R26.1 (3), V6: the card's state fee is verified with the payment gateway and marked used. A fee the rules
   * refuse is a business refusal ({@code FEE_NOT_VERIFIED}, modelled); a gateway that does not answer is a
   * technical failure, retried and then an incident.
   */
  @Component("cardFeeCheck")
  @CalledFromModels
  public static class FeeCheck extends CaseDelegate {
    private final StateFeeCheck fees;
    private final FeeProperties amounts;
    private final PaymentGateway gateway;

    public FeeCheck(StateFeeCheck fees, FeeProperties amounts, PaymentGateway gateway) {
      this.fees = fees;
      this.amounts = amounts;
      this.gateway = gateway;
    }

    @Override
    protected void run(DelegateExecution execution) {
      String reference = (String) execution.getVariable("cardPaymentReference");
      Violations v = new Violations();
      var accepted = fees.verify(reference, applicant(execution).iin(), StateFeeCheck.Purpose.RESIDENCE_CARD,
          amounts.residenceCardKzt(), caseNumber(execution), v);
      if (accepted.isEmpty()) {
        throw new BusinessRefusal(ResidenceCardModel.ERROR_CODE, v.all().isEmpty() ? "the card fee is not verified"
            : v.all().get(0).reason());
      }
      fees.recordUse(reference, caseNumber(execution), StateFeeCheck.Purpose.RESIDENCE_CARD);
      gateway.markUsed(reference, caseNumber(execution));
      execution.setVariable("cardFeeText", accepted.get());
    }
  }

  /** R27.1: the residence card issue record, after the PSC registered the applicant and issued the card. */
  @Component("residenceCardDocument")
  @CalledFromModels
  public static class Issue extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public Issue(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      letters.send(GeneratedDocument.RESIDENCE_CARD_ISSUE, DocumentFacts.of(caseNumber(execution), deadlines.now(),
          applicant(execution)).registrationNumber((String) execution.getVariable("registrationNumber"))
          .cardNumber((String) execution.getVariable("cardNumber")).build(), EGOV_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("cardOutcome", "ISSUED");
    }
  }

  /** The card fee was refused: the applicant is told why and may apply again with a valid payment. */
  @Component("cardFeeRejected")
  @CalledFromModels
  public static class FeeRejected extends CaseDelegate {
    private final ApplicantLetters letters;
    private final CaseJournal journal;
    private final DeadlineService deadlines;

    public FeeRejected(ApplicantLetters letters, CaseJournal journal, DeadlineService deadlines) {
      this.letters = letters;
      this.journal = journal;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      String problem = String.valueOf(execution.getVariable("cardFeeProblem"));
      letters.tell(caseNumber(execution), DocumentFacts.of(caseNumber(execution), deadlines.now(), applicant(execution)).build(),
          EGOV_AND_EMAIL, GeneratedDocument.RESIDENCE_CARD_ISSUE,
          "Тұру ықтиярхаты үшін мемлекеттік баж расталмады: " + problem + ". Жарамды төлеммен қайта жүгініңіз.",
          "Госпошлина за вид на жительство не подтверждена: " + problem + ". Обратитесь повторно с действительной оплатой.",
          "The state fee for the residence card is not verified: " + problem + ". Apply again with a valid payment.");
      journal.record(caseNumber(execution), "CARD_FEE_REJECTED", null, "Card fee not verified: " + problem);
      execution.setVariable("cardOutcome", "FEE_REJECTED");
    }
  }
}
