package kz.gov.dnr.documents.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.documents.DocumentFacts;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.documents.pdf.PdfLayout.Style;

/**
 * A template per generated document (CONTRACT.md): what each says, in Kazakh and Russian, with English
 * added where the applicant is addressed. Layout is {@link PdfLayout}'s; content comes from the case.
 */
public final class DocumentTemplates {

  private static final float[] LABEL_VALUE = {0.36f, 0.64f};
  private static final String BLANK = "____________________________";

  private DocumentTemplates() {
  }

  /** Lays out the document. */
  public static PdfLayout layout(GeneratedDocument d, DocumentFacts f, String reference) {
    Doc doc = new Doc(d, f, reference);
    return switch (d) {
      case PETITION -> petition(doc);
      case SCREENING_REFUSAL -> screeningRefusal(doc);
      case INTERVIEW_INVITATION -> interviewInvitation(doc);
      case RETURN_NOTICE -> returnNotice(doc);
      case DELETION_NOTICE -> deletionNotice(doc);
      case PRELIMINARY_APPROVAL -> preliminaryApproval(doc);
      case PRELIMINARY_REFUSAL -> preliminaryRefusal(doc);
      case ANNULMENT_NOTICE -> annulmentNotice(doc);
      case CONSENT_FORM -> consentForm(doc);
      case PRP_DECISION -> prpDecision(doc);
      case PRP_REFUSAL -> prpRefusal(doc);
      case PSC_RETURN_NOTICE -> pscReturnNotice(doc);
      case RESIDENCE_CARD_ISSUE -> residenceCardIssue(doc);
    };
  }

  // ---- issuers ------------------------------------------------------------------------------------

  private static final String[] MDAI = {
      "Қазақстан Республикасы Жасанды интеллект және цифрлық даму министрлігі",
      "Министерство искусственного интеллекта и цифрового развития Республики Казахстан",
      "Ministry of Artificial Intelligence and Digital Development of the Republic of Kazakhstan"};
  private static final String[] ASTANA_HUB = {
      "«Астана хаб» халықаралық технологиялық паркі» қоры",
      "Фонд «Международный технологический парк «Астана хаб»",
      "Astana Hub International Technology Park"};
  private static final String[] MIGRATION = {
      "Қазақстан Республикасы Ішкі істер министрлігінің көші-қон қызметі",
      "Миграционная служба Министерства внутренних дел Республики Казахстан",
      "Migration Service of the Ministry of Internal Affairs of the Republic of Kazakhstan"};
  private static final String[] PSC = {
      "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы (ХҚКО)",
      "Государственная корпорация «Правительство для граждан» (ЦОН)",
      "State Corporation \"Government for Citizens\" (public service centre)"};

  // ---- the documents --------------------------------------------------------------------------------

  private static PdfLayout petition(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(MDAI, d.label("Қазақстан Республикасы ІІМ көші-қон қызметі", "Миграционная служба МВД РК", null));
    d.applicantTable(p);
    p.table(LABEL_VALUE, null, List.<String[]>of(new String[] {
        d.label("Бейнесұхбат нәтижесі", "Результат видеособеседования", null), nz(d.f.interviewResult())}));
    d.kk(p, "Қазақстан Республикасы Жасанды интеллект және цифрлық даму министрлігі «Digital Nomad Residency» пилоттық"
        + " жобасы шеңберінде " + a.fullName() + " (ЖСН " + a.iin() + ") ақпараттық-коммуникациялық технологиялар"
        + " саласындағы біліктілігін растайды және оның сұранысқа ие кәсіптер тізіміне сәйкес келетінін хабарлайды."
        + " Өтінішхат тұрақты тұруға рұқсат алу үшін беріледі.");
    d.ru(p, "Министерство искусственного интеллекта и цифрового развития Республики Казахстан в рамках пилотного"
        + " проекта «Digital Nomad Residency» подтверждает квалификацию " + a.fullName() + " (ИИН " + a.iin()
        + ") в сфере информационно-коммуникационных технологий и её соответствие перечню востребованных профессий."
        + " Ходатайство выдано для получения разрешения на постоянное проживание.");
    p.space(8).paragraph(Style.LABEL, "ЭЦҚ-мен қол қойылды / Подписано ЭЦП: " + nz(d.f.signatory()));
    return p;
  }

