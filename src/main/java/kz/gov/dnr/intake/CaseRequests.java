package kz.gov.dnr.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.CaseRecord;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.engine.ProcessJson;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * What every portal request about an existing case begins and ends with, done one way: the multipart request
 * read (every fault recorded, nothing stored), a retried request (same {@code Idempotency-Key}, same content)
 * answered as the first time before anything else, the case looked up (404 when unknown), and the day in
 * Kazakhstan the rules are checked on. After acceptance, a new passport the applicant brings is taken into
 * the case's applicant and the register of live cases.
 */
@Service
public class CaseRequests {

  private final ObjectMapper json;
  private final Idempotency idempotency;
  private final CaseRegistry registry;
  private final RuntimeService runtime;
  private final DeadlineService deadlines;

  public CaseRequests(ObjectMapper json, Idempotency idempotency, CaseRegistry registry, RuntimeService runtime,
      DeadlineService deadlines) {
    this.json = json;
    this.idempotency = idempotency;
    this.registry = registry;
    this.runtime = runtime;
    this.deadlines = deadlines;
  }

  /**
   * A request read: its parts, the faults found so far, and either the first answer to replay or the case and
   * today's date to check it against.
   */
  public record Read(Submission submission, Violations violations, Optional<ResponseEntity<Object>> replay,
      CaseRecord caseRecord, LocalDate today) {
  }

  /** Reads a request carrying exactly the {@code documents}; see the class comment for the order of things. */
  public Read read(String caseNumber, MultipartHttpServletRequest request, String client, String key,
      Set<UploadedDocument> documents) {
    Violations v = new Violations();
    Submission submission = Submission.read(request, json, documents, documents, v);
    Optional<ResponseEntity<Object>> replay = idempotency.replay(client, key, submission.sha256());
    if (replay.isPresent()) {
      return new Read(submission, v, replay, null, null);
    }
    return new Read(submission, v, replay, registry.require(caseNumber), deadlines.today());
  }

  /**
   * The applicant of the waiting process instance with the passport of this application (R10.1, R20.1: it may
   * be a new one since the petition), the case's register entry following it. Returns the applicant to pass on.
   */
  public Applicant withPassport(String caseNumber, String processInstanceId, String passportNumber, LocalDate expiry) {
    Applicant applicant = ProcessJson.value(runtime.getVariableTyped(processInstanceId, "applicant", false), Applicant.class)
        .withPassport(passportNumber, expiry);
    registry.changePassport(caseNumber, passportNumber);
    return applicant;
  }
}
