package kz.gov.dnr.casefile;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.FieldError;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.engine.ProcessJson;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Opens a case for an accepted petition application (§4): the case number, the person's live-case lock
 * (V12), the documents, the journal entry and the {@code dnr-case} process, in the caller's transaction, so
 * all of it exists or none of it does.
 */
@Service
public class CaseOpening {

  public static final String CASE_PROCESS = "dnr-case";
  private final CaseRegistry registry;
  private final CaseJournal journal;
  private final DocumentStore store;
  private final RuntimeService runtime;
  private final DeadlineService deadlines;

  public CaseOpening(CaseRegistry registry, CaseJournal journal, DocumentStore store, RuntimeService runtime,
      DeadlineService deadlines) {
    this.registry = registry;
    this.journal = journal;
    this.store = store;
    this.runtime = runtime;
    this.deadlines = deadlines;
  }

  public String openPetitionCase(Applicant applicant, String criminalRecordLegalisation, List<Upload> uploads, String client) {
    Instant now = deadlines.now();
    String caseNumber = registry.nextCaseNumber(now.atZone(Kazakhstan.ZONE).getYear());
    try {
      registry.open(caseNumber, applicant.iin(), applicant.passportNumber(), applicant.city());
    } catch (CaseRegistry.LiveCaseExists e) {
      throw new ApiException(ProblemKind.CONFLICT, "The applicant already has a live case " + e.caseNumber()
          + " (one live case per person, V12)", List.of(new FieldError("IIN".equals(e.kind()) ? "iin" : "passportNumber",
              "belongs to the live case " + e.caseNumber(), "an applicant without a live case")));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicant", ProcessJson.of(applicant));
    variables.put("applicantName", applicant.fullName());
    variables.put("criminalRecordLegalisation", criminalRecordLegalisation);
    variables.put("applicationReceivedAt", Date.from(now));
    ProcessInstance pi = runtime.createProcessInstanceByKey(CASE_PROCESS).businessKey(caseNumber).setVariables(variables)
        .execute();
    store.storeUploads(caseNumber, uploads, pi.getId());
    journal.record(caseNumber, "APPLICATION_RECEIVED", client, "Petition application received (§4) with "
        + uploads.size() + " documents: " + String.join(", ", uploads.stream().map(u -> u.code().code()).toList()));
    return caseNumber;
  }
}
