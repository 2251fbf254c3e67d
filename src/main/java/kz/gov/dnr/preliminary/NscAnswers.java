package kz.gov.dnr.preliminary;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.FieldError;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.WaitingCase;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.intake.Fields;
import kz.gov.dnr.intake.Violations;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * R15.1: the NSC's answer through Berkut. Accepted while the case waits for it, also after the 25 days (D4);
 * a second answer for the same case is 409 and changes nothing; the answer must name the request it answers.
 */
@Service
public class NscAnswers {

  static final String JOURNAL_KIND = CaseJournal.NSC_DECISION;
  private final CaseRegistry registry;
  private final CaseJournal journal;
  private final RuntimeService runtime;
  private final WaitingCase waitingCases;
  private final Idempotency idempotency;
  private final DeadlineService deadlines;

  public NscAnswers(CaseRegistry registry, CaseJournal journal, RuntimeService runtime, WaitingCase waitingCases, Idempotency idempotency,
      DeadlineService deadlines) {
    this.registry = registry;
    this.journal = journal;
    this.runtime = runtime;
    this.waitingCases = waitingCases;
    this.idempotency = idempotency;
    this.deadlines = deadlines;
  }

  public ResponseEntity<Object> answer(String caseNumber, JsonNode body, String client, String key) {
    String hash = Idempotency.sha256(caseNumber, body);
    var replay = idempotency.replay(client, key, hash);
    if (replay.isPresent()) {
      return replay.get();
    }
    registry.require(caseNumber);
    Violations v = new Violations();
    Fields fields = Fields.ofBody(body, v,
        "a JSON object {\"approved\": true|false, \"reference\": \"<the Berkut request>\", \"comment\": \"...\"}");
    Boolean approved = fields.bool("approved", true);
    String reference = fields.text("reference", true, 100, null, "the reference of the Berkut request this answers");
    String comment = fields.text("comment", false, 2000, null, "the NSC's comment as text");
    fields.rejectUnknown();
    v.throwIfAny("The NSC decision");
    if (journal.has(caseNumber, JOURNAL_KIND)) {
      throw new ApiException(ProblemKind.CONFLICT, "An NSC decision for case " + caseNumber
          + " was already received; a second answer changes nothing");
    }
    ProcessInstance waiting = waitingCases.waitingFor(caseNumber, PreliminaryModel.MESSAGE_NSC).orElseThrow(() -> new ApiException(ProblemKind.CONFLICT, "Case " + caseNumber
            + " is not waiting for an NSC decision"));
    Object requested = runtime.getVariable(waiting.getId(), "nscRequestReference");
    if (!reference.equals(requested)) {
      throw new ApiException(ProblemKind.REFUSED_BY_RULES, "The answer names another request",
          List.of(new FieldError("reference", "'" + reference + "' is not the request of case " + caseNumber,
              "the reference of the request sent to Berkut for this case")));
    }
    return idempotency.submit(client, key, hash, () -> {
      waitingCases.deliver(caseNumber, waiting, PreliminaryModel.MESSAGE_NSC, Map.of(
          "nscApproved", approved,
          "nscReference", reference,
          "nscComment", comment == null ? "" : comment,
          "nscAnsweredAt", Date.from(deadlines.now()),
          "nscAnswerText", (approved ? "Келісілді / Согласовано / Approved" : "Келісілмеді / Не согласовано / Not approved")
              + " (" + reference + ")" + (comment == null || comment.isBlank() ? "" : ": " + comment)), "an NSC decision");
      journal.record(caseNumber, JOURNAL_KIND, client, "NSC " + (approved ? "approved" : "did not approve")
          + " (" + reference + ")" + (comment == null || comment.isBlank() ? "" : ": " + comment));
      return new Idempotency.Answer(200, Map.of("caseNumber", caseNumber, "status", "RECORDED"), null);
    });
  }
}
