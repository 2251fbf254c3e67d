package kz.gov.dnr.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.documents.DocumentSource;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.documents.StoredDocument;
import kz.gov.dnr.outside.simulator.OutsideSystem;
import kz.gov.dnr.outside.simulator.SimulatorControl;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Messages to applicants: written with the step, delivered by e-mail (a real SMTP server) and to the cabinet. */
@DnrSpringTest
class NotificationsTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  ApplicantNotifier notifier;
  @Autowired
  NotificationDelivery delivery;
  @Autowired
  TransactionTemplate tx;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired
  DocumentStore store;
  @Autowired
  CaseRegistry registry;
  @Autowired
  SimulatorControl control;
  @Autowired
  Simulators.Cabinets cabinets;
  @LocalServerPort
  int port;

  static final Applicant APPLICANT = new Applicant("930212500049", "Raghunathan", "Priya", LocalDate.of(1993, 2, 12),
      null, "IND", "Z7000001", LocalDate.of(2032, 1, 1), null, null, "priya@example.org", "+911234567890", "ALMATY", null);

  @org.junit.jupiter.api.BeforeEach
  void drainWhatOtherTestsLeft() {
    while (delivery.deliverDue() > 0) {
      // messages of other tests' cases
    }
    smtp.reset();
  }

  @AfterEach
  void reset() {
    control.reset();
    ClockUtil.reset();
    delivery.deliverDue(); // leave nothing due for the next test
  }

  String openCase(String n) {
    tx.executeWithoutResult(s -> registry.open(n, "0" + n.substring(9) + "00000", "N" + n.substring(9), "ALMATY"));
    return n;
  }

  @Test
  void aMessageOfAStepThatRolledBackIsNeverSent() {
    String n = openCase("DNR-2026-700001");
    try {
      tx.executeWithoutResult(s -> {
        notifier.send(n, APPLICANT, Set.of(Channel.EMAIL), GeneratedDocument.RETURN_NOTICE, "kk", "ru", "en", List.of());
        throw new IllegalStateException("the step failed");
      });
    } catch (IllegalStateException expected) {
      // the step's transaction rolled back
    }
    delivery.deliverDue();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(new Http(port).get("/api/v1/cases/" + n + "/notifications", "supervisor").json()).isEmpty();
  }

  @Test
  void messagesGoByEmailWithTheirDocumentsAndToThePortalCabinet() throws Exception {
    String n = openCase("DNR-2026-700002");
    StoredDocument doc = store.store(n, "return-notice", n + "-return-notice-1.pdf", "application/pdf",
        "%PDF-1.7 test".getBytes(), DocumentSource.GENERATED, null);
    tx.executeWithoutResult(s -> notifier.send(n, APPLICANT, Set.of(Channel.EMAIL, Channel.EGOV_CABINET),
        GeneratedDocument.RETURN_NOTICE, "Өтінішіңіз қайтарылды.", "Ваше заявление возвращено.",
        "Your application was returned.", List.of(doc)));

    assertThat(delivery.deliverDue()).isEqualTo(2);
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("priya@example.org");
    assertThat(mails[0].getSubject()).contains(n).contains("Уведомление о возврате заявления");
    // the mail carries the document; the portals' API address would mean nothing to the applicant
    assertThat(plainText(mails[0])).contains("Ваше заявление возвращено.")
        .contains("- " + n + "-return-notice-1.pdf (қоса берілген / во вложении / attached)").doesNotContain(doc.url());
    MimeMultipart parts = (MimeMultipart) mails[0].getContent();
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(n + "-return-notice-1.pdf");
    assertThat(cabinets.delivered()).anyMatch(d -> d.startsWith("EGOV " + n));

    JsonNode list = new Http(port).get("/api/v1/cases/" + n + "/notifications", "egov-portal").json();
    assertThat(list).hasSize(2);
    assertThat(list.findValuesAsText("channel")).containsExactlyInAnyOrder("EMAIL", "EGOV_CABINET");
    assertThat(list.findValuesAsText("status")).containsOnly("DELIVERED");
    assertThat(list.get(0).get("text").asText()).contains("Ваше заявление возвращено.").contains("Your application was returned.");
    assertThat(list.get(0).at("/documents/0/url").asText()).isEqualTo(doc.url());
    JsonNode cabinet = list.get(list.get(0).get("channel").asText().equals("EGOV_CABINET") ? 0 : 1);
    assertThat(cabinet.get("text").asText()).as("the cabinet's text links the document where the portal opens it")
        .contains("- " + n + "-return-notice-1.pdf (" + doc.url() + ")");
  }

  @Test
  void aMessageSentAgainAfterANodeDiedBeforeRecordingItIsTheSameMessageToTheReceiver() throws Exception {
    String n = openCase("DNR-2026-700004");
    tx.executeWithoutResult(s -> notifier.send(n, APPLICANT, Set.of(Channel.EMAIL, Channel.EGOV_CABINET),
        GeneratedDocument.RETURN_NOTICE, "kk", "ru", "en", List.of()));
    assertThat(delivery.deliverDue()).isEqualTo(2);
    // the node sent both and died before its "delivered" committed: after the claim expires, another node sends them
    assertThat(jdbc.update("update dnr_notification set delivered_at = null, attempts = 0 where case_number = ?", n))
        .isEqualTo(2);
    assertThat(delivery.deliverDue()).isEqualTo(2);

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).as("at least once: the applicant's mail server got it twice").hasSize(2);
    assertThat(mails[0].getMessageID()).as("under one Message-ID, which mail systems keep once")
        .matches("<" + n + "\\.n\\d+@dnr\\.gov\\.kz>").isEqualTo(mails[1].getMessageID());
    assertThat(cabinets.delivered()).as("the portal, given the same delivery key, shows it once")
        .filteredOn(d -> d.startsWith("EGOV " + n)).hasSize(1);
  }

  /** The text/plain part of a mail, decoded. */
  static String plainText(jakarta.mail.Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        String t = plainText(mp.getBodyPart(i));
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  @Test
  void aFailedDeliveryIsTriedAgainLaterAndShowsItsError() {
    String n = openCase("DNR-2026-700003");
    tx.executeWithoutResult(s -> notifier.send(n, APPLICANT, Set.of(Channel.ASTANAHUB_CABINET),
        GeneratedDocument.INTERVIEW_INVITATION, "kk", "ru", "en", List.of()));
    control.next(OutsideSystem.PORTALS, SimulatorControl.Mode.FAIL, 1);
    assertThat(delivery.deliverDue()).isZero();
    JsonNode pending = new Http(port).get("/api/v1/cases/" + n + "/notifications", "astanahub-portal").json().get(0);
    assertThat(pending.get("status").asText()).isEqualTo("RETRYING");
    assertThat(pending.get("lastError").asText()).contains("PORTALS");
    assertThat(delivery.deliverDue()).as("not before its next attempt").isZero();
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(120)));
    assertThat(delivery.deliverDue()).isEqualTo(1);
    JsonNode done = new Http(port).get("/api/v1/cases/" + n + "/notifications", "astanahub-portal").json().get(0);
    assertThat(done.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(done.get("attempts").asInt()).isEqualTo(2);
  }
}
