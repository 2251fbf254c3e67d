package kz.gov.dnr.outside;

import java.util.List;

/** E-mail to applicants (§6, §9): Spring Mail to the configured SMTP server. */
public interface MailDelivery {

  /**
   * Sends one message. {@code deliveryKey} is the same on every attempt to send it (dot-atom characters only):
   * the message's identity for the receiving side, which may drop a repetition.
   */
  void send(String deliveryKey, String to, String subject, String text, List<ApplicantCabinet.Attachment> attachments);
}
