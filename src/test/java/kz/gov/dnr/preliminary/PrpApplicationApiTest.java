package kz.gov.dnr.preliminary;

import kz.gov.dnr.calendar.Kazakhstan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.demo.DemoEds;
import kz.gov.dnr.outside.simulator.OutsideSystem;
import kz.gov.dnr.outside.simulator.SimulatorControl;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/v1/cases/{n}/prp-application (§10–§11): each rule refuses with a specific error and changes nothing. */
@DnrSpringTest
class PrpApplicationApiTest {

  @Autowired
  CaseDriver driver;
  @Autowired
  Simulators.Payments payments;
  @Autowired
  SimulatorControl control;
  @Autowired
  CaseRegistry registry;
  @LocalServerPort
  int port;
  Http http;
  PrpJourney prp;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    prp = new PrpJourney(http, driver, payments);
  }

  @AfterEach
  void reset() {
    control.reset();
  }

  String signedCase(String iin, String passport) {
    return new PetitionJourney(http, driver).toSignedPetition(iin, passport);
  }

  Http.Response post(String n, Map<String, Object> application, Map<String, Http.Upload> files) {
    return http.postMultipart("/api/v1/cases/" + n + "/prp-application", "egov-portal", application, files, Map.of());
  }

  static JsonNode error(Http.Response r, String field) {
    for (JsonNode e : r.json().get("errors")) {
      if (e.get("field").asText().equals(field)) {
        return e;
      }
    }
    throw new AssertionError("no error for " + field + ": " + r.body());
  }

  @Test
  void v8WithoutASignedPetitionTheApplicationIsRefused() {
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = new PetitionJourney(http, driver).apply(iin, passport); // still at screening
    Http.Response r = prp.apply(n, iin, passport, prp.payFee(iin, "EGOV-V8-" + n));
    assertThat(r.status()).isEqualTo(422);
    assertThat(error(r, "petition").get("reason").asText()).contains("no petition signed by the ministry (V8)");
  }

  @Test
  void v6TheFeeMustBeKnownPaidByTheApplicantAndUnused() {
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = signedCase(iin, passport);
    assertThat(error(prp.apply(n, iin, passport, "NO-SUCH-PAYMENT"), "paymentReference").get("reason").asText())
        .contains("not known to the eGov payment gateway");
    payments.put("PAID-BY-OTHER-" + n, "921120401235", new BigDecimal("4325"), "PRP");
    assertThat(error(prp.apply(n, iin, passport, "PAID-BY-OTHER-" + n), "paymentReference").get("reason").asText())
        .contains("another payer");
    payments.put("TOO-LITTLE-" + n, iin, new BigDecimal("100"), "PRP");
    assertThat(error(prp.apply(n, iin, passport, "TOO-LITTLE-" + n), "paymentReference").get("reason").asText())
        .contains("less than the fee");
    payments.put("USED-" + n, iin, new BigDecimal("4325"), "PRP");
    payments.markUsed("USED-" + n, "DNR-2025-000099");
    assertThat(error(prp.apply(n, iin, passport, "USED-" + n), "paymentReference").get("reason").asText())
        .contains("already used");
    control.set(OutsideSystem.PAYMENT_GATEWAY, SimulatorControl.Mode.FAIL);
    Http.Response down = prp.apply(n, iin, passport, prp.payFee(iin, "OK-" + n));
    assertThat(down.status()).isEqualTo(503);
    assertThat(driver.instance(n, "dnr-case")).isNotNull();
    assertThat(driver.instance(n, PreliminaryModel.PROCESS)).as("nothing changed").isNull();
  }

  @Test
  void theQuestionnaireMustBeSignedByTheApplicant() {
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = signedCase(iin, passport);
    Http.Response r = post(n, PrpJourney.application(passport, prp.payFee(iin, "EDS-" + n)),
        PrpJourney.documents("921120401235", DemoEds.Algorithm.ECDSA));
    assertThat(r.status()).isEqualTo(422);
    assertThat(error(r, "questionnaire-signature").get("reason").asText()).contains("not by the applicant");
    Map<String, Http.Upload> notCms = new LinkedHashMap<>(PrpJourney.documents(iin, DemoEds.Algorithm.RSA));
    notCms.put("questionnaire-signature", new Http.Upload("sig.p7s", "application/pkcs7-signature", Fixtures.pdf("not a signature")));
    assertThat(post(n, PrpJourney.application(passport, "EDS-" + n), notCms).status()).isEqualTo(415);
  }

  /** V2, V3 and V11 (R28.1: legalised or apostilled, not merely notarised), all reported at once. */
  @Test
  void passportPhotoLegalisationAndFieldsAreCheckedAllAtOnce() {
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = signedCase(iin, passport);
    Map<String, Object> a = new LinkedHashMap<>(PrpJourney.application(passport, prp.payFee(iin, "ALL-" + n)));
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusDays(30).toString());
    a.put("criminalRecordLegalisation", "NOTARISED");
    Map<String, Http.Upload> files = new LinkedHashMap<>(PrpJourney.documents(iin, DemoEds.Algorithm.RSA));
    files.put("photo", new Http.Upload("p.jpg", "image/jpeg", Fixtures.jpeg(900, 600)));
    Http.Response r = post(n, a, files);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("errors").findValuesAsText("field"))
        .contains("criminalRecordLegalisation", "passportExpiryDate", "photo");
    assertThat(error(r, "criminalRecordLegalisation").get("accepted").asText()).contains("APOSTILLE").contains("CONSULAR");
  }

  @Test
  void aSecondApplicationForTheSameCaseIsAConflictAndOnlyEgovMayFileIt() {
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = signedCase(iin, passport);
    prp.received(n, iin, passport);
    Http.Response again = prp.apply(n, iin, passport, "EGOV-T-" + n);
    assertThat(again.status()).isEqualTo(409);
    assertThat(http.postMultipart("/api/v1/cases/" + n + "/prp-application", "astanahub-portal",
        PrpJourney.application(passport, "x"), PrpJourney.documents(iin, DemoEds.Algorithm.RSA), Map.of()).status())
        .isEqualTo(403);
    assertThat(http.postMultipart("/api/v1/cases/DNR-2026-999996/prp-application", "egov-portal",
        PrpJourney.application(passport, "x"), PrpJourney.documents(iin, DemoEds.Algorithm.RSA), Map.of()).status())
        .isEqualTo(404);
  }

  @Test
  void v10ABarByTheNewPassportNumberIsFound() {
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = signedCase(iin, passport);
    String newPassport = Fixtures.passport();
    LocalDate from = LocalDate.now(Kazakhstan.ZONE).plusMonths(3);
    registry.recordBar("DNR-2025-000123", "B3", "921120401235", newPassport, LocalDate.now(Kazakhstan.ZONE).minusMonths(9), from);
    Http.Response r = prp.apply(n, iin, newPassport, prp.payFee(iin, "BAR-" + n));
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("newApplicationPossibleFrom").asText()).isEqualTo(from.toString());
  }
}
