package kz.gov.dnr.outside;

/** The courier that carries the originals from the PSC to the migration service (§21). */
public interface Courier {

  /** Hands the originals over; returns the tracking number. */
  String dispatchOriginals(String caseNumber, String fromOffice, String toOffice);
}
