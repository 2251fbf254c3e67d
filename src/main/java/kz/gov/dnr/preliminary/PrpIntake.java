package kz.gov.dnr.preliminary;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.WaitingCase;
import kz.gov.dnr.casefile.CaseRecord;
import kz.gov.dnr.casefile.FeeProperties;
import kz.gov.dnr.casefile.Upload;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.engine.ProcessJson;
import kz.gov.dnr.intake.CaseRequests;
import kz.gov.dnr.intake.Fields;
import kz.gov.dnr.intake.Legalisation;
import kz.gov.dnr.intake.PassportRule;
import kz.gov.dnr.intake.PersonChecks;
import kz.gov.dnr.intake.QuestionnaireSignature;
import kz.gov.dnr.intake.StateFeeCheck;
import kz.gov.dnr.intake.Submission;
import kz.gov.dnr.intake.Uploads;
import kz.gov.dnr.intake.Violations;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The eGov e-application of §10 (R10.1, R11.1) and its resubmission after a return (R12.4): the
 * documents, the petition the system holds (V8), the EDS of the questionnaire, the state fee (V6), the
 * legalised criminal-record document (V11), passport and photo (V2, V3), the bars (V10) and one live case
 * (V12). Accepted, it reaches the waiting process as a message with the case number as its key.
 */
@Service
public class PrpIntake {

  static final Set<UploadedDocument> DOCUMENTS = EnumSet.of(UploadedDocument.PASSPORT, UploadedDocument.PHOTO,
      UploadedDocument.CRIMINAL_RECORD, UploadedDocument.QUESTIONNAIRE, UploadedDocument.QUESTIONNAIRE_SIGNATURE);
  static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

  private final CaseRequests requests;
  private final Uploads uploads;
  private final PassportRule passport;
  private final PersonChecks persons;
  private final QuestionnaireSignature signatures;
  private final StateFeeCheck fees;
  private final FeeProperties feeAmounts;
  private final PetitionOnFile petitions;
  private final CaseJournal journal;
  private final DocumentStore store;
  private final RuntimeService runtime;
  private final WaitingCase waitingCases;
  private final Idempotency idempotency;
  private final DeadlineService deadlines;

  public PrpIntake(CaseRequests requests, Uploads uploads, PassportRule passport, PersonChecks persons,
      QuestionnaireSignature signatures, StateFeeCheck fees, FeeProperties feeAmounts, PetitionOnFile petitions,
      CaseJournal journal, DocumentStore store, RuntimeService runtime, WaitingCase waitingCases, Idempotency idempotency,
      DeadlineService deadlines) {
    this.requests = requests;
    this.uploads = uploads;
    this.passport = passport;
    this.persons = persons;
    this.signatures = signatures;
    this.fees = fees;
    this.feeAmounts = feeAmounts;
    this.petitions = petitions;
    this.journal = journal;
    this.store = store;
    this.runtime = runtime;
    this.waitingCases = waitingCases;
    this.idempotency = idempotency;
    this.deadlines = deadlines;
  }

