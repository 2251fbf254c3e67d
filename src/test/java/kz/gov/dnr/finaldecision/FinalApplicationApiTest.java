package kz.gov.dnr.finaldecision;

import kz.gov.dnr.calendar.Kazakhstan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.preliminary.PrpJourney;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/v1/cases/{n}/final-application (§20): V5, V7, V9 and the other rules, each with a specific error. */
@DnrSpringTest
class FinalApplicationApiTest {

  @Autowired
  CaseDriver driver;
  @Autowired
  Simulators.Payments payments;
  @LocalServerPort
  int port;
  Http http;
  FinalJourney journey;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    journey = new FinalJourney(http, driver, payments);
  }

  static JsonNode error(Http.Response r, String field) {
    for (JsonNode e : r.json().get("errors")) {
      if (e.get("field").asText().equals(field)) {
        return e;
      }
    }
    throw new AssertionError("no error for " + field + ": " + r.body());
  }

  Http.Response post(String n, Map<String, Object> application, Map<String, Http.Upload> files) {
    return http.postMultipart("/api/v1/cases/" + n + "/final-application", "psc-system", application, files, Map.of());
  }

  @Test
  void theRulesOfSection20RefuseWithSpecificErrors() {
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = new PetitionJourney(http, driver).toSignedPetition(iin, passport);
    new PrpJourney(http, driver, payments).toApproval(n, iin, passport);
    String approval = (String) driver.variable(n, "dnr-case", "approvalNumber");
    Map<String, Object> a = new LinkedHashMap<>(FinalJourney.application(passport, "PA-WRONG-1",
        journey.pay(iin, "F-" + n, "PRP")));
    a.put("housingContractNotarised", false);
    a.put("housingContractStart", "2026-12-01");
    a.put("housingContractEnd", "2027-03-01");
    a.put("consentSigned", false);
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusDays(90).toString());
    Http.Response r = post(n, a, FinalJourney.documents());
    assertThat(r.status()).isEqualTo(422);
    assertThat(error(r, "preliminaryApprovalNumber").get("accepted").asText()).contains(approval);
    assertThat(error(r, "housingContractNotarised").get("reason").asText()).contains("not notarised (V7)");
    assertThat(error(r, "housingContractEnd").get("accepted").asText()).contains("2027-05-30");
    assertThat(error(r, "consentSigned").get("reason").asText()).contains("(V5)");
    assertThat(error(r, "passportExpiryDate")).isNotNull();

    Map<String, Http.Upload> missing = new LinkedHashMap<>(FinalJourney.documents());
    missing.remove("medical-certificate");
    missing.remove("fingerprint-certificate");
    Http.Response m = post(n, FinalJourney.application(passport, approval, "F-" + n), missing);
    assertThat(m.status()).isEqualTo(400);
    assertThat(m.json().get("errors").findValuesAsText("field")).contains("medical-certificate", "fingerprint-certificate");
    assertThat(http.postMultipart("/api/v1/cases/" + n + "/final-application", "egov-portal",
        FinalJourney.application(passport, approval, "F-" + n), FinalJourney.documents(), Map.of()).status()).isEqualTo(403);
  }

  @Test
  void v9AnApplicationWithoutALivePreliminaryApprovalIsRefused() {
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = new PetitionJourney(http, driver).toSignedPetition(iin, passport);
    Http.Response early = post(n, FinalJourney.application(passport, "PA-" + n.substring(4), journey.pay(iin, "E-" + n, "PRP")),
        FinalJourney.documents());
    assertThat(early.status()).isEqualTo(422);
    assertThat(error(early, "preliminaryApprovalNumber").get("reason").asText()).contains("not granted yet").contains("(V9)");
  }
}