  private static PdfLayout screeningRefusal(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(ASTANA_HUB, a.fullName());
    d.applicantTable(p);
    String[] stage = split3(d.f.stage());
    d.kk(p, "Құрметті " + a.fullName() + "! «Digital Nomad Residency» бағдарламасы бойынша өтінішхат алуға берген"
        + " өтініміңіз «" + stage[0] + "» кезеңінде қаралды және төмендегі себептер бойынша қабылданбады."
        + " Себептерді жойғаннан кейін қайта өтініш беруге болады.");
    d.ru(p, "Уважаемый(ая) " + a.fullName() + "! Ваша заявка на ходатайство по программе «Digital Nomad Residency»"
        + " рассмотрена на этапе «" + stage[1] + "» и отклонена по причинам, указанным ниже. После их устранения вы"
        + " можете подать заявку снова.");
    d.en(p, "Dear " + a.fullName() + ", your application for a petition under the Digital Nomad Residency programme"
        + " was reviewed at the \"" + stage[2] + "\" stage and refused for the reasons below. You may apply again"
        + " once they are removed.");
    d.reasons(p);
    return p;
  }

  private static PdfLayout interviewInvitation(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(ASTANA_HUB, a.fullName());
    d.applicantTable(p);
    String last = date(d.f.lastDay());
    d.kk(p, "Құрметті " + a.fullName() + "! Өтініміңіз алғашқы тексеруден өтті. Сізді бейнесұхбатқа шақырамыз."
        + " Төмендегі уақыттардың бірін astanahub.com сайтындағы жеке кабинетте " + last + " қоса алғанда таңдаңыз."
        + " Уақыт Астана уақытымен (UTC+5) көрсетілген. Мерзімде таңдау болмаса, өтінім кері қайтарылған болып саналады.");
    d.ru(p, "Уважаемый(ая) " + a.fullName() + "! Ваша заявка прошла первичную проверку. Приглашаем вас на"
        + " видеособеседование. Выберите одно из времён ниже в личном кабинете на astanahub.com до " + last
        + " включительно. Время указано по Астане (UTC+5). Если время не выбрано в срок, заявка считается отозванной.");
    d.en(p, "Dear " + a.fullName() + ", your application has passed screening and you are invited to a video"
        + " interview. Choose one of the times below in your personal cabinet on astanahub.com by " + last
        + " inclusive. Times are Astana time (UTC+5). If no time is chosen by then, the application is treated as"
        + " withdrawn.");
    List<String[]> rows = new ArrayList<>();
    int i = 1;
    for (String slot : d.f.slots()) {
      rows.add(new String[] {String.valueOf(i++), slot});
    }
    p.table(new float[] {0.1f, 0.9f}, new String[] {"№", d.label("Уақыты", "Время", "Time")}, rows);
    return p;
  }

  private static PdfLayout returnNotice(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(MIGRATION, a.fullName());
    d.applicantTable(p);
    String last = date(d.f.lastDay());
    d.kk(p, "Тұрақты тұруға рұқсат алуға берген электрондық өтінішіңіз төмендегі себептер бойынша қайтарылды."
        + " Себептерді жойып, өтінішті eGov порталы арқылы " + last + " қоса алғанда қайта жіберіңіз; әйтпесе өтініш"
        + " жойылады.");
    d.ru(p, "Ваше электронное заявление на разрешение на постоянное проживание возвращено по причинам, указанным"
        + " ниже. Устраните их и направьте заявление повторно через портал eGov до " + last + " включительно; иначе"
        + " заявление будет удалено.");
    d.en(p, "Your e-application for a permanent residence permit has been returned for the reasons below. Remove"
        + " them and resubmit it through the eGov portal by " + last + " inclusive; otherwise the application will"
        + " be deleted.");
    d.reasons(p);
    return p;
  }

