package kz.gov.dnr.outside;

import java.time.LocalDate;
import java.util.List;

/** The integrated data bank (ИДБ) and the law-enforcement information exchange: special and criminal record checks (§13, §22). */
public interface CriminalRecordBank {

  RecordCheck check(String iin, String passportNumber);

  /** The answer: the bank's reference and any hits. */
  record RecordCheck(String reference, List<RecordHit> hits) {
  }

  /** One hit: which register, what kind, what it says, when. */
  record RecordHit(String register, String kind, String description, LocalDate date) {
  }
}
