package kz.gov.dnr.documents;

/** A stored file whose bytes no longer match the SHA-256 recorded when it was stored. */
public class DocumentIntegrityException extends RuntimeException {

  public DocumentIntegrityException(String message) {
    super(message);
  }
}
