package kz.gov.dnr.documents;

import kz.gov.dnr.documents.pdf.DocumentTemplates;
import kz.gov.dnr.documents.signing.PetitionSigner;
import org.springframework.stereotype.Service;

/**
 * Produces a generated document from the case's facts, signs the petition (§8), and stores the PDF with
 * the case. Reference numbers run per case and document code: {@code DNR-2026-000042/return-notice/2}.
 */
@Service
public class DocumentGenerator {

  private final DocumentStore store;
  private final PetitionSigner signer;

  public DocumentGenerator(DocumentStore store, PetitionSigner signer) {
    this.store = store;
    this.signer = signer;
  }

  /** Renders without storing (tests, previews). */
  public byte[] render(GeneratedDocument document, DocumentFacts facts, String reference) {
    byte[] pdf = DocumentTemplates.layout(document, facts, reference).render();
    if (document == GeneratedDocument.PETITION) {
      pdf = signer.sign(pdf, facts.signatory(), "Petition under §8 of the Digital Nomad Residency algorithm, case "
          + facts.caseNumber(), facts.issuedAt());
    }
    return pdf;
  }

  public StoredDocument generate(GeneratedDocument document, DocumentFacts facts, String processInstanceId) {
    int number = store.countGenerated(facts.caseNumber(), document.code()) + 1;
    String reference = facts.caseNumber() + "/" + document.code() + "/" + number;
    byte[] pdf = render(document, facts, reference);
    return store.store(facts.caseNumber(), document.code(),
        facts.caseNumber() + "-" + document.code() + "-" + number + ".pdf", "application/pdf", pdf,
        DocumentSource.GENERATED, processInstanceId);
  }
}
