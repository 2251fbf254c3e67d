package kz.gov.dnr.preliminary;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.security.ApiCaller;
import kz.gov.dnr.security.ClientsOnly;
import kz.gov.dnr.security.SystemClient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Stage 2.1 endpoints: the eGov e-application and its resubmission, the NSC's answer (§10–§15). */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
@Tag(name = "Stage 2.1: preliminary approval", description = "eGov portal and Berkut gateway (§10–§19)")
public class PreliminaryApiController {

  private static final String DOCS = "multipart/form-data: a part 'application' (JSON: passportNumber,"
      + " passportExpiryDate, paymentReference, criminalRecordLegalisation CONSULAR|APOSTILLE) and the files passport,"
      + " photo, criminal-record (legalised or apostilled), questionnaire (PDF) and questionnaire-signature (detached"
      + " CMS of the questionnaire by the applicant's EDS). The petition is held by the system. 202 when received.";

  private final PrpIntake intake;
  private final NscAnswers nsc;

  public PreliminaryApiController(PrpIntake intake, NscAnswers nsc) {
    this.intake = intake;
    this.nsc = nsc;
  }

  @PostMapping(value = "/prp-application", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ClientsOnly(SystemClient.EGOV_PORTAL)
  @Operation(summary = "The e-application for a permanent residence permit (§10–§11)", description = DOCS)
  public ResponseEntity<Object> application(@PathVariable String caseNumber, MultipartHttpServletRequest request,
      @RequestHeader(value = Idempotency.HEADER, required = false) String key) {
    return intake.submit(caseNumber, request, ApiCaller.of(request).id(), key, false);
  }

  @PostMapping(value = "/prp-application/resubmission", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ClientsOnly(SystemClient.EGOV_PORTAL)
  @Operation(summary = "The corrected e-application after a return (§12), within 5 calendar days", description = DOCS)
  public ResponseEntity<Object> resubmission(@PathVariable String caseNumber, MultipartHttpServletRequest request,
      @RequestHeader(value = Idempotency.HEADER, required = false) String key) {
    return intake.submit(caseNumber, request, ApiCaller.of(request).id(), key, true);
  }

  @PostMapping(value = "/nsc-decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ClientsOnly(SystemClient.BERKUT_GATEWAY)
  @Operation(summary = "The NSC's answer through Berkut (§15)",
      description = "JSON {\"approved\": true|false, \"reference\": \"<the Berkut request>\", \"comment\": \"…\"}."
          + " A second answer for the same case is 409.")
  public ResponseEntity<Object> nscDecision(@PathVariable String caseNumber, @RequestBody(required = false) JsonNode body,
      @RequestHeader(value = Idempotency.HEADER, required = false) String key, HttpServletRequest request) {
    return nsc.answer(caseNumber, body, ApiCaller.of(request).id(), key);
  }
}
