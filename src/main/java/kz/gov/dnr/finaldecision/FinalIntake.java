package kz.gov.dnr.finaldecision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.CaseRecord;
import kz.gov.dnr.casefile.FeeProperties;
import kz.gov.dnr.casefile.Upload;
import kz.gov.dnr.casefile.WaitingCase;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.engine.ProcessJson;
import kz.gov.dnr.intake.CaseRequests;
import kz.gov.dnr.intake.Fields;
import kz.gov.dnr.intake.PassportRule;
import kz.gov.dnr.intake.PersonChecks;
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
 * The application at a PSC after arrival (§20, R20.1): the preliminary approval it names must be live
 * (V9), the housing contract notarised and at least 180 days long (V7), the consent form signed (V5), the
 * medical and fingerprinting certificates present, passport and photo valid (V2, V3), the fee verified (V6).
 */
@Service
public class FinalIntake {

  static final Set<UploadedDocument> DOCUMENTS = EnumSet.of(UploadedDocument.PASSPORT, UploadedDocument.PHOTO,
      UploadedDocument.CRIMINAL_RECORD, UploadedDocument.QUESTIONNAIRE, UploadedDocument.MEDICAL_CERTIFICATE,
      UploadedDocument.FINGERPRINT_CERTIFICATE, UploadedDocument.HOUSING_CONTRACT, UploadedDocument.CONSENT_FORM);
  static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
  static final int MIN_HOUSING_DAYS = 180;

  private final CaseRequests requests;
  private final Uploads uploads;
  private final PassportRule passport;
  private final PersonChecks persons;
  private final StateFeeCheck fees;
  private final FeeProperties feeAmounts;
  private final CaseJournal journal;
  private final DocumentStore store;
  private final RuntimeService runtime;
  private final WaitingCase waiting;
  private final Idempotency idempotency;
  private final DeadlineService deadlines;

