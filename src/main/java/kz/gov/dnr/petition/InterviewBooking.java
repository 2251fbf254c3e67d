package kz.gov.dnr.petition;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.FieldError;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.WaitingCase;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.engine.ProcessJson;
import kz.gov.dnr.intake.Fields;
import kz.gov.dnr.intake.Violations;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/** R6.1: the applicant books one of the offered interview times through the Astana Hub portal. */
@Service
public class InterviewBooking {

  private final CaseRegistry registry;
  private final CaseJournal journal;
  private final RuntimeService runtime;
  private final WaitingCase waitingCases;
  private final Idempotency idempotency;

  public InterviewBooking(CaseRegistry registry, CaseJournal journal, RuntimeService runtime, WaitingCase waitingCases, Idempotency idempotency) {
    this.registry = registry;
    this.journal = journal;
    this.runtime = runtime;
    this.waitingCases = waitingCases;
    this.idempotency = idempotency;
  }

  public ResponseEntity<Object> book(String caseNumber, JsonNode body, String client,
      String idempotencyKey) {
    String hash = Idempotency.sha256(caseNumber, body);
    var replay = idempotency.replay(client, idempotencyKey, hash);
    if (replay.isPresent()) {
      return replay.get();
    }
    registry.require(caseNumber);
    Violations v = new Violations();
    Fields fields = Fields.ofBody(body, v, "a JSON object {\"slot\": \"<ISO date-time offered in the invitation>\"}");
    String raw = fields.text("slot", true, 60, null, "one of the ISO date-times offered in the invitation");
    fields.rejectUnknown();
    Instant slot = raw == null ? null : InterviewSlots.read(raw).orElse(null);
    if (raw != null && slot == null) {
      v.malformed("slot", "'" + raw + "' is not an ISO date-time", "for example 2026-12-01T10:00+05:00");
    }
    v.throwIfAny("The booking");
    ProcessInstance waiting = waitingCases.waitingFor(caseNumber, PetitionModel.MESSAGE_BOOKED).orElseThrow(() -> new ApiException(ProblemKind.CONFLICT,
            "Case " + caseNumber + " is not waiting for an interview booking"));
    List<String> iso = ProcessJson.parse(runtime.getVariableTyped(waiting.getId(), "interviewSlots", false), "interviewSlots",
        ProcessJson.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
    List<Instant> offered = iso.stream().map(s -> InterviewSlots.read(s).orElseThrow()).toList();
    if (!offered.contains(slot)) {
      throw new ApiException(ProblemKind.REFUSED_BY_RULES, "The time was not offered for this case",
          List.of(new FieldError("slot", InterviewSlots.iso(slot) + " was not offered",
              "one of " + String.join(", ", offered.stream().map(InterviewSlots::iso).toList()))));
    }
    Instant booked = slot;
    return idempotency.submit(client, idempotencyKey, hash, () -> {
      waitingCases.deliver(caseNumber, waiting, PetitionModel.MESSAGE_BOOKED, Map.of(
          "interviewSlot", InterviewSlots.iso(booked),
          "interviewSlotAt", Date.from(booked),
          "interviewSlotText", InterviewSlots.show(booked)), "a booking");
      journal.record(caseNumber, "INTERVIEW_BOOKED", client, "Interview booked for " + InterviewSlots.show(booked));
      return new Idempotency.Answer(200, Map.of("caseNumber", caseNumber, "slot", InterviewSlots.iso(booked),
          "status", "BOOKED"), null);
    });
  }
}