  private static PdfLayout deletionNotice(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(MIGRATION, a.fullName());
    d.applicantTable(p);
    String last = date(d.f.lastDay());
    d.kk(p, "Қайтару себептері белгіленген мерзімде (" + last + " дейін) жойылмағандықтан, электрондық өтінішіңіз"
        + " тіркелген құжаттарымен бірге жойылды. Жаңа өтініш беруге болады.");
    d.ru(p, "Поскольку причины возврата не были устранены в установленный срок (до " + last + " включительно), ваше"
        + " электронное заявление удалено вместе с приложенными документами. Вы можете подать новое заявление.");
    d.en(p, "As the reasons for the return were not removed in time (by " + last + " inclusive), your e-application"
        + " and its documents have been deleted. You may file a new application.");
    d.reasons(p);
    return p;
  }

  private static PdfLayout preliminaryApproval(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(MIGRATION, a.fullName());
    d.applicantTable(p);
    String last = date(d.f.lastDay());
    String no = nz(d.f.decisionNumber());
    p.table(LABEL_VALUE, null, List.of(
        new String[] {d.label("Келісім нөмірі", "Номер согласования", "Approval number"), no},
        new String[] {d.label("Жарамдылық мерзімі", "Действительно до", "Valid until"), last + " (" + d.label(
            "қоса алғанда", "включительно", "inclusive") + ")"}));
    d.kk(p, "Тұрақты тұруға рұқсат беру алдын ала келісілді (№ " + no + "). Келісім " + last + " қоса алғанда жарамды."
        + " Осы мерзімде Қазақстанға келіп, медициналық тексеруден өтіп, тұрғын үй жалдау шартын жасап, тұрғылықты жері"
        + " бойынша дактилоскопиялық тіркеуден өтіңіз және ХҚКО-ға төмендегі құжаттармен жүгініңіз. Мерзімде жүгінбесеңіз,"
        + " шешімнің күші жойылады, ал жаңа өтінішті бір жылдан кейін ғана беруге болады.");
    d.ru(p, "Выдача разрешения на постоянное проживание предварительно согласована (№ " + no + "). Согласование"
        + " действительно до " + last + " включительно. В этот срок прибудьте в Казахстан, пройдите медицинский осмотр,"
        + " заключите договор найма жилья, пройдите дактилоскопическую регистрацию по месту жительства и обратитесь в"
        + " ЦОН с документами ниже. Если вы не обратитесь в срок, решение аннулируется, а новое заявление можно будет"
        + " подать только через год.");
    d.en(p, "Your permanent residence permit is preliminarily approved (No. " + no + "). The approval is valid until "
        + last + " inclusive. Within that time, arrive in Kazakhstan, pass the medical examination, sign a housing"
        + " contract, be fingerprinted at the migration office of your place of residence, and apply at a public"
        + " service centre with the documents below. If you do not apply in time, the decision is annulled and a new"
        + " application is possible only after one year.");
    p.paragraph(Style.HEADING, d.label("Келгеннен кейін әкелетін құжаттар", "Документы, которые нужно представить после прибытия",
        "Documents to bring after arrival"));
    List<String[]> rows = new ArrayList<>();
    String[][] items = {
        {"Паспорттың түпнұсқасы мен көшірмесі (180 күннен астам жарамды)", "Паспорт, оригинал и копия (действителен более 180 дней)",
            "Passport, original and copy, valid more than 180 days"},
        {"028/е нысанындағы медициналық анықтама", "Медицинская справка формы 028/у", "Medical certificate, form 028/u"},
        {"Дактилоскопиялық тіркеу туралы анықтама", "Справка о дактилоскопической регистрации", "Fingerprint registration certificate"},
        {"Нотариат куәландырған тұрғын үй жалдау шарты (кемінде 180 күнтізбелік күн)",
            "Нотариально удостоверенный договор найма жилья (не менее 180 календарных дней)",
            "Notarised housing contract for at least 180 calendar days"},
        {"35×45 мм бір фотосурет", "Одна фотография 35×45 мм", "One photo 35×45 mm"},
        {"Өтінішхат (жүйеде сақталған)", "Ходатайство (хранится в системе)", "The petition (held by the system)"},
        {"Азаматтығы және сотталғандығы туралы құжат", "Документ о гражданстве и судимости", "Citizenship and criminal-record document"},
        {"Тұрақты тұруға рұқсат алуға өтініш-сауалнама", "Заявление-анкета на разрешение на постоянное проживание",
            "PRP questionnaire-application"},
        {"Мемлекеттік баж төленгені туралы құжат (eGov төлем шлюзі)", "Документ об оплате госпошлины (платёжный шлюз eGov)",
            "Proof of the state fee (eGov payment gateway)"},
        {"Дербес деректерді өңдеуге және трансшекаралық беруге келісім", "Согласие на обработку и трансграничную передачу персональных данных",
            "Consent to processing and cross-border transfer of personal data"}};
    int i = 1;
    for (String[] item : items) {
      rows.add(new String[] {String.valueOf(i++), d.label(item[0], item[1], item[2])});
    }
    p.table(new float[] {0.07f, 0.93f}, null, rows);
    return p;
  }

