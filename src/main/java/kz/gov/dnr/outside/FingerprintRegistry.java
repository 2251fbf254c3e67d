package kz.gov.dnr.outside;

import java.time.LocalDate;

/** ADIS (АДАЖ), the automated fingerprint information system: is the applicant registered (§22)? */
public interface FingerprintRegistry {

  FingerprintRecord lookup(String iin);

  /** The registration, if any. */
  record FingerprintRecord(boolean registered, LocalDate registeredOn, String office) {
  }
}
