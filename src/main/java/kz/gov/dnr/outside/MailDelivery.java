package kz.gov.dnr.outside;

import java.util.List;

/** E-mail to applicants (§6, §9): Spring Mail to the configured SMTP server. */
public interface MailDelivery {

  void send(String to, String subject, String text, List<ApplicantCabinet.Attachment> attachments);
}
