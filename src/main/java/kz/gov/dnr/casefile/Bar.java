package kz.gov.dnr.casefile;

import java.time.LocalDate;

/** A 1-year bar (B1–B3): no new PRP application before {@code applicableFrom}. */
public record Bar(String caseNumber, String kind, String iin, String passportNumber, LocalDate decidedOn,
    LocalDate applicableFrom) {
}
