package kz.gov.dnr.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The twelve generated documents of CONTRACT.md and the project's own {@code psc-return-notice} (§21), with
 * their titles in Kazakh, Russian and English.
 */
public enum GeneratedDocument {
  PETITION("petition", "§8", false,
      "Өтінішхат", "Ходатайство", "Petition"),
  SCREENING_REFUSAL("screening-refusal", "§9", true,
      "Өтінішхат беруден бас тарту туралы хабарлама", "Уведомление об отказе в ходатайстве", "Notice of refusal of the petition"),
  INTERVIEW_INVITATION("interview-invitation", "§6", true,
      "Бейнесұхбатқа шақыру", "Приглашение на видеособеседование", "Invitation to a video interview"),
  RETURN_NOTICE("return-notice", "§12", true,
      "Өтінішті қайтару туралы хабарлама", "Уведомление о возврате заявления", "Notice of return of the application"),
  DELETION_NOTICE("deletion-notice", "§12", true,
      "Өтінішті жою туралы хабарлама", "Уведомление об удалении заявления", "Notice of deletion of the application"),
  PRELIMINARY_APPROVAL("preliminary-approval", "§19", true,
      "Тұрақты тұруға рұқсатты алдын ала келісу", "Предварительное согласование разрешения на постоянное проживание",
      "Preliminary approval of a permanent residence permit"),
  PRELIMINARY_REFUSAL("preliminary-refusal", "§19", true,
      "Алдын ала келісуден бас тарту", "Отказ в предварительном согласовании", "Refusal of preliminary approval"),
  ANNULMENT_NOTICE("annulment-notice", "§19", true,
      "Алдын ала келісімнің күшін жою туралы хабарлама", "Уведомление об аннулировании предварительного согласования",
      "Notice of annulment of the preliminary approval"),
  CONSENT_FORM("consent-form", "annex", true,
      "Дербес деректерді жинауға, өңдеуге және трансшекаралық беруге келісім",
      "Согласие на сбор, обработку и трансграничную передачу персональных данных",
      "Consent to the collection, processing and cross-border transfer of personal data"),
  PRP_DECISION("prp-decision", "§23", true,
      "Тұрақты тұруға рұқсат беру туралы шешім", "Решение о выдаче разрешения на постоянное проживание",
      "Decision granting a permanent residence permit"),
  PRP_REFUSAL("prp-refusal", "§24", true,
      "Тұрақты тұруға рұқсат беруден бас тарту туралы шешім", "Решение об отказе в разрешении на постоянное проживание",
      "Decision refusing a permanent residence permit"),
  PSC_RETURN_NOTICE("psc-return-notice", "§21", true,
      "ХҚКО-ға берілген өтінішті қайтару туралы хабарлама", "Уведомление о возврате заявления, поданного в ЦОН",
      "Notice of return of the application filed at the public service centre"),
  RESIDENCE_CARD_ISSUE("residence-card-issue", "§27", true,
      "Тұру ықтиярхатын беру туралы анықтама", "Справка о выдаче вида на жительство", "Residence card issue record");

  private final String code;
  private final String paragraph;
  private final boolean toApplicant;
  private final String kk;
  private final String ru;
  private final String en;

  GeneratedDocument(String code, String paragraph, boolean toApplicant, String kk, String ru, String en) {
    this.code = code;
    this.paragraph = paragraph;
    this.toApplicant = toApplicant;
    this.kk = kk;
    this.ru = ru;
    this.en = en;
  }

  public String code() {
    return code;
  }

  public String paragraph() {
    return paragraph;
  }

  /** Addressed to the applicant: English is added to Kazakh and Russian. */
  public boolean toApplicant() {
    return toApplicant;
  }

  public String kk() {
    return kk;
  }

  public String ru() {
    return ru;
  }

  public String en() {
    return en;
  }

  /** The document's own title, in its languages. */
  public String title() {
    return toApplicant ? kk + " / " + ru + " / " + en : kk + " / " + ru;
  }

  /** The title in the lists of a case's documents (task forms, the API): Kazakh, Russian and English for every document. */
  public String listedTitle() {
    return kk + " / " + ru + " / " + en;
  }

  public static Optional<GeneratedDocument> byCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }
}
