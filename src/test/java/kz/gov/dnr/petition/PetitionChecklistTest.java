package kz.gov.dnr.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.documents.DocumentSource;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.UploadedDocument;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R4.3, R5.1, R28.1, V1–V3, V11: the pre-checks' checklist the Astana Hub screener reads, item by item, for a
 * complete application and for one with something wrong in every item that can be.
 */
@DnrSpringTest
class PetitionChecklistTest {

  static final LocalDate APPLIED = LocalDate.of(2026, 11, 27);

  @Autowired
  PetitionChecklist checklist;
  @Autowired
  DocumentStore store;

  /** These cases exist only as files here: gone afterwards, as no case's files may outlive it. */
  @AfterEach
  void deleteTheFiles() {
    for (String n : List.of("DNR-2026-810001", "DNR-2026-810002", "DNR-2026-810003")) {
      store.deleteAll(n);
    }
  }

  @Test
  void r4_3ACompleteApplicationPassesEveryItemAndSaysWhatWasFound() {
    String n = "DNR-2026-810001";
    for (UploadedDocument d : PetitionChecklist.REQUIRED) {
      upload(n, d, d == UploadedDocument.PHOTO ? Fixtures.photo() : Fixtures.pdf(d.code()));
    }
    Map<String, CheckItem> items = byCheck(checklist.check(n, applicant(Fixtures.iin(), LocalDate.of(2028, 1, 31)),
        "APOSTILLE", APPLIED));

    assertThat(items.values()).allSatisfy(i -> assertThat(i.passed()).as(i.check() + ": " + i.detail()).isTrue())
        .allSatisfy(i -> assertThat(i.mark()).isEqualTo("✔"));
    assertThat(item(items, "/ CV").detail()).matches("application/pdf, \\d+ KB");
    assertThat(item(items, "Diploma").detail()).as("optional, and not submitted")
        .isEqualTo("берілмеген / не представлен / not submitted");
    assertThat(item(items, "IIN").detail()).isEqualTo("дұрыс / корректен / valid");
    assertThat(item(items, "Passport valid").detail()).isEqualTo("жарамды / действителен до / valid until 31.01.2028");
    assertThat(item(items, "(V3)").detail()).isEqualTo("827x1063 px");
    assertThat(item(items, "legalised").detail()).isEqualTo("апостиль / апостиль / apostille");
  }

  @Test
  void r5_1EveryFaultIsMarkedWithItsReason() {
    String n = "DNR-2026-810002";
    for (UploadedDocument d : PetitionChecklist.REQUIRED) {
      if (d == UploadedDocument.PHOTO) {
        upload(n, d, Fixtures.jpeg(600, 700));
      } else if (d == UploadedDocument.CV) {
        upload(n, d, Fixtures.photo()); // an image where only a PDF will do
      } else if (d != UploadedDocument.MOTIVATION_LETTER && d != UploadedDocument.CRIMINAL_RECORD) {
        upload(n, d, Fixtures.pdf(d.code()));
      }
    }
    upload(n, UploadedDocument.DIPLOMA, Fixtures.pdf("diploma"));
    String iin = Fixtures.iin();
    String wrongIin = iin.substring(0, 11) + (char) ('0' + (iin.charAt(11) - '0' + 1) % 10);
    Map<String, CheckItem> items = byCheck(checklist.check(n, applicant(wrongIin, LocalDate.of(2027, 3, 1)), "NONE",
        APPLIED));

    assertThat(items.values().stream().filter(i -> !i.passed()).map(CheckItem::mark)).containsOnly("✘");
    assertThat(item(items, "Motivation letter")).satisfies(i -> {
      assertThat(i.passed()).isFalse();
      assertThat(i.detail()).isEqualTo("жоқ / отсутствует / missing");
    });
    assertThat(item(items, "/ CV")).satisfies(i -> {
      assertThat(i.passed()).isFalse();
      assertThat(i.detail()).startsWith("image/jpeg, ").endsWith(" — бұл түр қабылданбайды / тип не принимается / type not accepted");
    });
    assertThat(item(items, "Diploma")).as("the optional diploma, submitted, is listed like the others").satisfies(i -> {
      assertThat(i.passed()).isTrue();
      assertThat(i.detail()).matches("application/pdf, \\d+ KB");
    });
    assertThat(item(items, "IIN").passed()).isFalse();
    assertThat(item(items, "IIN").detail()).containsIgnoringCase("check digit");
    assertThat(item(items, "Passport valid").passed()).as("01.03.2027 is within 180 days of 27.11.2026").isFalse();
    assertThat(item(items, "(V3)").passed()).isFalse();
    assertThat(item(items, "(V3)").detail()).contains("35:45");
    assertThat(item(items, "legalised")).as("no criminal-record document at all").satisfies(i -> {
      assertThat(i.passed()).isFalse();
      assertThat(i.detail()).isEqualTo("жоқ / отсутствует / missing");
    });
    assertThat(items.values().stream().filter(CheckItem::passed).map(CheckItem::check))
        .as("what is right stays right").anyMatch(c -> c.contains("Portfolio"));
  }

  @Test
  void r28_1ACriminalRecordDocumentNotMarkedLegalisedIsFlaggedForTheScreener() {
    String n = "DNR-2026-810003";
    upload(n, UploadedDocument.CRIMINAL_RECORD, Fixtures.pdf("record"));
    CheckItem notMarked = item(byCheck(checklist.check(n, applicant(Fixtures.iin(), LocalDate.of(2028, 1, 31)), "NONE",
        APPLIED)), "legalised");
    assertThat(notMarked.passed()).isFalse();
    assertThat(notMarked.detail()).endsWith("not marked legalised or apostilled: verify the document");
    CheckItem consular = item(byCheck(checklist.check(n, applicant(Fixtures.iin(), LocalDate.of(2028, 1, 31)),
        "CONSULAR", APPLIED)), "legalised");
    assertThat(consular.passed()).isTrue();
    assertThat(consular.detail()).isEqualTo("консулдық заңдастыру / консульская легализация / consular legalisation");
  }

  private void upload(String n, UploadedDocument d, byte[] bytes) {
    String type = bytes[0] == (byte) 0xFF ? "image/jpeg" : "application/pdf";
    store.store(n, d.code(), d.code(), type, bytes, DocumentSource.UPLOADED, null);
  }

  private static Applicant applicant(String iin, LocalDate passportExpiry) {
    return new Applicant(iin, "Smith", "Anna Maria", LocalDate.of(1990, 5, 17), "London", "GBR", "PX1234567",
        passportExpiry, LocalDate.of(2021, 1, 31), "HM Passport Office", "anna@example.org", "+447700900123", "Astana",
        "Mangilik El 55");
  }

  private static Map<String, CheckItem> byCheck(List<CheckItem> items) {
    return items.stream().collect(Collectors.toMap(CheckItem::check, i -> i, (a, b) -> a, LinkedHashMap::new));
  }

  /** The item whose check names {@code part}. */
  private static CheckItem item(Map<String, CheckItem> items, String part) {
    return items.values().stream().filter(i -> i.check().contains(part)).findFirst()
        .orElseThrow(() -> new AssertionError("no checklist item names '" + part + "': " + items.keySet()));
  }
}
