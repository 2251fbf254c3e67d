package kz.gov.dnr.documents;

import java.time.Instant;

/** A stored file's metadata; the bytes are read separately and checked against the SHA-256. */
public record StoredDocument(long id, String caseNumber, String code, String fileName, String contentType,
    long sizeBytes, String sha256, DocumentSource source, Instant createdAt, String processInstanceId) {

  /** Where portals and officers read it. */
  public String url() {
    return "/api/v1/cases/" + caseNumber + "/documents/" + id;
  }
}