  public FinalIntake(CaseRequests requests, Uploads uploads, PassportRule passport, PersonChecks persons, StateFeeCheck fees,
      FeeProperties feeAmounts, CaseJournal journal, DocumentStore store, RuntimeService runtime,
      WaitingCase waiting, Idempotency idempotency, DeadlineService deadlines) {
    this.requests = requests;
    this.uploads = uploads;
    this.passport = passport;
    this.persons = persons;
    this.fees = fees;
    this.feeAmounts = feeAmounts;
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
    CaseRecord c = read.caseRecord();
    LocalDate today = read.today();
    JsonNode application = submission.application();
    String passportNumber = null;
    String approvalNumber = null;
    String paymentReference = null;
    LocalDate housingStart = null;
    LocalDate housingEnd = null;
    if (application != null) {
      Fields f = new Fields(application, v);
      passportNumber = f.text("passportNumber", true, 20, PASSPORT, "5 to 20 capital letters and digits");
      LocalDate expiry = f.date("passportExpiryDate", true);
      approvalNumber = f.text("preliminaryApprovalNumber", true, 30, null, "the number printed on the preliminary approval");
      paymentReference = f.text("paymentReference", true, 100, null, "the eGov payment gateway's reference of the fee");
      Boolean notarised = f.bool("housingContractNotarised", true);
      housingStart = f.date("housingContractStart", true);
      housingEnd = f.date("housingContractEnd", true);
      Boolean consent = f.bool("consentSigned", true);
      f.rejectUnknown();
      if (expiry != null) {
        passport.problem(expiry, today).ifPresent(p -> v.refused("passportExpiryDate", p, passport.accepted(today)));
      }
      if (Boolean.FALSE.equals(notarised)) {
        v.refused("housingContractNotarised", "the housing contract is not notarised (V7)", "a notarised housing contract");
      }
      if (housingStart != null && housingEnd != null && housingEnd.isBefore(housingStart.plusDays(MIN_HOUSING_DAYS))) {
        v.refused("housingContractEnd", "the housing contract runs " + java.time.temporal.ChronoUnit.DAYS.between(housingStart,
            housingEnd) + " days, from " + housingStart + " to " + housingEnd + " (V7)",
            "a contract of at least " + MIN_HOUSING_DAYS + " calendar days: ending on " + housingStart.plusDays(MIN_HOUSING_DAYS) + " or later");
      }
      if (Boolean.FALSE.equals(consent)) {
        v.refused("consentSigned", "the consent to processing and cross-border transfer of personal data is not signed (V5)",
            "the consent form of the annex, signed by the applicant");
      }
    }
    List<Upload> files = uploads.accept(submission, v);

    Optional<ProcessInstance> live = waiting.waitingFor(caseNumber, FinalDecisionModel.MESSAGE_APPLICATION);
    if (live.isEmpty()) {
      String why = !c.isOpen() && "ANNULLED".equals(c.outcome()) ? "was annulled (not used within its 30 days)"
          : !c.isOpen() ? "does not exist any more: the case ended (" + c.outcome() + ")"
          : "is not granted yet, or an application at a PSC was already made";
      v.refused("preliminaryApprovalNumber", "the preliminary approval of case " + caseNumber + " " + why + " (V9)",
          "the number of a live preliminary approval, within its 30 days");
    } else {
      Object number = runtime.getVariable(live.get().getId(), "approvalNumber");
      Object validUntil = runtime.getVariable(live.get().getId(), "approvalValidUntil");
      if (approvalNumber != null && !approvalNumber.equals(number)) {
        v.refused("preliminaryApprovalNumber", "'" + approvalNumber + "' is not the approval of case " + caseNumber + " (V9)",
            "the case's approval number " + number);
      }
      if (validUntil != null && today.isAfter(LocalDate.parse((String) validUntil))) {
        v.refused("preliminaryApprovalNumber", "the preliminary approval expired on " + validUntil + " (V9)",
            "an application within the approval's validity");
      }
    }
    String feeText = paymentReference == null ? null
        : fees.verify(paymentReference, c.iin(), StateFeeCheck.Purpose.PRP, feeAmounts.prpKzt(), caseNumber, v).orElse(null);
    v.throwIfAny("The application at the PSC");
    persons.noBar(c.iin(), passportNumber, today);
    persons.noOtherLiveCase(c.iin(), passportNumber, caseNumber);

    ProcessInstance target = live.orElseThrow();
    String newPassport = passportNumber;
    LocalDate expiry = LocalDate.parse(application.path("passportExpiryDate").asText());
    String reference = paymentReference;
    LocalDate start = housingStart;
    LocalDate end = housingEnd;
    return idempotency.submit(client, key, submission.sha256(), () -> {
      Instant now = deadlines.now();
      Applicant applicant = requests.withPassport(caseNumber, target.getId(), newPassport, expiry);
      fees.recordUse(reference, caseNumber, StateFeeCheck.Purpose.PRP);
      List<Long> ids = store.storeUploads(caseNumber, files, target.getId());
      Map<String, Object> variables = new HashMap<>();
      variables.put("applicant", ProcessJson.of(applicant));
      variables.put("finalApplicationReceivedAt", Date.from(now));
      variables.put("paymentReference", reference);
      variables.put("finalFeeCheckText", feeText);
      variables.put("housingContractText", "нотариат куәландырған / нотариально заверен / notarised, "
          + Kazakhstan.DATE.format(start) + " – " + Kazakhstan.DATE.format(end));
      variables.put("finalDocumentIds", ProcessJson.of(ids));
      waiting.deliver(caseNumber, target, FinalDecisionModel.MESSAGE_APPLICATION, variables, "the PSC application");
      journal.record(caseNumber, "FINAL_APPLICATION_RECEIVED", client, "Application at a PSC after arrival (§20) with "
          + files.size() + " documents; fee " + reference);
      return new Idempotency.Answer(202, Map.of("caseNumber", caseNumber, "status", "RECEIVED"), "/api/v1/cases/" + caseNumber);
    });
  }
}
