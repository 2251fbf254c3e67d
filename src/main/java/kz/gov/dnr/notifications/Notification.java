package kz.gov.dnr.notifications;

import java.time.Instant;
import java.util.List;

/** One message to an applicant, as the outbox holds it. */
public record Notification(long id, String caseNumber, Channel channel, String recipient, String subject, String body,
    List<Long> documentIds, Instant createdAt, Instant deliveredAt, int attempts, Instant nextAttemptAt,
    String lastError) {

  /**
   * The same for every attempt to deliver this message and unique to it: a message sent again after a node died
   * before recording its delivery carries the key of the first attempt, so the receiver can tell (no personal data).
   */
  public String deliveryKey() {
    return caseNumber + ".n" + id;
  }

  public String status() {
    return deliveredAt != null ? "DELIVERED" : attempts == 0 ? "PENDING" : "RETRYING";
  }
}
