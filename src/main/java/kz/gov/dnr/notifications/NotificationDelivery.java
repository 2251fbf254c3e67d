package kz.gov.dnr.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.outside.ApplicantCabinet;
import kz.gov.dnr.outside.MailDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: each due message is claimed by one node (several nodes may share the database),
 * sent to its portal cabinet or by e-mail with its documents attached, and marked delivered. A failure is
 * tried again later (1, 2, 4 … minutes, at most hourly); the message and its last error stay visible in
 * {@code GET /api/v1/cases/{n}/notifications}.
 */
@Component
public class NotificationDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
  private static final Duration CLAIM = Duration.ofMinutes(5);
  private final Outbox outbox;
  private final DocumentStore documents;
  private final CaseRegistry registry;
  private final ApplicantCabinet cabinet;
  private final MailDelivery mail;
  private final Clock clock;
  private final boolean polling;
  private final String node = "node-" + UUID.randomUUID();

  public NotificationDelivery(Outbox outbox, DocumentStore documents, CaseRegistry registry, ApplicantCabinet cabinet,
      MailDelivery mail, Clock clock, @Value("${dnr.notifications.polling:true}") boolean polling) {
    this.outbox = outbox;
    this.documents = documents;
    this.registry = registry;
    this.cabinet = cabinet;
    this.mail = mail;
    this.clock = clock;
    this.polling = polling;
  }

  @Scheduled(fixedDelayString = "${dnr.notifications.poll-interval:PT2S}", initialDelayString = "PT5S")
  void poll() {
    if (polling) {
      deliverDue();
    }
  }

  /** Delivers what is due now; returns how many were delivered. */
  public int deliverDue() {
    Instant now = clock.instant();
    int delivered = 0;
    for (long id : outbox.due(now, 50)) {
      if (!outbox.claim(id, node, now, now.plus(CLAIM))) {
        continue;
      }
      Notification n = outbox.get(id);
      MDC.put("caseNumber", n.caseNumber());
      try {
        send(n);
        outbox.delivered(id, clock.instant());
        delivered++;
      } catch (RuntimeException e) {
        Duration wait = Duration.ofMinutes(Math.min(60, 1L << Math.min(n.attempts(), 6)));
        outbox.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant().plus(wait));
        LOG.warn("Notification {} ({}) not delivered, attempt {}: {}; next try in {}", id, n.channel(),
            n.attempts() + 1, e.getMessage(), wait);
      } finally {
        MDC.remove("caseNumber");
      }
    }
    return delivered;
  }

  private void send(Notification n) {
    List<ApplicantCabinet.Attachment> attachments = new ArrayList<>();
    for (long docId : n.documentIds()) {
      documents.read(n.caseNumber(), docId).ifPresent(c -> attachments.add(new ApplicantCabinet.Attachment(
          c.document().fileName(), c.document().contentType(), c.bytes())));
    }
    switch (n.channel()) {
      case EMAIL -> mail.send(n.deliveryKey(), n.recipient(), n.subject(), n.body(), attachments);
      case ASTANAHUB_CABINET, EGOV_CABINET -> {
        String iin = registry.find(n.caseNumber()).map(c -> c.iin()).orElse(null);
        cabinet.deliver(n.deliveryKey(), n.channel() == Channel.EGOV_CABINET ? ApplicantCabinet.Portal.EGOV : ApplicantCabinet.Portal.ASTANAHUB,
            n.caseNumber(), iin, n.subject(), n.body(), attachments);
      }
      default -> throw new IllegalStateException("Unknown channel " + n.channel());
    }
  }
}