  private static PdfLayout preliminaryRefusal(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(MIGRATION, a.fullName());
    d.applicantTable(p);
    String from = date(d.f.newApplicationFrom());
    d.kk(p, "Тұрақты тұруға рұқсат беруді алдын ала келісуден төмендегі себептер бойынша бас тартылды. Тұрақты тұруға"
        + " рұқсат алуға жаңа өтінішті " + from + " бастап беруге болады.");
    d.ru(p, "В предварительном согласовании разрешения на постоянное проживание отказано по причинам, указанным ниже."
        + " Новое заявление на разрешение на постоянное проживание можно подать начиная с " + from + ".");
    d.en(p, "Preliminary approval of a permanent residence permit is refused for the reasons below. A new application"
        + " for a permanent residence permit is possible from " + from + ".");
    d.reasons(p);
    d.barRow(p);
    return p;
  }

  private static PdfLayout annulmentNotice(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(MIGRATION, a.fullName());
    d.applicantTable(p);
    String last = date(d.f.lastDay());
    String from = date(d.f.newApplicationFrom());
    String no = nz(d.f.decisionNumber());
    d.kk(p, "Сіз алдын ала келісім (№ " + no + ") жарамды мерзімде (" + last + " қоса алғанда) ХҚКО-ға жүгінбедіңіз."
        + " Алдын ала келісімнің күші жойылды. Жаңа өтінішті " + from + " бастап беруге болады.");
    d.ru(p, "Вы не обратились в ЦОН в срок действия предварительного согласования № " + no + " (до " + last
        + " включительно). Предварительное согласование аннулировано. Новое заявление можно подать начиная с "
        + from + ".");
    d.en(p, "You did not apply at a public service centre while the preliminary approval No. " + no + " was valid (by "
        + last + " inclusive). The preliminary approval is annulled. A new application is possible from " + from + ".");
    d.barRow(p);
    return p;
  }

