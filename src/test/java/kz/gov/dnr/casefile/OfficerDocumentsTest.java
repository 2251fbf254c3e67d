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
class OfficerDocumentsTest {

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
        "prp-decision", "prp-refusal");
    assertReads("psc", "passport", "photo", "petition", "criminal-record", "questionnaire", "medical-certificate",
        "fingerprint-certificate", "housing-contract", "consent-form", "preliminary-approval", "prp-decision",
        "fee-receipt", "residence-card-issue");
    Stream.concat(Arrays.stream(UploadedDocument.values()).map(UploadedDocument::code),
            Arrays.stream(GeneratedDocument.values()).map(GeneratedDocument::code))
        .forEach(code -> assertThat(OFFICERS).as(code + " is read by some officer group")
            .anyMatch(g -> OfficerDocuments.reads(Set.of(g), code)));
  }

  @Test
  void r0_4NoGroupReadsWhatItsStagesDoNotNeed() {
    assertThat(OfficerDocuments.reads(Set.of("astana-hub"), "medical-certificate")).isFalse();
    assertThat(OfficerDocuments.reads(Set.of("mdai"), "housing-contract")).isFalse();
    assertThat(OfficerDocuments.reads(Set.of("migration-service"), "cv")).isFalse();
    assertThat(OfficerDocuments.reads(Set.of("migration-service"), "motivation-letter")).isFalse();
    assertThat(OfficerDocuments.reads(Set.of("psc"), "portfolio")).isFalse();
    assertThat(OfficerDocuments.reads(Set.of("psc"), "questionnaire-signature")).isFalse();
    assertThat(OfficerDocuments.reads(Set.of("analysts"), "passport")).as("analysts read no case").isFalse();
    assertThat(OfficerDocuments.reads(Set.of("psc", "astana-hub"), "cv")).as("one of two groups is enough").isTrue();
  }

  @Test
  void r0_4ASupervisorsTaskLinksEveryDocumentAnOfficersTaskThoseOfItsGroup() {
    assertThat(OfficerDocuments.linkedInTask(Set.of("supervisors"), "cv")).isTrue();
    assertThat(OfficerDocuments.linkedInTask(Set.of("supervisors"), "medical-certificate")).isTrue();
    assertThat(OfficerDocuments.linkedInTask(Set.of("psc"), "cv")).isFalse();
    assertThat(OfficerDocuments.linkedInTask(Set.of("psc"), "housing-contract")).isTrue();
  }

  static void assertReads(String group, String... codes) {
    for (String code : codes) {
      assertThat(OfficerDocuments.reads(Set.of(group), code)).as(group + " reads " + code).isTrue();
    }
  }
}
