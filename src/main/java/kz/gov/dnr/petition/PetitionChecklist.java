package kz.gov.dnr.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.StoredDocument;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.intake.FileInspector;
import kz.gov.dnr.intake.IinRule;
import kz.gov.dnr.intake.Legalisation;
import kz.gov.dnr.intake.PassportRule;
import kz.gov.dnr.intake.PhotoRule;
import org.springframework.stereotype.Service;

/**
 * The automatic pre-checks of a petition application (R4.3, R28.1, V1–V3, V11): a checklist the Astana
 * Hub screener sees before deciding (R5.1). Documents are read back from the store (their SHA-256 checked).
 */
@Service
public class PetitionChecklist {

  /** The documents of §4; the diploma is optional. */
  public static final List<UploadedDocument> REQUIRED = List.of(UploadedDocument.PASSPORT, UploadedDocument.PHOTO,
      UploadedDocument.PORTFOLIO, UploadedDocument.TRAINING_CERTIFICATE, UploadedDocument.CV,
      UploadedDocument.MOTIVATION_LETTER, UploadedDocument.CRIMINAL_RECORD);

  private static final String MISSING = "жоқ / отсутствует / missing";

  private final DocumentStore store;
  private final FileInspector inspector;
  private final PassportRule passport;

  public PetitionChecklist(DocumentStore store, FileInspector inspector, PassportRule passport) {
    this.store = store;
    this.inspector = inspector;
    this.passport = passport;
  }

  public List<CheckItem> check(String caseNumber, Applicant applicant, String legalisation, LocalDate applicationDay) {
    Map<String, StoredDocument> uploaded = store.list(caseNumber).stream()
        .collect(Collectors.toMap(StoredDocument::code, Function.identity(), (a, b) -> b));
    List<CheckItem> items = new ArrayList<>();
    for (UploadedDocument code : REQUIRED) {
      items.add(document(code.title(), code, uploaded.get(code.code()), false));
    }
    items.add(document(UploadedDocument.DIPLOMA.title() + " (міндетті емес / необязательно / optional)",
        UploadedDocument.DIPLOMA, uploaded.get(UploadedDocument.DIPLOMA.code()), true));

    Optional<String> iin = IinRule.problem(applicant.iin());
    items.add(CheckItem.of("ЖСН / ИИН / IIN (V1)", iin.isEmpty(), iin.orElse("дұрыс / корректен / valid")));

    Optional<String> validity = passport.problem(applicant.passportExpiryDate(), applicationDay);
    items.add(CheckItem.of("Паспорт 180 күннен артық жарамды / Паспорт действителен более 180 дней / Passport valid over 180 days (V2)",
        validity.isEmpty(), validity.orElse("жарамды / действителен до / valid until "
            + Kazakhstan.DATE.format(applicant.passportExpiryDate()))));

    items.add(photo(caseNumber, uploaded.get(UploadedDocument.PHOTO.code())));

    String legalised = Legalisation.wordsOf(legalisation).orElse(null);
    boolean present = uploaded.containsKey(UploadedDocument.CRIMINAL_RECORD.code());
    items.add(CheckItem.of("Сотталғандығы туралы құжат заңдастырылған / Справка о судимости легализована / Criminal-record"
        + " document legalised or apostilled (R28.1, V11)", present && legalised != null,
        !present ? MISSING : legalised != null ? legalised
            : "заңдастыру белгіленбеген, құжатты тексеріңіз / не отмечено, проверьте документ"
                + " / not marked legalised or apostilled: verify the document"));
    return items;
  }

  /** An uploaded document: present (or optional) and of a type its item of §4 accepts, with its type and size. */
  private static CheckItem document(String check, UploadedDocument code, StoredDocument d, boolean optional) {
    if (d == null) {
      return CheckItem.of(check, optional, optional ? "берілмеген / не представлен / not submitted" : MISSING);
    }
    boolean accepted = code.accepts().contentTypes().contains(d.contentType());
    String size = d.contentType() + ", " + (d.sizeBytes() + 1023) / 1024 + " KB";
    return CheckItem.of(check, accepted, accepted ? size
        : size + " — бұл түр қабылданбайды / тип не принимается / type not accepted");
  }

  private CheckItem photo(String caseNumber, StoredDocument photo) {
    String check = "Фото 35×45 мм / Фото 35×45 мм / Photo 35x45 mm (V3)";
    if (photo == null) {
      return CheckItem.of(check, false, MISSING);
    }
    byte[] bytes = store.read(caseNumber, photo.id()).orElseThrow().bytes();
    Optional<FileInspector.InspectedFile> image = inspector.storedImageSize(photo.contentType(), bytes);
    if (image.isEmpty()) {
      return CheckItem.of(check, false, "оқылмайды / не читается / cannot be read: " + photo.contentType());
    }
    Optional<String> problem = PhotoRule.problem(image.get().width(), image.get().height());
    return CheckItem.of(check, problem.isEmpty(),
        problem.orElse(image.get().width() + "x" + image.get().height() + " px"));
  }
}