  private static PdfLayout consentForm(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(new String[] {"Шет мемлекеттің құзыретті органдарына", "В компетентные органы иностранного государства",
        "To the competent authorities of a foreign state"}, d.label("Шет мемлекеттің құзыретті органдары",
        "Компетентные органы иностранного государства", "Competent authorities of a foreign state"));
    d.kk(p, "Мен, төменде қол қоюшы, азаматтығым және сотталғандығым (сотталмағандығым) туралы құжаттарды алу"
        + " мақсатында шет мемлекеттің құзыретті органдарына төменде көрсетілген дербес деректерімді жинауға,"
        + " өңдеуге және трансшекаралық беруге келісім беремін.");
    d.ru(p, "Я, нижеподписавшийся(аяся), даю согласие компетентным органам иностранного государства на сбор,"
        + " обработку и трансграничную передачу моих персональных данных, указанных ниже, в целях получения документов"
        + " о моём гражданстве и наличии (отсутствии) судимости.");
    d.en(p, "I, the undersigned, consent to the competent authorities of a foreign state collecting, processing and"
        + " transferring across borders my personal data listed below, in order to obtain documents on my citizenship"
        + " and on my criminal record or its absence.");
    String birth = date(a.dateOfBirth()) + (a.placeOfBirth() == null ? ", " + BLANK : ", " + a.placeOfBirth());
    String passport = "№ " + a.passportNumber() + ", " + (a.passportIssuedOn() == null ? BLANK : date(a.passportIssuedOn()))
        + ", " + (a.passportIssuer() == null ? BLANK : a.passportIssuer()) + ", " + a.citizenship();
    p.table(LABEL_VALUE, null, List.of(
        new String[] {d.label("Тегі, аты", "Фамилия, имя", "Full name"), a.fullName()},
        new String[] {d.label("Туған күні мен жері", "Дата и место рождения", "Date and place of birth"), birth},
        new String[] {d.label("Мекенжайы", "Адрес", "Address"), a.address() == null ? BLANK : a.address()},
        new String[] {d.label("Байланыс деректері", "Контакты", "Contacts"), nz(a.phone()) + ", " + nz(a.email())},
        new String[] {d.label("Жеке басын куәландыратын құжат (нөмірі, берілген күні, кім берген, азаматтығы)",
            "Документ, удостоверяющий личность (номер, дата выдачи, кем выдан, гражданство)",
            "Identity document (number, date of issue, issuer, citizenship)"), passport}));
    d.kk(p, "Келісім қол қойылған күннен бастап жазбаша кері қайтарып алынғанға дейін жарамды және мемлекеттік органның"
        + " ________ жылғы сұрауының бөлігі болып табылады.");
    d.ru(p, "Согласие действует с момента подписания до его письменного отзыва и является частью запроса"
        + " государственного органа от ________.");
    d.en(p, "This consent is valid from signature until withdrawn in writing and is part of the state body's request"
        + " dated ________.");
    p.space(14).paragraph(Style.BODY, d.label("Қолы", "Подпись", "Signature") + ": " + BLANK)
        .space(6).paragraph(Style.BODY, d.label("Күні", "Дата", "Date") + ": " + BLANK);
    return p;
  }

  private static PdfLayout prpDecision(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(MIGRATION, a.fullName());
    d.applicantTable(p);
    String no = nz(d.f.decisionNumber());
    p.table(LABEL_VALUE, null, List.<String[]>of(new String[] {d.label("Шешім нөмірі", "Номер решения", "Decision number"), no}));
    d.kk(p, "Сізге Қазақстан Республикасында тұрақты тұруға рұқсат берілді (шешім № " + no + "). Тіркелу және тұру"
        + " ықтиярхатын алу үшін ХҚКО-ға жарамды шетелдік паспортпен, осы хабарламамен және мемлекеттік баж төленгені"
        + " туралы түбіртекпен жүгініңіз.");
    d.ru(p, "Вам выдано разрешение на постоянное проживание в Республике Казахстан (решение № " + no + "). Для"
        + " регистрации и получения вида на жительство обратитесь в ЦОН с действительным иностранным паспортом, этим"
        + " уведомлением и квитанцией об оплате государственной пошлины.");
    d.en(p, "You have been granted a permanent residence permit in the Republic of Kazakhstan (decision No. " + no
        + "). To register and receive your residence card, apply at a public service centre with a valid foreign"
        + " passport, this notice and the receipt for the state fee.");
    return p;
  }

