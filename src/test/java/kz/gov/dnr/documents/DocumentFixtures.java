package kz.gov.dnr.documents;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.documents.signing.PetitionSigner;
import kz.gov.dnr.documents.signing.SigningProperties;

/** A realistic case for the generated documents. */
final class DocumentFixtures {

  /** A Mongolian citizen of Kazakh origin: her name carries every Kazakh letter ә ғ қ ң ө ұ ү һ і. */
  static final Applicant APPLICANT = new Applicant("850315300128", "Өмірғалиева-Құңанбаева", "Шаһизада Әлішерқызы Үміт",
      LocalDate.of(1985, 3, 15), "Баян-Өлгий, Mongolia", "MNG", "E1234567", LocalDate.of(2031, 5, 1),
      LocalDate.of(2021, 5, 2), "General Authority for Border Protection of Mongolia", "shahizada@example.org",
      "+97699112233", "ASTANA", "Astana, Mangilik El avenue 55/8, apt. 12");
  static final String CASE = "DNR-2026-000042";
  static final Instant ISSUED = Instant.parse("2026-11-25T06:30:00Z"); // 25.11.2026 11:30 in Astana
  static final List<String> REASONS = List.of(
      "Паспорттың көшірмесі анық емес / Копия паспорта нечитаема / The passport copy is not readable",
      "Сотталмағандығы туралы анықтама апостильсіз / Справка о несудимости без апостиля / The criminal-record"
          + " certificate carries no apostille (R28.1)");

  private DocumentFixtures() {
  }

  static DocumentFacts facts(GeneratedDocument d) {
    DocumentFacts.Builder b = DocumentFacts.of(CASE, ISSUED, APPLICANT).signatory("Ministry of AI and Digital Development (demo)");
    return switch (d) {
      case PETITION -> b.interviewResult(kz.gov.dnr.petition.InterviewResult.wording("EXCELLENT", "RECOMMEND")).build();
      case SCREENING_REFUSAL -> b.reasons(REASONS).stage("Құжаттарды тексеру / Проверка документов / Screening").build();
      case INTERVIEW_INVITATION -> b.lastDay(LocalDate.of(2026, 12, 9))
          .slots(List.of("01.12.2026 10:00 (UTC+5)", "02.12.2026 15:30 (UTC+5)", "03.12.2026 11:00 (UTC+5)")).build();
      case RETURN_NOTICE, DELETION_NOTICE -> b.reasons(REASONS).lastDay(LocalDate.of(2026, 11, 30)).build();
      case PRELIMINARY_APPROVAL -> b.decisionNumber("PA-2026-000042").lastDay(LocalDate.of(2026, 12, 25)).build();
      case PRELIMINARY_REFUSAL, PRP_REFUSAL -> b.reasons(REASONS).newApplicationFrom(LocalDate.of(2027, 11, 26)).build();
      case ANNULMENT_NOTICE -> b.decisionNumber("PA-2026-000042").lastDay(LocalDate.of(2026, 12, 25))
          .newApplicationFrom(LocalDate.of(2027, 11, 26)).build();
      case CONSENT_FORM -> b.build();
      case PRP_DECISION -> b.decisionNumber("PRP-2026-000042").build();
      case PSC_RETURN_NOTICE -> b.reasons(REASONS).decisionNumber("PA-2026-000042").lastDay(LocalDate.of(2026, 12, 25)).build();
      case RESIDENCE_CARD_ISSUE -> b.registrationNumber("REG-ASTANA-2026-77881").cardNumber("KZ-RC-004521987").build();
    };
  }

  static PetitionSigner signer(Path dir) {
    return new PetitionSigner(new SigningProperties(dir.resolve("mdai-test.p12"), "test-password", null, true));
  }
}
