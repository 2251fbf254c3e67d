package kz.gov.dnr.preliminary;

import static org.assertj.core.api.Assertions.assertThat;

import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrPostgresTest;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Stage 2.1 on PostgreSQL: from the eGov request to the approval notice, through the API. */
@DnrPostgresTest
class PreliminaryPostgresTest {

  @LocalServerPort
  int port;
  @Autowired
  CaseDriver driver;
  @Autowired
  Simulators.Payments payments;
  @Autowired
  DocumentStore store;

  @Test
  void fromTheEgovRequestToThePreliminaryApprovalOnPostgresql() {
    Http http = new Http(port);
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = new PetitionJourney(http, driver).toSignedPetition(iin, passport);
    new PrpJourney(http, driver, payments).toApproval(n, iin, passport);
    long id = store.latest(n, "preliminary-approval").orElseThrow().id();
    assertThat(http.get("/api/v1/cases/" + n + "/documents/" + id, "egov-portal").status()).isEqualTo(200);
    assertThat(http.get("/api/v1/cases/" + n + "/notifications", "egov-portal").json().findValuesAsText("subject"))
        .anyMatch(s -> s.contains("Preliminary approval"));
    assertThat(http.get("/api/v1/cases/" + n, "egov-portal").json().at("/waitingFor").toString())
        .contains("FinalApplicationReceived");
  }
}
