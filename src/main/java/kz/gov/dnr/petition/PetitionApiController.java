package kz.gov.dnr.petition;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Stage 1 endpoints of the Astana Hub portal (§4, §6). */
@RestController
@Tag(name = "Stage 1: petition", description = "Astana Hub portal: petition application and interview booking (§4–§6)")
public class PetitionApiController {

  private final PetitionIntake intake;
  private final InterviewBooking booking;

  public PetitionApiController(PetitionIntake intake, InterviewBooking booking) {
    this.intake = intake;
    this.booking = booking;
  }

  @PostMapping(value = "/api/v1/petition-applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ClientsOnly(SystemClient.ASTANAHUB_PORTAL)
  @Operation(summary = "Apply for a petition (§4)", description = "multipart/form-data: a part 'application' (JSON:"
      + " iin, surname, givenNames, dateOfBirth, citizenship, passportNumber, passportExpiryDate, email, phone, city"
      + " ASTANA|ALMATY, personalDataConsent; optional placeOfBirth, passportIssuedOn, passportIssuer, address,"
      + " criminalRecordLegalisation CONSULAR|APOSTILLE) and the files passport, photo, portfolio, training-certificate,"
      + " cv, motivation-letter, criminal-record, and optionally diploma. 201 with the case number.")
  public ResponseEntity<Object> apply(MultipartHttpServletRequest request,
      @Parameter(description = "makes a retry return the first answer") @RequestHeader(value = Idempotency.HEADER, required = false)
      String idempotencyKey) {
    return intake.submit(request, ApiCaller.of(request).id(), idempotencyKey);
  }

  @PostMapping(value = "/api/v1/cases/{caseNumber}/interview-booking", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ClientsOnly(SystemClient.ASTANAHUB_PORTAL)
  @Operation(summary = "Book one of the offered interview times (§6)", description = "JSON {\"slot\": \"<ISO date-time"
      + " offered in the invitation>\"}")
  public ResponseEntity<Object> book(@PathVariable String caseNumber, @RequestBody(required = false) JsonNode body,
      @RequestHeader(value = Idempotency.HEADER, required = false) String idempotencyKey, HttpServletRequest request) {
    return booking.book(caseNumber, body, ApiCaller.of(request).id(), idempotencyKey);
  }
}
