package kz.gov.dnr.finaldecision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.security.ApiCaller;
import kz.gov.dnr.security.ClientsOnly;
import kz.gov.dnr.security.SystemClient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The PSC system's application after arrival (§20–§21); the card's is {@code residencecard.CardApiController}. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
@Tag(name = "Stage 2.2 and the residence card", description = "PSC system (§20–§27)")
public class FinalApiController {

  private final FinalIntake finalIntake;

  public FinalApiController(FinalIntake finalIntake) {
    this.finalIntake = finalIntake;
  }

  @PostMapping(value = "/final-application", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ClientsOnly(SystemClient.PSC_SYSTEM)
  @Operation(summary = "The application at a PSC after arrival (§20–§21)", description = "multipart/form-data: a part"
      + " 'application' (JSON: passportNumber, passportExpiryDate, preliminaryApprovalNumber, paymentReference,"
      + " housingContractNotarised, housingContractStart, housingContractEnd, consentSigned) and the files passport,"
      + " photo, criminal-record, questionnaire, medical-certificate, fingerprint-certificate, housing-contract and"
      + " consent-form (signed). The petition is held by the system. 202 when received.")
  public ResponseEntity<Object> finalApplication(@PathVariable String caseNumber, MultipartHttpServletRequest request,
      @RequestHeader(value = Idempotency.HEADER, required = false) String key) {
    return finalIntake.submit(caseNumber, request, ApiCaller.of(request).id(), key);
  }
}
