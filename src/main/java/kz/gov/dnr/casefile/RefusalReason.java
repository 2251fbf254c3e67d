package kz.gov.dnr.casefile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reasons officers pick in the forms (a list plus free text), with their wording in Kazakh, Russian
 * and English for the documents sent to the applicant.
 */
public enum RefusalReason {
  // Stage 1 (§5–§9)
  INCOMPLETE_DOCUMENTS("Құжаттар толық емес", "Документы представлены не полностью", "The documents are incomplete"),
  PASSPORT_VALIDITY("Паспорттың жарамдылық мерзімі 180 күннен аз", "Срок действия паспорта менее 180 дней",
      "The passport is valid for less than 180 days"),
  PHOTO_REQUIREMENTS("Фотосурет талаптарға сай емес", "Фотография не соответствует требованиям",
      "The photo does not meet the requirements"),
  CRIMINAL_RECORD_NOT_LEGALISED("Азаматтығы және сотталғандығы туралы құжат заңдастырылмаған немесе апостильденбеген",
      "Документ о гражданстве и судимости не легализован и не апостилирован",
      "The citizenship and criminal-record document is not legalised or apostilled"),
  PROFILE_NOT_IN_DEMAND("Біліктілік сұранысқа ие кәсіптер тізіміне сәйкес келмейді",
      "Квалификация не соответствует перечню востребованных профессий",
      "The qualification does not match the list of in-demand professions"),
  INTERVIEW_INSUFFICIENT("Бейнесұхбат нәтижелері жеткіліксіз", "Недостаточные результаты видеособеседования",
      "The video interview results are insufficient"),
  DOCUMENTS_NOT_AUTHENTIC("Құжаттардың түпнұсқалығына күмән бар", "Есть сомнения в подлинности документов",
      "There are doubts about the documents' authenticity"),
  // Stage 2.1 (§12, §17)
  DOCUMENTS_MISSING("Қажетті құжаттар жоқ", "Отсутствуют необходимые документы", "Required documents are missing"),
  DOCUMENTS_NON_COMPLIANT("Құжаттар талаптарға сай емес", "Документы не соответствуют требованиям",
      "The documents do not meet the requirements"),
  QUESTIONNAIRE_ERRORS("Өтініш-сауалнамада қателер бар", "В заявлении-анкете есть ошибки",
      "The questionnaire contains errors"),
  NSC_NOT_APPROVED("ҰҚК келісім бермеді", "КНБ не согласовал", "The National Security Committee did not approve"),
  RECORD_CHECK_HITS("Арнайы және қылмыстық есептер бойынша мәліметтер бар", "Имеются сведения по специальным и"
      + " криминалистическим учётам", "The special and criminal record checks returned findings"),
  FALSE_INFORMATION("Жалған мәліметтер ұсынылды", "Представлены недостоверные сведения", "False information was given"),
  // Stage 2.2 (§21, §22)
  APPROVAL_MISMATCH("Құжаттардағы мәліметтер алдын ала келісімге сәйкес келмейді (нөмірі, өтініш беруші, паспорт)",
      "Сведения в документах не соответствуют предварительному согласованию (номер, заявитель, паспорт)",
      "The documents do not match the preliminary approval (number, applicant, passport)"),
  ORIGINALS_MISMATCH("Түпнұсқалар көшірмелерге сәйкес келмейді", "Оригиналы не соответствуют копиям",
      "The originals do not match the copies filed"),
  NO_BORDER_ENTRY("Мемлекеттік шекарадан өткені туралы мәлімет жоқ", "Нет сведений о пересечении государственной границы",
      "No crossing of the state border is recorded"),
  FINGERPRINTS_MISSING("Дактилоскопиялық тіркеу жоқ", "Нет дактилоскопической регистрации",
      "No fingerprint registration is recorded"),
  MEDICAL_GROUNDS("Медициналық анықтама кедергі келтіретін ауруды көрсетеді", "Медицинская справка указывает на"
      + " заболевание, препятствующее въезду", "The medical certificate shows a disease barring entry"),
  HOUSING_CONTRACT("Тұрғын үй жалдау шарты талаптарға сай емес", "Договор найма жилья не соответствует требованиям",
      "The housing contract does not meet the requirements"),
  OTHER("Басқа себеп", "Иная причина", "Another reason");

  private final String kk;
  private final String ru;
  private final String en;

  RefusalReason(String kk, String ru, String en) {
    this.kk = kk;
    this.ru = ru;
    this.en = en;
  }

  public String text() {
    return kk + " / " + ru + " / " + en;
  }

  public static Optional<RefusalReason> byName(String name) {
    return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
  }
}
