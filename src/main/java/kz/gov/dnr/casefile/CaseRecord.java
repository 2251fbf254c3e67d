package kz.gov.dnr.casefile;

import java.time.Instant;

/** A case's row in the registry: identity for V10/V12 checks, opening and closing. */
public record CaseRecord(String caseNumber, String iin, String passportNumber, String city, Instant openedAt,
    Instant closedAt, String outcome) {

  public boolean isOpen() {
    return closedAt == null;
  }
}