  public ResponseEntity<Object> submit(String caseNumber, MultipartHttpServletRequest request, String client, String key,
      boolean resubmission) {
    CaseRequests.Read read = requests.read(caseNumber, request, client, key, DOCUMENTS);
    if (read.replay().isPresent()) {
      return read.replay().get();
    }
    Violations v = read.violations();
    Submission submission = read.submission();
    CaseRecord c = read.caseRecord();
    LocalDate today = read.today();
    String passportNumber = null;
    LocalDate expiry = null;
    String paymentReference = null;
    String legalisation = null;
    JsonNode application = submission.application();
    if (application != null) {
      Fields f = new Fields(application, v);
      passportNumber = f.text("passportNumber", true, 20, PASSPORT, "5 to 20 capital letters and digits");
      expiry = f.date("passportExpiryDate", true);
      paymentReference = f.text("paymentReference", true, 100, null, "the eGov payment gateway's reference of the fee");
      legalisation = f.oneOf("criminalRecordLegalisation", true, Legalisation.CODES);
      f.rejectUnknown();
      if (expiry != null) {
        passport.problem(expiry, today).ifPresent(p -> v.refused("passportExpiryDate", p, passport.accepted(today)));
      }
    }
    List<Upload> files = uploads.accept(submission, v);
    String signatureText = checkSignature(files, c.iin(), v);
    if (!petitions.signedPetition(caseNumber)) {
      v.refused("petition", "case " + caseNumber + " has no petition signed by the ministry (V8)",
          "an e-application for a case whose petition the ministry signed (§8)");
    }
    String feeText = paymentReference == null ? null
        : fees.verify(paymentReference, c.iin(), StateFeeCheck.Purpose.PRP, feeAmounts.prpKzt(), caseNumber, v).orElse(null);
    v.throwIfAny(resubmission ? "The resubmission" : "The e-application");

    ProcessInstance waiting = waitingInstance(caseNumber, resubmission);
    persons.noBar(c.iin(), passportNumber, today);
    persons.noOtherLiveCase(c.iin(), passportNumber, caseNumber);

    String newPassport = passportNumber;
    LocalDate newExpiry = expiry;
    String reference = paymentReference;
    String legal = legalisation;
    return idempotency.submit(client, key, submission.sha256(), () -> {
      Instant now = deadlines.now();
      Applicant applicant = requests.withPassport(caseNumber, waiting.getId(), newPassport, newExpiry);
      fees.recordUse(reference, caseNumber, StateFeeCheck.Purpose.PRP);
      List<Long> ids = new ArrayList<>(resubmission
          ? ProcessJson.list(runtime.getVariableTyped(waiting.getId(), "eApplicationDocumentIds", false), Long.class) : List.of());
      ids.addAll(store.storeUploads(caseNumber, files, waiting.getId()));
      Map<String, Object> variables = new HashMap<>();
      variables.put("applicant", ProcessJson.of(applicant));
      variables.put("prpReceivedAt", Date.from(now));
      variables.put("paymentReference", reference);
      variables.put("criminalRecordLegalisation", legal);
      variables.put("legalisationText", Legalisation.wordsOf(legal).orElseThrow());
      variables.put("feeCheckText", feeText);
      variables.put("signatureCheckText", signatureText);
      variables.put("eApplicationDocumentIds", ProcessJson.of(ids));
      waitingCases.deliver(caseNumber, waiting, message(resubmission), variables,
          resubmission ? "a resubmission" : "an e-application");
      journal.record(caseNumber, resubmission ? "PRP_RESUBMITTED" : "PRP_APPLICATION_RECEIVED", client,
          (resubmission ? "Corrected e-application received (§12)" : "E-application received from eGov (§10, §11)")
              + " with " + files.size() + " documents; fee " + reference);
      return new Idempotency.Answer(202, Map.of("caseNumber", caseNumber, "status",
          resubmission ? "RESUBMITTED" : "RECEIVED"), "/api/v1/cases/" + caseNumber);
    });
  }

  private String checkSignature(List<Upload> files, String iin, Violations v) {
    Optional<Upload> q = files.stream().filter(u -> u.code() == UploadedDocument.QUESTIONNAIRE).findFirst();
    Optional<Upload> s = files.stream().filter(u -> u.code() == UploadedDocument.QUESTIONNAIRE_SIGNATURE).findFirst();
    if (q.isEmpty() || s.isEmpty()) {
      return null;
    }
    QuestionnaireSignature.Result r = signatures.check(q.get().bytes(), s.get().bytes(), iin);
    if (!r.accepted()) {
      v.refused("questionnaire-signature", r.refusal(), "a detached CMS signature of the questionnaire made with the"
          + " applicant's EDS (RSA or ECDSA; certificate with SERIALNUMBER=IIN" + iin + ")");
      return null;
    }
    return "ЖСН / ИИН / IIN " + r.signer().iin() + ", " + r.signer().subject() + ", "
        + Kazakhstan.DATE_TIME.format(r.signer().signedAt().toInstant());
  }

  private static String message(boolean resubmission) {
    return resubmission ? PreliminaryModel.MESSAGE_RESUBMISSION : PreliminaryModel.MESSAGE_APPLICATION;
  }

  private ProcessInstance waitingInstance(String caseNumber, boolean resubmission) {
    return waitingCases.waitingFor(caseNumber, message(resubmission)).orElseThrow(() -> new ApiException(ProblemKind.CONFLICT, "Case " + caseNumber + " is not waiting for "
            + (resubmission ? "a resubmission: only a returned e-application can be resubmitted, within its 5 days"
                : "an e-application (one was already received, or the case has ended)")));
  }
}
