package kz.gov.dnr.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The document codes of uploads (CONTRACT.md), with the content types each accepts (V4). */
public enum UploadedDocument {
  PASSPORT("passport", "Паспорт көшірмесі / Копия паспорта / Passport copy", FileType.SCAN),
  PHOTO("photo", "Фотосурет 35×45 мм / Фотография 35×45 мм / Photo 35×45 mm", FileType.IMAGE),
  DIPLOMA("diploma", "Диплом / Диплом / Diploma", FileType.SCAN),
  PORTFOLIO("portfolio", "Портфолио / Портфолио / Portfolio", FileType.SCAN),
  TRAINING_CERTIFICATE("training-certificate", "Біліктілікті арттыру сертификаты / Сертификат о повышении квалификации"
      + " / Professional-development certificate", FileType.SCAN),
  CV("cv", "Түйіндеме / Резюме / CV", FileType.PDF),
  MOTIVATION_LETTER("motivation-letter", "Уәждеме хат / Мотивационное письмо / Motivation letter", FileType.PDF),
  CRIMINAL_RECORD("criminal-record", "Азаматтығы және сотталғандығы туралы құжат / Документ о гражданстве и судимости"
      + " / Citizenship and criminal-record document", FileType.SCAN),
  QUESTIONNAIRE("questionnaire", "Өтініш-сауалнама / Заявление-анкета / Questionnaire-application", FileType.PDF),
  QUESTIONNAIRE_SIGNATURE("questionnaire-signature", "Өтініш-сауалнаманың ЭЦҚ / ЭЦП заявления-анкеты"
      + " / EDS signature of the questionnaire", FileType.CMS),
  MEDICAL_CERTIFICATE("medical-certificate", "028/е медициналық анықтама / Медицинская справка 028/у"
      + " / Medical certificate 028/u", FileType.SCAN),
  FINGERPRINT_CERTIFICATE("fingerprint-certificate", "Дактилоскопиялық тіркеу анықтамасы / Справка о дактилоскопической"
      + " регистрации / Fingerprinting certificate", FileType.SCAN),
  HOUSING_CONTRACT("housing-contract", "Тұрғын үй жалдау шарты / Договор найма жилья / Housing contract", FileType.SCAN),
  CONSENT_FORM("consent-form", "Қол қойылған келісім / Подписанное согласие / Signed consent", FileType.SCAN),
  FEE_RECEIPT("fee-receipt", "Мемлекеттік баж түбіртегі / Квитанция о госпошлине / State fee receipt", FileType.SCAN);

  /** The kinds of file a code accepts, decided by content (V4). */
  public enum FileType {
    PDF(List.of("application/pdf")),
    IMAGE(List.of("image/jpeg", "image/png")),
    SCAN(List.of("application/pdf", "image/jpeg", "image/png")),
    CMS(List.of("application/pkcs7-signature"));

    private final List<String> contentTypes;

    FileType(List<String> contentTypes) {
      this.contentTypes = contentTypes;
    }

    public List<String> contentTypes() {
      return contentTypes;
    }
  }

  private final String code;
  private final String title;
  private final FileType accepts;

  UploadedDocument(String code, String title, FileType accepts) {
    this.code = code;
    this.title = title;
    this.accepts = accepts;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public FileType accepts() {
    return accepts;
  }

  public static Optional<UploadedDocument> byCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }

  /** A human title for any stored document code, uploaded or generated. */
  public static String titleOf(String code, DocumentSource source) {
    if (source == DocumentSource.GENERATED) {
      return GeneratedDocument.byCode(code).map(GeneratedDocument::listedTitle).orElse(code);
    }
    return byCode(code).map(UploadedDocument::title).orElse(code);
  }
}
