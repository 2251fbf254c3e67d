package kz.gov.dnr.documents;

import static kz.gov.dnr.documents.DocumentFixtures.APPLICANT;
import static kz.gov.dnr.documents.DocumentFixtures.CASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.gov.dnr.casefile.Applicant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated documents of CONTRACT.md (and the project's psc-return-notice) from a realistic case, written to
 * {@code target/generated-documents/<code>.pdf}; their text is extracted back and checked per language.
 */
class GeneratedDocumentsTest {

  static final Path OUT = Path.of("target", "generated-documents");
  @TempDir
  static Path keys;
  static DocumentGenerator generator;

  @BeforeAll
  static void setUp() throws IOException {
    Files.createDirectories(OUT);
    generator = new DocumentGenerator(null, DocumentFixtures.signer(keys));
  }

  static String reference(GeneratedDocument d) {
    return CASE + "/" + d.code() + "/1";
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(GeneratedDocument.class)
  void eachDocumentSaysItsKeyFactsInEachLanguage(GeneratedDocument d) throws IOException {
    DocumentFacts facts = DocumentFixtures.facts(d);
    byte[] pdf = generator.render(d, facts, reference(d));
    Files.write(OUT.resolve(d.code() + ".pdf"), pdf);
    String text = text(pdf);
    String flat = squash(text);

    assertThat(flat).contains(squash(d.kk())).contains(squash(d.ru()));
    assertThat(text).contains(CASE).contains(reference(d)).contains("25.11.2026")
        .contains("Қазақ тілінде").contains("На русском языке").contains("page 1 /");
    if (d.toApplicant()) {
      assertThat(flat).contains(squash(d.en()));
      assertThat(text).contains("In English");
    } else {
      assertThat(text).doesNotContain("In English");
    }
    // Every Kazakh letter, in the applicant's name, extracts back exactly.
    assertThat(text).contains(APPLICANT.fullName());
    String lower = text.toLowerCase(java.util.Locale.forLanguageTag("kk"));
    for (String letter : List.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і")) {
      assertThat(lower).contains(letter);
    }
    facts.reasons().forEach(r -> assertThat(flat).contains(squash(r)));
    switch (d) {
      case PETITION -> assertThat(flat).contains(squash("850315300128")).contains(squash("Өте жақсы / Отлично; Ұсыныс / Рекомендация: Ұсынылады / Рекомендуется"));
      case INTERVIEW_INVITATION -> assertThat(flat).contains(squash("09.12.2026")).contains(squash("01.12.2026 10:00 (UTC+5)"))
          .contains(squash("03.12.2026 11:00 (UTC+5)")).contains(squash("astanahub.com"));
      case RETURN_NOTICE -> assertThat(flat).contains(squash("30.11.2026")).contains(squash("eGov"));
      case DELETION_NOTICE -> assertThat(flat).contains(squash("30.11.2026"));
      case PRELIMINARY_APPROVAL -> assertThat(flat).contains(squash("PA-2026-000042")).contains(squash("25.12.2026"))
          .contains(squash("028/у")).contains(squash("Fingerprint registration certificate")).contains(squash("180"));
      case PRELIMINARY_REFUSAL, PRP_REFUSAL -> assertThat(flat).contains(squash("26.11.2027"));
      case ANNULMENT_NOTICE -> assertThat(flat).contains(squash("PA-2026-000042")).contains(squash("25.12.2026")).contains(squash("26.11.2027"));
      case CONSENT_FORM -> assertThat(flat).contains(squash("15.03.1985")).contains(squash("Баян-Өлгий, Mongolia")).contains(squash("E1234567"))
          .contains(squash("02.05.2021")).contains(squash("General Authority for Border Protection of Mongolia"))
          .contains(squash("Astana, Mangilik El avenue 55/8, apt. 12")).contains(squash("+97699112233")).contains(squash("Signature: ____"));
      case PRP_DECISION -> assertThat(flat).contains(squash("PRP-2026-000042"));
      case PSC_RETURN_NOTICE -> assertThat(flat).contains(squash("PA-2026-000042")).contains(squash("25.12.2026"))
          .contains(squash("public service centre"));
      case RESIDENCE_CARD_ISSUE -> assertThat(flat).contains(squash("REG-ASTANA-2026-77881")).contains(squash("KZ-RC-004521987"));
      default -> { }
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(d.title());
      assertThat(doc.getDocumentInformation().getSubject()).contains(d.code()).contains(CASE);
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(DocumentFixtures.ISSUED);
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("kk-KZ");
    }
  }

  @Test
  void namesInLatinWithDiacriticsAndInCyrillicPrintAsWrittenAndOtherScriptsAsQuestionMarks() throws IOException {
    // Foreign applicants' names as their passports' Latin transliteration gives them, and the documents' signs.
    String surname = "Nguyễn-Łukasiewicz Ørsted Şahin Ñúñez Ђорђевић Ёлкин";
    String given = "Zoë Đorđe Émilie ç ğ ž ő ß №§«»—…";
    Applicant a = new Applicant("850315300128", surname, given, java.time.LocalDate.of(1985, 3, 15), null, "VNM",
        "C1234567", java.time.LocalDate.of(2031, 5, 1), null, null, "zoe@example.org", "+84912345678", "ASTANA", null);
    String text = text(generator.render(GeneratedDocument.PRP_DECISION, DocumentFacts.of(CASE, DocumentFixtures.ISSUED, a)
        .decisionNumber("PRP-2026-000042").build(), reference(GeneratedDocument.PRP_DECISION)));
    assertThat(squash(text)).contains(squash(surname + " " + given));

    // A script the documents do not use (Chinese, Arabic) is not drawn as an empty box or lost: it shows as '?'.
    Applicant other = new Applicant("850315300128", "李 Smith", "محمد Anna", java.time.LocalDate.of(1985, 3, 15), null,
        "USA", "X1234567", java.time.LocalDate.of(2031, 5, 1), null, null, "anna@example.org", "+15551234567", "ASTANA",
        null);
    String replaced = text(generator.render(GeneratedDocument.PRP_DECISION, DocumentFacts.of(CASE, DocumentFixtures.ISSUED,
        other).decisionNumber("PRP-2026-000042").build(), reference(GeneratedDocument.PRP_DECISION)));
    assertThat(squash(replaced)).contains(squash("? Smith ???? Anna"));
    assertThat(replaced).doesNotContain("李").doesNotContain("محمد");
  }

  @Test
  void theConsentFormLeavesBlanksForWhatTheApplicationDidNotGive() throws IOException {
    Applicant sparse = new Applicant("850315300128", "Smith", "Anna Maria", java.time.LocalDate.of(1985, 3, 15), null,
        "USA", "X1234567", java.time.LocalDate.of(2031, 5, 1), null, null, "anna@example.org", "+15551234567", "ASTANA",
        null);
    String text = text(generator.render(GeneratedDocument.CONSENT_FORM,
        DocumentFacts.of(CASE, DocumentFixtures.ISSUED, sparse).build(), reference(GeneratedDocument.CONSENT_FORM)));
    assertThat(text).contains("Smith Anna Maria").contains("X1234567").contains("____________________________");
  }

  @Test
  void aLongNameAndALongReasonWrapOverSeveralPagesWithNothingLostOrClipped() throws IOException {
    String surname = "Montgomery-Featherstonehaugh";
    String givenNames = "Maximilian-Alexander Konstantin Bartholomew-Wolfgang von Hohenzollern-Sigmaringen"
        + " Ferdinand";
    assertThat((surname + " " + givenNames)).hasSize(120);
    Applicant a = new Applicant("921120401235", surname, givenNames,
        java.time.LocalDate.of(1992, 11, 20), null, "GBR", "P98765432", java.time.LocalDate.of(2032, 1, 1), null, null,
        "max@example.org", "+447700900123", "ALMATY", null);
    StringBuilder reason = new StringBuilder("Қайтару себебі / Причина возврата / Reason: ");
    int i = 0;
    while (reason.length() < 2000) {
      reason.append("the document number ").append(i++).append(" does not match the passport data entered in the"
          + " questionnaire and must be re-issued by the issuing authority; ");
    }
    String longReason = reason.substring(0, 2000);
    List<String> reasons = List.of(longReason, longReason.replace("Reason", "Second reason"),
        "A reason with an unbroken token: " + "ABCDEFGHIJ".repeat(30));
    DocumentFacts facts = DocumentFacts.of(CASE, DocumentFixtures.ISSUED, a).reasons(reasons)
        .lastDay(java.time.LocalDate.of(2026, 11, 30)).build();
    byte[] pdf = generator.render(GeneratedDocument.RETURN_NOTICE, facts, reference(GeneratedDocument.RETURN_NOTICE));
    Files.write(OUT.resolve("return-notice-long.pdf"), pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = text(pdf);
      assertThat(text).contains("page 2 / " + doc.getNumberOfPages());
      // A row split over pages has the footer and the repeated header row between its parts: leave them out.
      String body = squash(text.lines().filter(l -> !l.startsWith(CASE + " · ") && !l.startsWith("№ Себептер"))
          .collect(java.util.stream.Collectors.joining("\n")));
      assertThat(body).contains(squash(a.fullName()));
      reasons.forEach(r -> assertThat(body).contains(squash(r)));
      // Nothing is drawn past the margins: every glyph lies on the page's text column.
      List<float[]> outside = new ArrayList<>();
      PDFTextStripper positions = new PDFTextStripper() {
        @Override
        protected void writeString(String s, List<TextPosition> glyphs) throws IOException {
          for (TextPosition g : glyphs) {
            float right = g.getXDirAdj() + g.getWidthDirAdj();
            if (g.getXDirAdj() < 50 || right > g.getPageWidth() - 50) {
              outside.add(new float[] {g.getXDirAdj(), right});
            }
          }
          super.writeString(s, glyphs);
        }
      };
      positions.getText(doc);
      assertThat(outside).isEmpty();
    }
  }

  /** A short reason is read in one piece: a row of a few lines moves to the next page whole instead of splitting. */
  @Test
  void aShortReasonIsNeverSplitOverTwoPages() throws IOException {
    List<String> reasons = new ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      reasons.add("Reason " + i + ": the housing contract names a passport number that is not the one in the"
          + " preliminary approval, and the landlord's signature is not notarised" + " as required".repeat(i % 4));
    }
    DocumentFacts facts = DocumentFacts.of(CASE, DocumentFixtures.ISSUED, APPLICANT).reasons(reasons)
        .decisionNumber("PA-2026-000042").lastDay(java.time.LocalDate.of(2026, 12, 25)).build();
    byte[] pdf = generator.render(GeneratedDocument.PSC_RETURN_NOTICE, facts, reference(GeneratedDocument.PSC_RETURN_NOTICE));
    Files.write(OUT.resolve("psc-return-notice-many-reasons.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).as("the reasons run over pages").isGreaterThanOrEqualTo(2);
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper one = new PDFTextStripper();
        one.setStartPage(p);
        one.setEndPage(p);
        pages.add(squash(one.getText(doc)));
      }
      reasons.forEach(r -> assertThat(pages).as("one page holds the whole of: %s", r).anyMatch(t -> t.contains(squash(r))));
    }
  }

  /**
   * The job executor renders documents of different cases at once: every document rendered on four threads at
   * the same time says exactly what it says rendered alone (the fonts are shared by every document).
   */
  @Test
  void documentsRenderedAtOnceOnSeveralThreadsSayWhatEachSaysAlone() throws Exception {
    Map<GeneratedDocument, String> alone = new EnumMap<>(GeneratedDocument.class);
    for (GeneratedDocument d : GeneratedDocument.values()) {
      if (d != GeneratedDocument.PETITION) {
        alone.put(d, text(generator.render(d, DocumentFixtures.facts(d), reference(d))));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> rendered = new ArrayList<>();
      List<GeneratedDocument> order = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (GeneratedDocument d : alone.keySet()) {
          order.add(d);
          rendered.add(pool.submit(() -> text(generator.render(d, DocumentFixtures.facts(d), reference(d)))));
        }
      }
      for (int i = 0; i < rendered.size(); i++) {
        assertThat(rendered.get(i).get()).as(order.get(i).code()).isEqualTo(alone.get(order.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Text without any whitespace: line wrapping must not lose or change a character. */
  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }
}
