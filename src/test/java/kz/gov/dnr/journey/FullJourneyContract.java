package kz.gov.dnr.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kz.gov.dnr.notifications.NotificationDelivery;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole order, §4 to §27, through the HTTP API where a portal acts and as the demo officers where a
 * person acts, asserting every document and every message to the applicant on the way. Run on H2 and
 * PostgreSQL by its subclasses. R0.3: the workflow orchestrates every body of the order, from the Astana Hub
 * portal through eGov and Berkut to the PSC system.
 */
abstract class FullJourneyContract {

  @org.junit.jupiter.api.extension.RegisterExtension
  static com.icegreen.greenmail.junit5.GreenMailExtension smtp =
      new com.icegreen.greenmail.junit5.GreenMailExtension(com.icegreen.greenmail.util.ServerSetupTest.SMTP);

  @Autowired
  CaseDriver driver;
  @Autowired
  Simulators.Payments payments;
  @Autowired
  NotificationDelivery delivery;
  @LocalServerPort
  int port;

  @Test
  void fromThePetitionApplicationToTheResidenceCard() {
    Http http = new Http(port);
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = WholeJourney.toResidenceCard(http, driver, driver, payments, iin, passport);
    while (delivery.deliverDue() > 0) {
      // deliver everything, other tests' messages included
    }

    JsonNode status = http.get("/api/v1/cases/" + n, "psc-system").json();
    assertThat(status.get("status").asText()).isEqualTo("CLOSED");
    assertThat(status.get("outcome").asText()).isEqualTo("GRANTED");

    List<String> generated = new ArrayList<>();
    http.get("/api/v1/cases/" + n + "/documents", "egov-portal").json().forEach(d -> {
      if (d.get("source").asText().equals("GENERATED")) {
        generated.add(d.get("code").asText());
      }
    });
    assertThat(generated).containsExactly("interview-invitation", "petition", "preliminary-approval", "consent-form",
        "prp-decision", "residence-card-issue");
    for (JsonNode d : http.get("/api/v1/cases/" + n + "/documents", "egov-portal").json()) {
      Http.Response file = http.get(d.get("url").asText(), "egov-portal");
      assertThat(file.status()).isEqualTo(200);
      assertThat(Fixtures.sha256(file.bytes())).isEqualTo(d.get("sha256").asText());
    }

    JsonNode notifications = http.get("/api/v1/cases/" + n + "/notifications", "egov-portal").json();
    List<String> told = new ArrayList<>();
    notifications.forEach(m -> told.add(m.get("channel").asText() + " " + m.get("subject").asText().split(": ", 2)[1]
        .split(" / ")[2]));
    assertThat(told).containsExactlyInAnyOrder(
        "ASTANAHUB_CABINET Invitation to a video interview", "EMAIL Invitation to a video interview",
        "EMAIL Petition",
        "EGOV_CABINET Preliminary approval of a permanent residence permit", "EMAIL Preliminary approval of a permanent residence permit",
        "EGOV_CABINET Consent to the collection, processing and cross-border transfer of personal data",
        "EMAIL Consent to the collection, processing and cross-border transfer of personal data",
        "EGOV_CABINET Decision granting a permanent residence permit", "EMAIL Decision granting a permanent residence permit",
        "EGOV_CABINET Residence card issue record", "EMAIL Residence card issue record");
    assertThat(notifications.findValuesAsText("status")).containsOnly("DELIVERED");
    long mails = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith(n + ":");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).count();
    assertThat(mails).as("every e-mail of the case reached the SMTP server").isEqualTo(6);
    notifications.forEach(m -> assertThat(m.get("documents")).hasSize(1));
    // R0.4: each officer group reads the documents of the stages it works, a supervisor the whole case.
    assertThat(codes(http, n, "hub")).contains("cv", "motivation-letter", "petition")
        .doesNotContain("medical-certificate", "housing-contract", "questionnaire", "prp-decision");
    assertThat(codes(http, n, "officer")).contains("questionnaire", "medical-certificate", "petition", "prp-decision")
        .doesNotContain("cv", "portfolio", "motivation-letter", "interview-invitation");
    assertThat(codes(http, n, "psc")).contains("housing-contract", "consent-form", "fee-receipt", "residence-card-issue")
        .doesNotContain("cv", "diploma", "questionnaire-signature");
    assertThat(codes(http, n, "supervisor")).contains("cv", "medical-certificate", "fee-receipt");
    JsonNode cv = null;
    for (JsonNode d : http.get("/api/v1/cases/" + n + "/documents", "supervisor").json()) {
      if (d.get("code").asText().equals("cv")) {
        cv = d;
      }
    }
    Http.Response refused = http.get(cv.get("url").asText(), "officer");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("detail").asText()).contains("does not read the cv documents").contains("R0.4");
    assertThat(http.get(cv.get("url").asText(), "ministry").status()).isEqualTo(200);

    // R0.4: the record checks and the NSC's entries are read by the migration service and supervisors only.
    for (String reader : List.of("officer", "supervisor")) {
      assertThat(kinds(http, n, reader)).as(reader).contains("RECORD_CHECKS", "NSC_REQUESTED", "NSC_DECISION");
    }
    for (String reader : List.of("hub", "ministry", "psc", "astanahub-portal", "egov-portal", "psc-system", "berkut-gateway")) {
      assertThat(kinds(http, n, reader)).as(reader).contains("APPLICATION_RECEIVED", "CASE_CLOSED")
          .doesNotContain("RECORD_CHECKS", "NSC_REQUESTED", "NSC_DECISION");
    }

    assertThat(kinds(http, n, "hub")).contains("SCREENING_DECISION", "MINISTRY_DECISION")
        .doesNotContain("PRELIMINARY_DECISION", "PSC_CHECK", "FINAL_DECISION", "CARD_ISSUED");
    assertThat(kinds(http, n, "psc")).contains("PSC_CHECK", "FINAL_DECISION", "CARD_ISSUED")
        .doesNotContain("SCREENING_DECISION", "PRELIMINARY_DECISION");
    assertThat(kinds(http, n, "officer")).contains("PRELIMINARY_DECISION", "FINAL_DECISION")
        .doesNotContain("SCREENING_DECISION", "CARD_ISSUED");

    assertThat(http.get("/api/v1/cases/" + n + "/notifications", "hub").json().findValuesAsText("subject"))
        .as("R0.4: the messages whose documents Astana Hub reads").isNotEmpty()
        .allMatch(t -> t.contains("Invitation to a video interview") || t.contains("Petition"));
    assertThat(http.get("/api/v1/cases/" + n + "/notifications", "psc").json().findValuesAsText("subject"))
        .anyMatch(t -> t.contains("Residence card issue record"))
        .noneMatch(t -> t.contains("Invitation to a video interview"));

    JsonNode decisions = http.get("/api/v1/cases/" + n, "supervisor").json().get("decisions");
    List<String> kinds = new ArrayList<>();
    decisions.forEach(d -> kinds.add(d.get("kind").asText()));
    assertThat(kinds).containsSubsequence("APPLICATION_RECEIVED", "SCREENING_DECISION", "MINISTRY_DECISION",
        "PRP_APPLICATION_RECEIVED", "REGISTRATION_DECISION", "NSC_DECISION", "PRELIMINARY_DECISION",
        "FINAL_APPLICATION_RECEIVED", "PSC_CHECK", "FINAL_DECISION", "CARD_ISSUED", "CASE_CLOSED");
  }

  static List<String> kinds(Http http, String caseNumber, String user) {
    List<String> kinds = new ArrayList<>();
    http.get("/api/v1/cases/" + caseNumber, user).json().get("decisions").forEach(d -> kinds.add(d.get("kind").asText()));
    return kinds;
  }

  static List<String> codes(Http http, String caseNumber, String user) {
    List<String> codes = new ArrayList<>();
    http.get("/api/v1/cases/" + caseNumber + "/documents", user).json().forEach(d -> codes.add(d.get("code").asText()));
    return codes;
  }
}
