package kz.gov.dnr.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kz.gov.dnr.journey.WholeJourney;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.junit.jupiter.api.Test;

/**
 * One case from the petition application to the residence card (§4–§27): every officer step in Tasklist
 * in a real browser, every portal step through the HTTP API, as in production.
 */
class BrowserJourneyIT extends BrowserTest {

  @Test
  void r4_1ToR27_1FromThePetitionApplicationToTheResidenceCardInTasklist() {
    Http http = http();
    BrowserOfficers officers = officersIn(tasklist());
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();

    String n = WholeJourney.toResidenceCard(http, driver, officers, payments, iin, passport);

    JsonNode status = http.get("/api/v1/cases/" + n, "psc-system").json();
    assertThat(status.get("status").asText()).isEqualTo("CLOSED");
    assertThat(status.get("outcome").asText()).isEqualTo("GRANTED");
    List<String> by = new ArrayList<>();
    http.get("/api/v1/cases/" + n, "supervisor").json().get("decisions")
        .forEach(d -> by.add(d.get("kind").asText() + ":" + d.path("actor").asText()));
    assertThat(by).as("every officer's decision was taken by the demo user in the browser")
        .contains("SCREENING_DECISION:hub", "MINISTRY_DECISION:ministry", "REGISTRATION_DECISION:officer",
            "PRELIMINARY_DECISION:officer", "PSC_CHECK:psc", "FINAL_DECISION:officer", "CARD_ISSUED:psc");
  }
}
