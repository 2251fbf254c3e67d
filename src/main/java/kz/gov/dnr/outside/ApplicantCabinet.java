package kz.gov.dnr.outside;

import java.util.List;

/** The applicants' personal cabinets on astanahub.com and egov.kz (§6, §9, §12, §19, §23). */
public interface ApplicantCabinet {

  /** Which portal. */
  enum Portal {
    ASTANAHUB, EGOV
  }

  /**
   * Puts a message in the applicant's cabinet. {@code deliveryKey} is the same on every attempt to deliver this
   * message: an adapter passes it as the portal's idempotency key, so a repetition after a crash shows once.
   */
  void deliver(String deliveryKey, Portal portal, String caseNumber, String iin, String subject, String text,
      List<Attachment> attachments);

  /** Places a document in the applicant's cabinet, where the portal keeps it (the signed petition, §8). */
  void publishDocument(Portal portal, String caseNumber, String iin, String documentCode, Attachment document);

  /** A document attached to a message. */
  record Attachment(String fileName, String contentType, byte[] bytes) {
  }
}
