package kz.gov.dnr.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.gov.dnr.casefile.Applicant;

/**
 * What a generated document says, taken from the case: the applicant, the officers' reasons and the
 * dates the deadline service computed. Fields a document does not use stay null.
 *
 * @param stage the stage a refusal was decided at, in the three languages ("kk / ru / en")
 * @param lastDay the last day of a term the document announces (booking, resubmission, validity)
 * @param newApplicationFrom the first day a new PRP application is possible after a bar (B1–B3)
 * @param slots interview times offered, already written for people (Astana time)
 * @param decisionNumber the preliminary approval's or the PRP decision's number
 * @param interviewResult the interview's assessment, for the petition
 */
public record DocumentFacts(String caseNumber, Instant issuedAt, Applicant applicant, List<String> reasons,
    String stage, LocalDate lastDay, LocalDate newApplicationFrom, List<String> slots, String decisionNumber,
    String interviewResult, String cardNumber, String registrationNumber, String signatory) {

  public static Builder of(String caseNumber, Instant issuedAt, Applicant applicant) {
    return new Builder(caseNumber, issuedAt, applicant);
  }

  public List<String> reasons() {
    return reasons == null ? List.of() : reasons;
  }

  public List<String> slots() {
    return slots == null ? List.of() : slots;
  }

  /** Builds the facts of one document. */
  public static final class Builder {
    private final String caseNumber;
    private final Instant issuedAt;
    private final Applicant applicant;
    private List<String> reasons;
    private String stage;
    private LocalDate lastDay;
    private LocalDate newApplicationFrom;
    private List<String> slots;
    private String decisionNumber;
    private String interviewResult;
    private String cardNumber;
    private String registrationNumber;
    private String signatory;

    Builder(String caseNumber, Instant issuedAt, Applicant applicant) {
      this.caseNumber = caseNumber;
      this.issuedAt = issuedAt;
      this.applicant = applicant;
    }

    public Builder reasons(List<String> v) {
      reasons = v;
      return this;
    }

    public Builder stage(String v) {
      stage = v;
      return this;
    }

    public Builder lastDay(LocalDate v) {
      lastDay = v;
      return this;
    }

    public Builder newApplicationFrom(LocalDate v) {
      newApplicationFrom = v;
      return this;
    }

    public Builder slots(List<String> v) {
      slots = v;
      return this;
    }

    public Builder decisionNumber(String v) {
      decisionNumber = v;
      return this;
    }

    public Builder interviewResult(String v) {
      interviewResult = v;
      return this;
    }

    public Builder cardNumber(String v) {
      cardNumber = v;
      return this;
    }

    public Builder registrationNumber(String v) {
      registrationNumber = v;
      return this;
    }

    public Builder signatory(String v) {
      signatory = v;
      return this;
    }

    public DocumentFacts build() {
      return new DocumentFacts(caseNumber, issuedAt, applicant, reasons, stage, lastDay, newApplicationFrom, slots,
          decisionNumber, interviewResult, cardNumber, registrationNumber, signatory);
    }
  }
}
