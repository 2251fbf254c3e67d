package kz.gov.dnr.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.documents.DocumentFacts;
import kz.gov.dnr.documents.DocumentGenerator;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.documents.StoredDocument;
import org.springframework.stereotype.Service;

/**
 * Sends the applicant a generated document: produces and stores it, writes the message with the
 * document to the outbox on each channel, and notes it in the case journal, all in the step's transaction.
 */
@Service
public class ApplicantLetters {

  private final DocumentGenerator generator;
  private final ApplicantNotifier notifier;
  private final CaseJournal journal;

  public ApplicantLetters(DocumentGenerator generator, ApplicantNotifier notifier, CaseJournal journal) {
    this.generator = generator;
    this.notifier = notifier;
    this.journal = journal;
  }

  public StoredDocument send(GeneratedDocument kind, DocumentFacts facts, Set<Channel> channels, String processInstanceId) {
    StoredDocument document = generator.generate(kind, facts, processInstanceId);
    String[] s = summary(kind, facts);
    notifier.send(facts.caseNumber(), facts.applicant(), channels, kind, s[0], s[1], s[2], List.of(document));
    journal.record(facts.caseNumber(), "DOCUMENT_SENT", null, kind.code() + " sent to the applicant ("
        + channels.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")");
    return document;
  }

  /** Tells the applicant something without a document. */
  public void tell(String caseNumber, DocumentFacts facts, Set<Channel> channels, GeneratedDocument about, String kk,
      String ru, String en) {
    notifier.send(caseNumber, facts.applicant(), channels, about, kk, ru, en, List.of());
    journal.record(caseNumber, "APPLICANT_TOLD", null, en);
  }

  static String[] summary(GeneratedDocument kind, DocumentFacts f) {
    String last = day(f.lastDay());
    String from = day(f.newApplicationFrom());
    return switch (kind) {
      case INTERVIEW_INVITATION -> new String[] {
          "Сізді бейнесұхбатқа шақырамыз. Ұсынылған уақыттың бірін astanahub.com жеке кабинетінде " + last + " дейін таңдаңыз.",
          "Приглашаем вас на видеособеседование. Выберите одно из предложенных времён в личном кабинете astanahub.com до " + last + ".",
          "You are invited to a video interview. Choose one of the offered times in your astanahub.com cabinet by " + last + "."};
      case SCREENING_REFUSAL -> new String[] {
          "Өтінішхат алуға берген өтініміңіз қабылданбады. Себептері құжатта көрсетілген.",
          "Ваша заявка на ходатайство отклонена. Причины указаны в документе.",
          "Your application for a petition was refused. The reasons are in the attached document."};
      case PETITION -> new String[] {
          "Министрлік өтінішхатқа қол қойды. Енді eGov порталы арқылы тұрақты тұруға рұқсат алуға өтініш бере аласыз.",
          "Министерство подписало ходатайство. Теперь вы можете подать заявление на разрешение на постоянное проживание через портал eGov.",
          "The ministry has signed your petition. You may now apply for a permanent residence permit on the eGov portal."};
      case RETURN_NOTICE -> new String[] {
          "Өтінішіңіз қайтарылды. Себептерді " + last + " дейін жойып, қайта жіберіңіз.",
          "Ваше заявление возвращено. Устраните причины и направьте его повторно до " + last + ".",
          "Your application was returned. Remove the reasons and resubmit it by " + last + "."};
      case DELETION_NOTICE -> new String[] {
          "Өтінішіңіз мерзімде түзетілмегендіктен жойылды.",
          "Ваше заявление удалено, так как не было исправлено в срок.",
          "Your application was deleted because it was not corrected in time."};
      case PRELIMINARY_APPROVAL -> new String[] {
          "Алдын ала келісім берілді. Ол " + last + " қоса алғанда жарамды.",
          "Предварительное согласование выдано. Оно действительно до " + last + " включительно.",
          "Preliminary approval granted, valid until " + last + " inclusive."};
      case PRELIMINARY_REFUSAL, PRP_REFUSAL -> new String[] {
          "Бас тартылды. Жаңа өтінішті " + from + " бастап беруге болады.",
          "В согласовании отказано. Новое заявление можно подать с " + from + ".",
          "Refused. A new application is possible from " + from + "."};
      case ANNULMENT_NOTICE -> new String[] {
          "Алдын ала келісімнің күші жойылды. Жаңа өтінішті " + from + " бастап беруге болады.",
          "Предварительное согласование аннулировано. Новое заявление можно подать с " + from + ".",
          "The preliminary approval is annulled. A new application is possible from " + from + "."};
      case CONSENT_FORM -> new String[] {
          "Дербес деректерді беруге келісім нысаны толтырылды. Оған қол қойып, ХҚКО-ға әкеліңіз.",
          "Форма согласия на передачу персональных данных заполнена. Подпишите её и принесите в ЦОН.",
          "The consent form is prefilled. Sign it and bring it to the public service centre."};
      case PRP_DECISION -> new String[] {
          "Тұрақты тұруға рұқсат берілді. Тіркелу және тұру ықтиярхатын алу үшін ХҚКО-ға жүгініңіз.",
          "Разрешение на постоянное проживание выдано. Обратитесь в ЦОН для регистрации и получения вида на жительство.",
          "Your permanent residence permit is granted. Apply at a public service centre for registration and the residence card."};
      case PSC_RETURN_NOTICE -> new String[] {
          "ХҚКО-ға берген өтінішіңіз қайтарылды: құжаттар алдын ала келісімге сәйкес емес. Түзетілген құжаттармен "
              + last + " дейін ХҚКО-ға қайта жүгініңіз.",
          "Ваше заявление в ЦОН возвращено: документы не соответствуют предварительному согласованию. Обратитесь в ЦОН"
              + " повторно с исправленными документами до " + last + ".",
          "Your application at the public service centre was returned: the documents do not match the preliminary"
              + " approval. Apply again with the corrected documents by " + last + "."};
      case RESIDENCE_CARD_ISSUE -> new String[] {
          "Сіз тіркелдіңіз, тұру ықтиярхаты берілді.",
          "Вы зарегистрированы, вид на жительство выдан.",
          "You are registered and your residence card has been issued."};
    };
  }

  private static String day(LocalDate d) {
    return d == null ? "—" : Kazakhstan.DATE.format(d);
  }
}