  private static PdfLayout pscReturnNotice(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(PSC, a.fullName());
    d.applicantTable(p);
    String no = nz(d.f.decisionNumber());
    String last = date(d.f.lastDay());
    p.table(LABEL_VALUE, null, List.<String[]>of(new String[] {
        d.label("Алдын ала келісім нөмірі", "Номер предварительного согласования", "Preliminary approval number"), no}));
    d.kk(p, "ХҚКО-ға берген тұрақты тұруға рұқсат алу туралы өтінішіңіз алдын ала келісімге (№ " + no + ") сәйкес"
        + " келмегендіктен төмендегі себептер бойынша қайтарылды. Түзетілген құжаттармен ХҚКО-ға алдын ала келісімнің"
        + " жарамдылық мерзімінің соңғы күні " + last + " қоса алғанда қайта жүгініңіз; әйтпесе алдын ала келісімнің"
        + " күші жойылады.");
    d.ru(p, "Ваше заявление на разрешение на постоянное проживание, поданное в ЦОН, возвращено, так как документы не"
        + " соответствуют предварительному согласованию № " + no + ", по причинам, указанным ниже. Обратитесь в ЦОН"
        + " повторно с исправленными документами до " + last + " включительно, последнего дня действия"
        + " предварительного согласования; иначе оно будет аннулировано.");
    d.en(p, "Your application for a permanent residence permit filed at the public service centre has been returned:"
        + " the documents do not match preliminary approval No. " + no + ", for the reasons below. Apply again at a"
        + " public service centre with the corrected documents by " + last + " inclusive, the last day of the"
        + " preliminary approval's validity; otherwise the approval will be annulled.");
    d.reasons(p);
    return p;
  }

  private static PdfLayout prpRefusal(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(MIGRATION, a.fullName());
    d.applicantTable(p);
    String from = date(d.f.newApplicationFrom());
    d.kk(p, "Тұрақты тұруға рұқсат беруден төмендегі себептер бойынша бас тартылды. Жаңа өтінішті " + from
        + " бастап беруге болады.");
    d.ru(p, "В выдаче разрешения на постоянное проживание отказано по причинам, указанным ниже. Новое заявление можно"
        + " подать начиная с " + from + ".");
    d.en(p, "A permanent residence permit is refused for the reasons below. A new application is possible from "
        + from + ".");
    d.reasons(p);
    d.barRow(p);
    return p;
  }

  private static PdfLayout residenceCardIssue(Doc d) {
    Applicant a = d.f.applicant();
    PdfLayout p = d.start(PSC, a.fullName());
    d.applicantTable(p);
    p.table(LABEL_VALUE, null, List.of(
        new String[] {d.label("Тіркеу нөмірі", "Регистрационный номер", "Registration number"), nz(d.f.registrationNumber())},
        new String[] {d.label("Тұру ықтиярхатының нөмірі", "Номер вида на жительство", "Residence card number"), nz(d.f.cardNumber())},
        new String[] {d.label("Берілген күні", "Дата выдачи", "Issued on"), date(d.f.issuedAt().atZone(Kazakhstan.ZONE).toLocalDate())}));
    d.kk(p, "Сіз тұрақты тұратын шетелдік ретінде тіркелдіңіз және сізге тұру ықтиярхаты берілді.");
    d.ru(p, "Вы зарегистрированы как иностранец, постоянно проживающий в Республике Казахстан; вам выдан вид на"
        + " жительство.");
    d.en(p, "You are registered as a foreigner permanently residing in the Republic of Kazakhstan and have been issued"
        + " a residence card.");
    return p;
  }

  // ---- shared pieces ----------------------------------------------------------------------------------

  /** One document being laid out. */
  private static final class Doc {
    final GeneratedDocument d;
    final DocumentFacts f;
    final String reference;

