package kz.gov.dnr.casefile;

/** How a case ended; each is a distinct named end event of {@code dnr-case}. */
public enum CaseOutcome {
  GRANTED, REFUSED_AT_PETITION, WITHDRAWN, PETITION_UNUSED, DELETED, REFUSED_PRELIMINARY, ANNULLED, REFUSED_FINAL,
  CARD_NOT_REQUESTED
}
