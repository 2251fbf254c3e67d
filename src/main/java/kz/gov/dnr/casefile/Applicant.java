package kz.gov.dnr.casefile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * The applicant as the petition application (§4) gives them; held by the case process as one JSON
 * variable {@code applicant}. Place of birth, address and the passport's issue data are optional at intake
 * and printed as blanks on the consent form (annex, RA.1) when absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Applicant(String iin, String surname, String givenNames, LocalDate dateOfBirth, String placeOfBirth,
    String citizenship, String passportNumber, LocalDate passportExpiryDate, LocalDate passportIssuedOn,
    String passportIssuer, String email, String phone, String city, String address) {

  @JsonIgnore
  public String fullName() {
    return (surname + " " + givenNames).trim();
  }

  /** The same applicant with the passport of a later application (§10, §20). */
  public Applicant withPassport(String number, LocalDate expiry) {
    return new Applicant(iin, surname, givenNames, dateOfBirth, placeOfBirth, citizenship, number, expiry,
        passportIssuedOn, passportIssuer, email, phone, city, address);
  }
}
