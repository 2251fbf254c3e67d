package kz.gov.dnr.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.documents.UploadedDocument;
import org.junit.jupiter.api.Test;

/** R0.4: which documents each officer group reads and its task forms link (engine-free). */
class OfficerStagesTest {

  static final List<String> OFFICERS = List.of("astana-hub", "mdai", "migration-service", "psc");

  @Test
  void r0_4EveryDocumentOfTheOrderIsReadByTheGroupsThatWorkItsStage() {
    // The file parts of CONTRACT.md by the paragraph that brings them, and who works that paragraph.
    assertReads("astana-hub", "passport", "photo", "diploma", "portfolio", "training-certificate", "cv",
        "motivation-letter", "criminal-record", "interview-invitation", "screening-refusal", "petition");
    assertReads("mdai", "portfolio", "cv", "diploma", "training-certificate", "motivation-letter", "petition");
    assertReads("migration-service", "passport", "photo", "petition", "criminal-record", "questionnaire",
        "questionnaire-signature", "medical-certificate", "fingerprint-certificate", "housing-contract", "consent-form",
        "return-notice", "deletion-notice", "preliminary-approval", "preliminary-refusal", "annulment-notice",
        "prp-decision", "prp-refusal", "psc-return-notice");
    assertReads("psc", "passport", "photo", "petition", "criminal-record", "questionnaire", "medical-certificate",
        "fingerprint-certificate", "housing-contract", "consent-form", "preliminary-approval", "prp-decision",
        "fee-receipt", "residence-card-issue", "psc-return-notice");
    Stream.concat(Arrays.stream(UploadedDocument.values()).map(UploadedDocument::code),
            Arrays.stream(GeneratedDocument.values()).map(GeneratedDocument::code))
        .forEach(code -> assertThat(OFFICERS).as(code + " is read by some officer group")
            .anyMatch(g -> OfficerStages.readsDocument(Set.of(g), code)));
  }

  @Test
  void r0_4NoGroupReadsWhatItsStagesDoNotNeed() {
    assertDoesNotRead("astana-hub", "medical-certificate", "questionnaire", "prp-decision");
    assertDoesNotRead("mdai", "housing-contract", "fee-receipt");
    assertDoesNotRead("migration-service", "cv", "motivation-letter", "portfolio", "diploma", "interview-invitation");
    assertDoesNotRead("psc", "portfolio", "questionnaire-signature", "screening-refusal");
    assertDoesNotRead("analysts", "passport");
    assertThat(OfficerStages.readsDocument(Set.of("psc", "astana-hub"), "cv")).as("one of two groups is enough").isTrue();
  }

  @Test
  void r0_4ASupervisorsTaskLinksEveryDocumentAnOfficersTaskThoseOfItsGroup() {
    assertThat(OfficerStages.linkedInTask(Set.of("supervisors")).test("cv")).isTrue();
    assertThat(OfficerStages.linkedInTask(Set.of("supervisors")).test("medical-certificate")).isTrue();
    assertThat(OfficerStages.linkedInTask(Set.of("psc")).test("cv")).isFalse();
    assertThat(OfficerStages.linkedInTask(Set.of("psc")).test("housing-contract")).isTrue();
  }

  @Test
  void r0_4AnOfficerReadsTheDecisionsOfTheStagesTheirGroupWorksAndTheSecurityChecksOnlyTheMigrationService() {
    assertEntries("astana-hub", true, "SCREENING_DECISION", "MINISTRY_DECISION", "CASE_CLOSED", "DOCUMENT_SENT");
    assertEntries("astana-hub", false, "PRELIMINARY_DECISION", "FINAL_DECISION");
    assertEntries("mdai", false, "NSC_DECISION", "RECORD_CHECKS");
    assertEntries("psc", true, "PSC_CHECK", "FINAL_DECISION", "CARD_ISSUED", "CASE_CLOSED");
    // RECORD_CHECKS belongs to stage 2.2 too, but it is a security check.
    assertEntries("psc", false, "PRELIMINARY_DECISION", "SCREENING_DECISION", "RECORD_CHECKS", "NSC_DECISION");
    assertEntries("migration-service", true, "RECORD_CHECKS", "NSC_DECISION", "PRELIMINARY_DECISION", "FINAL_DECISION");
    assertEntries("migration-service", false, "SCREENING_DECISION", "CARD_ISSUED", "SOMETHING_NO_STAGE_NAMES");
    assertEntries("analysts", false, "CASE_CLOSED");
  }

  /** Every kind of entry the code and the models write is given to a stage, or to every stage. */
  @Test
  void r0_4EveryKindOfJournalEntryBelongsToAStage() throws Exception {
    Set<String> kinds = new java.util.TreeSet<>(CaseJournal.SECURITY_CHECKS);
    java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"([A-Z][A-Z_]+)\"");
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : java.nio.file.Files.readAllLines(f)) {
          if (line.contains("journal.record(")) {
            java.util.regex.Matcher m = literal.matcher(line);
            while (m.find()) {
              kinds.add(m.group(1));
            }
          }
        }
      }
    }
    java.util.regex.Pattern property = java.util.regex.Pattern.compile("name=\"journal.kind\" value=\"([A-Z_]+)\"");
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        java.util.regex.Matcher m = property.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          kinds.add(m.group(1));
        }
      }
    }
    assertThat(kinds).as("found in the code and the models").contains("CASE_CLOSED", "PSC_CHECK", "PRP_RESUBMITTED")
        .hasSizeGreaterThan(25);
    for (String kind : kinds) {
      assertThat(OFFICERS).as(kind + " is read by some officer group").anyMatch(g -> OfficerStages.readsEntry(Set.of(g),
          kind));
    }
  }

  static void assertEntries(String group, boolean read, String... kinds) {
    for (String kind : kinds) {
      assertThat(OfficerStages.readsEntry(Set.of(group), kind)).as(group + " reads " + kind).isEqualTo(read);
    }
  }

  static void assertDoesNotRead(String group, String... codes) {
    for (String code : codes) {
      assertThat(OfficerStages.readsDocument(Set.of(group), code)).as(group + " reads " + code).isFalse();
    }
  }

  static void assertReads(String group, String... codes) {
    for (String code : codes) {
      assertThat(OfficerStages.readsDocument(Set.of(group), code)).as(group + " reads " + code).isTrue();
    }
  }
}
