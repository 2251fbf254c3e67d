package kz.gov.dnr.notifications;

import java.util.List;
import java.util.Set;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.documents.StoredDocument;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant something, on each channel asked for, in the current transaction (the outbox). The
 * text is in Kazakh, Russian and English; documents go along as attachments and links.
 */
@Component
public class ApplicantNotifier {

  private final Outbox outbox;

  public ApplicantNotifier(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Sends a generated document with a short message on the given channels. */
  public void send(String caseNumber, Applicant applicant, Set<Channel> channels, GeneratedDocument kind,
      String summaryKk, String summaryRu, String summaryEn, List<StoredDocument> documents) {
    String subject = caseNumber + ": " + kind.kk() + " / " + kind.ru() + " / " + kind.en();
    String text = summaryKk + "\n\n" + summaryRu + "\n\n" + summaryEn + "\n";
    List<Long> ids = documents.stream().map(StoredDocument::id).toList();
    for (Channel channel : channels) {
      if (channel == Channel.EMAIL && (applicant.email() == null || applicant.email().isBlank())) {
        continue;
      }
      outbox.enqueue(caseNumber, channel, channel == Channel.EMAIL ? applicant.email() : null, subject,
          text + documentList(channel, documents), ids);
    }
  }

  /**
   * The documents under the text: in a portal cabinet with the address the portal opens them at; in an e-mail,
   * which carries them as attachments, as attached (the applicant cannot open the portals' API).
   */
  private static String documentList(Channel channel, List<StoredDocument> documents) {
    if (documents.isEmpty()) {
      return "";
    }
    StringBuilder list = new StringBuilder("\nҚұжаттар / Документы / Documents:\n");
    documents.forEach(d -> list.append("- ").append(d.fileName()).append(" (")
        .append(channel == Channel.EMAIL ? "қоса берілген / во вложении / attached" : d.url()).append(")\n"));
    return list.toString();
  }
}