    Doc(GeneratedDocument d, DocumentFacts f, String reference) {
      this.d = d;
      this.f = f;
      this.reference = reference;
    }

    String label(String kk, String ru, String en) {
      return d.toApplicant() && en != null ? kk + " / " + ru + " / " + en : kk + " / " + ru;
    }

    PdfLayout start(String[] issuer, String addressee) {
      PdfLayout p = PdfLayout.of(new PdfLayout.Meta(d.title(), d.code() + " (" + d.paragraph() + "), case " + f.caseNumber(),
          "kk-KZ", f.caseNumber(), reference, f.issuedAt()));
      p.paragraph(Style.SMALL, d.toApplicant() ? issuer[0] + " / " + issuer[1] + " / " + issuer[2] : issuer[0] + " / " + issuer[1]);
      p.rule();
      p.paragraph(Style.TITLE, d.kk());
      p.paragraph(Style.HEADING, d.ru());
      if (d.toApplicant()) {
        p.paragraph(Style.HEADING, d.en());
      }
      p.space(4);
      p.table(LABEL_VALUE, null, List.of(
          new String[] {label("Шығыс нөмірі", "Исходящий номер", "Reference"), reference},
          new String[] {label("Күні", "Дата", "Date"), date(f.issuedAt().atZone(Kazakhstan.ZONE).toLocalDate())},
          new String[] {label("Іс", "Дело", "Case"), f.caseNumber()},
          new String[] {label("Кімге", "Кому", "To"), addressee}));
      return p;
    }

    void applicantTable(PdfLayout p) {
      Applicant a = f.applicant();
      p.table(LABEL_VALUE, null, List.of(
          new String[] {label("Өтініш беруші", "Заявитель", "Applicant"), a.fullName()},
          new String[] {label("ЖСН", "ИИН", "IIN"), a.iin()},
          new String[] {label("Туған күні", "Дата рождения", "Date of birth"), date(a.dateOfBirth())},
          new String[] {label("Азаматтығы", "Гражданство", "Citizenship"), a.citizenship()},
          new String[] {label("Паспорт", "Паспорт", "Passport"), a.passportNumber()}));
    }

    void kk(PdfLayout p, String text) {
      p.paragraph(Style.LABEL, "Қазақ тілінде").paragraph(Style.BODY, text);
    }

    void ru(PdfLayout p, String text) {
      p.paragraph(Style.LABEL, "На русском языке").paragraph(Style.BODY, text);
    }

    void en(PdfLayout p, String text) {
      if (d.toApplicant()) {
        p.paragraph(Style.LABEL, "In English").paragraph(Style.BODY, text);
      }
    }

    void reasons(PdfLayout p) {
      List<String[]> rows = new ArrayList<>();
      int i = 1;
      for (String r : f.reasons()) {
        rows.add(new String[] {String.valueOf(i++), r});
      }
      if (rows.isEmpty()) {
        rows.add(new String[] {"—", label("Себептер көрсетілмеген", "Причины не указаны", "No reasons given")});
      }
      p.table(new float[] {0.07f, 0.93f}, new String[] {"№", label("Себептер", "Причины", "Reasons")}, rows);
    }

    void barRow(PdfLayout p) {
      p.table(LABEL_VALUE, null, List.<String[]>of(new String[] {
          label("Жаңа өтінішті беруге болатын күн", "Новое заявление можно подать с", "New application possible from"),
          date(f.newApplicationFrom())}));
    }
  }

  static String date(LocalDate d) {
    return d == null ? BLANK : Kazakhstan.DATE.format(d);
  }

  static String nz(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  /** "kk / ru / en" into its three parts (a missing part repeats the last one given). */
  static String[] split3(String s) {
    if (s == null) {
      return new String[] {"—", "—", "—"};
    }
    String[] parts = s.split(" / ");
    return new String[] {parts[0], parts.length > 1 ? parts[1] : parts[0], parts.length > 2 ? parts[2] : parts[parts.length - 1]};
  }
}
