package kz.gov.dnr.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.StoredDocument;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.intake.FileInspector;
import kz.gov.dnr.intake.IinRule;
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
      StoredDocument d = uploaded.get(code.code());
      boolean ok = d != null && code.accepts().contentTypes().contains(d.contentType());
      items.add(CheckItem.of(code.title(), ok, d == null ? "missing / отсутствует"
          : d.contentType() + ", " + (d.sizeBytes() / 1024) + " KB" + (ok ? "" : " — type not accepted")));
    }
    StoredDocument diploma = uploaded.get(UploadedDocument.DIPLOMA.code());
    items.add(CheckItem.of(UploadedDocument.DIPLOMA.title() + " (optional / необязательно)", true,
        diploma == null ? "not submitted / не представлен" : diploma.contentType()));

    Optional<String> iin = IinRule.problem(applicant.iin());
    items.add(CheckItem.of("ЖСН / ИИН / IIN (V1)", iin.isEmpty(), iin.orElse("valid / корректен")));

    Optional<String> validity = passport.problem(applicant.passportExpiryDate(), applicationDay);
    items.add(CheckItem.of("Паспорт 180 күннен артық жарамды / Паспорт действителен более 180 дней / Passport valid over 180 days (V2)",
        validity.isEmpty(), validity.orElse("expires " + applicant.passportExpiryDate())));

    items.add(photo(caseNumber, uploaded.get(UploadedDocument.PHOTO.code())));

    boolean legalised = "CONSULAR".equals(legalisation) || "APOSTILLE".equals(legalisation);
    boolean present = uploaded.containsKey(UploadedDocument.CRIMINAL_RECORD.code());
    items.add(CheckItem.of("Сотталғандығы туралы құжат заңдастырылған / Справка о судимости легализована / Criminal-record"
        + " document legalised or apostilled (R28.1, V11)", present && legalised,
        !present ? "missing / отсутствует" : legalised ? legalisation
            : "not marked legalised or apostilled: verify the document / не отмечено: проверьте документ"));
    return items;
  }

  private CheckItem photo(String caseNumber, StoredDocument photo) {
    String check = "Фото 35×45 мм / Фото 35×45 мм / Photo 35x45 mm (V3)";
    if (photo == null) {
      return CheckItem.of(check, false, "missing / отсутствует");
    }
    byte[] bytes = store.read(caseNumber, photo.id()).orElseThrow().bytes();
    Optional<FileInspector.InspectedFile> image = inspector.storedImageSize(photo.contentType(), bytes);
    if (image.isEmpty()) {
      return CheckItem.of(check, false, "cannot be read / не читается: " + photo.contentType());
    }
    Optional<String> problem = PhotoRule.problem(image.get().width(), image.get().height());
    return CheckItem.of(check, problem.isEmpty(),
        problem.orElse(image.get().width() + "x" + image.get().height() + " px"));
  }
}
