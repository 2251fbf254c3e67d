package kz.gov.dnr.notifications;

import java.time.Instant;
import java.util.List;

/** One message to an applicant, as the outbox holds it. */
public record Notification(long id, String caseNumber, Channel channel, String recipient, String subject, String body,
    List<Long> documentIds, Instant createdAt, Instant deliveredAt, int attempts, Instant nextAttemptAt,
    String lastError) {

  public String status() {
    return deliveredAt != null ? "DELIVERED" : attempts == 0 ? "PENDING" : "RETRYING";
  }
}
