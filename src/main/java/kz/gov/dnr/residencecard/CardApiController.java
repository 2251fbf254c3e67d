package kz.gov.dnr.residencecard;

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

/** The PSC system's application for registration and the residence card (§25–§26). */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
@Tag(name = "Stage 2.2 and the residence card", description = "PSC system (§20–§27)")
public class CardApiController {

  private final CardIntake cardIntake;

  public CardApiController(CardIntake cardIntake) {
    this.cardIntake = cardIntake;
  }

  @PostMapping(value = "/residence-card-application", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ClientsOnly(SystemClient.PSC_SYSTEM)
  @Operation(summary = "Registration and the residence card (§25–§26)", description = "multipart/form-data: a part"
      + " 'application' (JSON: passportNumber, passportExpiryDate, prpDecisionNumber, paymentReference) and the files"
      + " passport and fee-receipt. 202 when received.")
  public ResponseEntity<Object> cardApplication(@PathVariable String caseNumber, MultipartHttpServletRequest request,
      @RequestHeader(value = Idempotency.HEADER, required = false) String key) {
    return cardIntake.submit(caseNumber, request, ApiCaller.of(request).id(), key);
  }
}
