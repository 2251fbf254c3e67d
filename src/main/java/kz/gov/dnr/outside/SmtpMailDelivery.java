package kz.gov.dnr.outside;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail through Spring Mail; any failure is a technical one, retried by the outbox. The message's delivery key
 * is its {@code Message-ID}, at the sender's domain: sent again after a crash, it is the same message to the
 * applicant's mail system (many keep one of a repeated Message-ID).
 */
public class SmtpMailDelivery implements MailDelivery {

  private final JavaMailSender sender;
  private final String from;

  public SmtpMailDelivery(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void send(String deliveryKey, String to, String subject, String text,
      List<ApplicantCabinet.Attachment> attachments) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(text, false);
      for (ApplicantCabinet.Attachment a : attachments) {
        helper.addAttachment(a.fileName(), new ByteArrayResource(a.bytes()), a.contentType());
      }
      // Spring's sender keeps a Message-ID set before it sends
      message.setHeader("Message-ID", "<" + deliveryKey + "@" + from.substring(from.lastIndexOf('@') + 1) + ">");
      sender.send(message);
    } catch (MessagingException | MailException e) {
      throw new OutsideSystemUnavailable("e-mail", "sending failed: " + e.getMessage());
    }
  }
}
