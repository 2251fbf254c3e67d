package kz.gov.dnr.petition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.FieldError;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.CaseOpening;
import kz.gov.dnr.casefile.PilotProperties;
import kz.gov.dnr.casefile.Upload;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.intake.Fields;
import kz.gov.dnr.intake.IinRule;
import kz.gov.dnr.intake.Legalisation;
import kz.gov.dnr.intake.PassportRule;
import kz.gov.dnr.intake.PersonChecks;
import kz.gov.dnr.intake.Submission;
import kz.gov.dnr.intake.Uploads;
import kz.gov.dnr.intake.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The petition application of §4 (R4.1–R4.3): without consent it is refused at once and nothing about the
 * applicant is kept but the fact (R4.2); otherwise every field and file is checked (V1–V5, R0.1, R0.2), the
 * person's live case and bars (V10, V12), and only then a case is opened.
 */
@Service
public class PetitionIntake {

  private static final Logger LOG = LoggerFactory.getLogger(PetitionIntake.class);
  static final Set<UploadedDocument> ALLOWED = EnumSet.of(UploadedDocument.PASSPORT, UploadedDocument.PHOTO,
      UploadedDocument.DIPLOMA, UploadedDocument.PORTFOLIO, UploadedDocument.TRAINING_CERTIFICATE, UploadedDocument.CV,
      UploadedDocument.MOTIVATION_LETTER, UploadedDocument.CRIMINAL_RECORD);
  static final Set<UploadedDocument> REQUIRED = EnumSet.copyOf(PetitionChecklist.REQUIRED);
  static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'\\-]*");
  static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{6,14}");

  private final ObjectMapper json;
  private final Uploads uploads;
  private final PassportRule passport;
  private final PersonChecks persons;
  private final CaseOpening opening;
  private final Idempotency idempotency;
  private final DeadlineService deadlines;
  private final PilotProperties pilot;

  public PetitionIntake(ObjectMapper json, Uploads uploads, PassportRule passport, PersonChecks persons,
      CaseOpening opening, Idempotency idempotency, DeadlineService deadlines, PilotProperties pilot) {
    this.json = json;
    this.uploads = uploads;
    this.passport = passport;
    this.persons = persons;
    this.opening = opening;
    this.idempotency = idempotency;
    this.deadlines = deadlines;
    this.pilot = pilot;
  }

  public ResponseEntity<Object> submit(MultipartHttpServletRequest request, String client, String idempotencyKey) {
    Violations v = new Violations();
    Submission submission = Submission.read(request, json, ALLOWED, REQUIRED, v);
    Optional<ResponseEntity<Object>> replay = idempotency.replay(client, idempotencyKey, submission.sha256());
    if (replay.isPresent()) {
      return replay.get();
    }
    JsonNode application = submission.application();
    if (application != null && application.path("personalDataConsent").isBoolean()
        && !application.path("personalDataConsent").asBoolean()) {
      LOG.info("Petition application refused at once: no personal-data consent (R4.2); nothing about the applicant was kept");
      throw new ApiException(ProblemKind.REFUSED_BY_RULES, "Without consent to the collection and processing of personal"
          + " data the petition cannot be formed (R4.2); nothing about the applicant was stored",
          List.of(new FieldError("personalDataConsent", "is false", "true: the applicant consents to the collection and"
              + " processing of their personal data")));
    }
    LocalDate today = deadlines.today();
    Applicant applicant = null;
    String legalisation = null;
    if (application != null) {
      Fields f = new Fields(application, v);
      String iin = f.text("iin", true, 12, Pattern.compile("\\d{12}"), "12 digits, e.g. 850315300128");
      String surname = f.text("surname", true, 200, NAME, "letters, spaces, hyphens and apostrophes");
      String givenNames = f.text("givenNames", true, 200, NAME, "letters, spaces, hyphens and apostrophes");
      LocalDate dateOfBirth = f.date("dateOfBirth", true);
      String placeOfBirth = f.text("placeOfBirth", false, 200, null, "a place, as in the passport");
      String citizenship = f.text("citizenship", true, 3, COUNTRY, "an ISO 3166-1 alpha-3 code such as USA");
      String passportNumber = f.text("passportNumber", true, 20, PASSPORT, "5 to 20 capital letters and digits");
      LocalDate passportExpiry = f.date("passportExpiryDate", true);
      LocalDate passportIssuedOn = f.date("passportIssuedOn", false);
      String passportIssuer = f.text("passportIssuer", false, 200, null, "the issuing authority");
      String email = f.text("email", true, 254, EMAIL, "an e-mail address such as anna@example.org");
      String phone = f.text("phone", true, 16, PHONE, "an international number such as +15551234567");
      String city = f.text("city", true, 20, null, "ASTANA or ALMATY");
      String address = f.text("address", false, 300, null, "the applicant's address");
      Boolean consent = f.bool("personalDataConsent", true);
      legalisation = f.oneOf("criminalRecordLegalisation", false, Legalisation.CODES);
      f.rejectUnknown();

      if (iin != null) {
        IinRule.problem(iin).ifPresent(p -> v.refused("iin", p, "an IIN with a valid check digit"));
      }
      if (city != null && !pilot.cities().contains(city)) {
        v.refused("city", "'" + city + "' is not a pilot city (R0.1)", "one of " + String.join(", ", pilot.cities()));
      }
      if (dateOfBirth != null && !dateOfBirth.isBefore(today)) {
        v.refused("dateOfBirth", dateOfBirth + " is not in the past", "the date of birth in the passport");
      }
      if ("KAZ".equals(citizenship)) {
        v.refused("citizenship", "citizens of Kazakhstan do not apply for a residence permit", "a foreign citizenship");
      }
      if (passportExpiry != null) {
        passport.problem(passportExpiry, today).ifPresent(p -> v.refused("passportExpiryDate", p, passport.accepted(today)));
      }
      if (Boolean.FALSE.equals(consent)) {
        v.refused("personalDataConsent", "is false", "true");
      }
      if (!v.has("application") && iin != null && surname != null && givenNames != null && dateOfBirth != null
          && citizenship != null && passportNumber != null && passportExpiry != null && email != null && phone != null
          && city != null) {
        applicant = new Applicant(iin, surname, givenNames, dateOfBirth, placeOfBirth, citizenship, passportNumber,
            passportExpiry, passportIssuedOn, passportIssuer, email, phone, city, address);
      }
    }
    List<Upload> files = uploads.accept(submission, v);
    if (today.isAfter(pilot.endsOn())) {
      v.refused("application", "the pilot accepts new applications until " + pilot.endsOn() + " (R0.2)",
          "an application on or before " + pilot.endsOn());
    }
    v.throwIfAny("The petition application");
    Applicant accepted = applicant;
    String legal = legalisation;
    persons.noOtherLiveCase(accepted.iin(), accepted.passportNumber(), null);
    persons.noBar(accepted.iin(), accepted.passportNumber(), today);
    return idempotency.submit(client, idempotencyKey, submission.sha256(), () -> {
      String caseNumber = opening.openPetitionCase(accepted, legal, files, client);
      return new Idempotency.Answer(201, Map.of("caseNumber", caseNumber, "status", "SUBMITTED"),
          "/api/v1/cases/" + caseNumber);
    });
  }
}
