package kz.gov.dnr.residencecard;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.Upload;
import kz.gov.dnr.casefile.WaitingCase;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.engine.ProcessJson;
import kz.gov.dnr.intake.CaseRequests;
import kz.gov.dnr.intake.Fields;
import kz.gov.dnr.intake.Submission;
import kz.gov.dnr.intake.Uploads;
import kz.gov.dnr.intake.Violations;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The application for registration and the residence card (§25–§26, R25.1, R26.1): a valid foreign passport,
 * the notice of the PRP grant (its number), the receipt for the card's state fee. The fee itself is
 * verified with the payment gateway by the process.
 */
@Service
public class CardIntake {

  static final Set<UploadedDocument> DOCUMENTS = EnumSet.of(UploadedDocument.PASSPORT, UploadedDocument.FEE_RECEIPT);
  static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

  private final CaseRequests requests;
  private final Uploads uploads;
  private final CaseJournal journal;
  private final DocumentStore store;
  private final RuntimeService runtime;
  private final WaitingCase waiting;
  private final Idempotency idempotency;
  private final DeadlineService deadlines;

  public CardIntake(CaseRequests requests, Uploads uploads, CaseJournal journal, DocumentStore store,
      RuntimeService runtime, WaitingCase waiting, Idempotency idempotency, DeadlineService deadlines) {
    this.requests = requests;
    this.uploads = uploads;
    this.journal = journal;
    this.store = store;
    this.runtime = runtime;
    this.waiting = waiting;
    this.idempotency = idempotency;
    this.deadlines = deadlines;
  }

  public ResponseEntity<Object> submit(String caseNumber, MultipartHttpServletRequest request, String client, String key) {
    CaseRequests.Read read = requests.read(caseNumber, request, client, key, DOCUMENTS);
    if (read.replay().isPresent()) {
      return read.replay().get();
    }
    Violations v = read.violations();
    Submission submission = read.submission();
    LocalDate today = read.today();
    JsonNode application = submission.application();
    String decisionNumber = null;
    String paymentReference = null;
    String passportNumber = null;
    if (application != null) {
      Fields f = new Fields(application, v);
      passportNumber = f.text("passportNumber", true, 20, PASSPORT, "5 to 20 capital letters and digits");
      LocalDate expiry = f.date("passportExpiryDate", true);
      decisionNumber = f.text("prpDecisionNumber", true, 30, null, "the number on the notice of the PRP grant");
      paymentReference = f.text("paymentReference", true, 100, null, "the eGov payment gateway's reference of the card fee");
      f.rejectUnknown();
      if (expiry != null && expiry.isBefore(today)) {
        v.refused("passportExpiryDate", "the passport expired on " + expiry + " (R26.1)", "a valid foreign passport");
      }
    }
    List<Upload> files = uploads.accept(submission, v);
    Optional<ProcessInstance> live = waiting.waitingFor(caseNumber, ResidenceCardModel.MESSAGE_APPLICATION);
    if (live.isPresent() && decisionNumber != null
        && !decisionNumber.equals(runtime.getVariable(live.get().getId(), "prpDecisionNumber"))) {
      v.refused("prpDecisionNumber", "'" + decisionNumber + "' is not the PRP decision of case " + caseNumber,
          "the number on the case's notice of the PRP grant");
    }
    v.throwIfAny("The residence card application");
    ProcessInstance target = live.orElseThrow(() -> new ApiException(ProblemKind.CONFLICT, "Case " + caseNumber
        + " is not waiting for a residence card application: the PRP is not granted, or the card is being issued"));
    String reference = paymentReference;
    String passport = passportNumber;
    return idempotency.submit(client, key, submission.sha256(), () -> {
      List<Long> ids = store.storeUploads(caseNumber, files, target.getId());
      Map<String, Object> variables = new HashMap<>();
      variables.put("cardApplicationReceivedAt", Date.from(deadlines.now()));
      variables.put("cardPaymentReference", reference);
      variables.put("cardPassportNumber", passport);
      variables.put("cardDocumentIds", ProcessJson.of(ids));
      waiting.deliver(caseNumber, target, ResidenceCardModel.MESSAGE_APPLICATION, variables, "a card application");
      journal.record(caseNumber, "CARD_APPLICATION_RECEIVED", client, "Application for registration and the residence"
          + " card (§26); card fee " + reference);
      return new Idempotency.Answer(202, Map.of("caseNumber", caseNumber, "status", "RECEIVED"), "/api/v1/cases/" + caseNumber);
    });
  }
}
