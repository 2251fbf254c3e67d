package kz.gov.dnr.finaldecision;

import kz.gov.dnr.calendar.Kazakhstan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.residencecard.ResidenceCardModel;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import kz.gov.dnr.support.Officers;

/** Stage 2.2 and the residence card as the PSC system and the officers take them. */
public final class FinalJourney {

  private final Http http;
  private final CaseDriver driver;
  private Officers officers;
  private final Simulators.Payments payments;

  public FinalJourney(Http http, CaseDriver driver, Simulators.Payments payments) {
    this.http = http;
    this.driver = driver;
    this.officers = driver;
    this.payments = payments;
  }

  /** Who completes the officers' tasks: the engine's API (the default) or a browser. */
  public FinalJourney by(Officers people) {
    this.officers = people;
    return this;
  }

  public static Map<String, Object> application(String passport, String approvalNumber, String fee) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("passportNumber", passport);
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusYears(5).toString());
    a.put("preliminaryApprovalNumber", approvalNumber);
    a.put("paymentReference", fee);
    a.put("housingContractNotarised", true);
    a.put("housingContractStart", LocalDate.now(Kazakhstan.ZONE).toString());
    a.put("housingContractEnd", LocalDate.now(Kazakhstan.ZONE).plusYears(1).toString());
    a.put("consentSigned", true);
    return a;
  }

  /** The items of §20 (the petition is held by the system; the fee is a reference). */
  public static Map<String, Http.Upload> documents() {
    Map<String, Http.Upload> f = new LinkedHashMap<>();
    for (String code : new String[] {"passport", "criminal-record", "questionnaire", "medical-certificate",
        "fingerprint-certificate", "housing-contract", "consent-form"}) {
      f.put(code, new Http.Upload(code + ".pdf", "application/pdf", Fixtures.pdf(code)));
    }
    f.put("photo", new Http.Upload("photo.jpg", "image/jpeg", Fixtures.photo()));
    return f;
  }

  public String pay(String iin, String reference, String purpose) {
    payments.put(reference, iin, new BigDecimal(purpose.equals("PRP") ? "4325" : "865"), purpose);
    return reference;
  }

  public Http.Response apply(String n, String iin, String passport) {
    String approval = (String) driver.variable(n, "dnr-case", "approvalNumber");
    return http.postMultipart("/api/v1/cases/" + n + "/final-application", "psc-system",
        application(passport, approval, pay(iin, "EGOV-FINAL-" + n, "PRP")), documents(), Map.of());
  }

  /** Files the application at the PSC; the PSC check is open. */
  public void applied(String n, String iin, String passport) {
    Http.Response r = apply(n, iin, passport);
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    driver.runJobs(n);
  }

  public void pscForwards(String n) {
    officers.complete(n, FinalDecisionModel.TASK_PSC_CHECK, "psc", Map.of("documentsMatchApproval", true,
        "pscCheckDecision", "FORWARD"));
  }

  public void originalsArrive(String n) {
    officers.complete(n, FinalDecisionModel.TASK_RECEIVE, "officer", Map.of("originalsArrived", true));
  }

  public void grant(String n) {
    officers.complete(n, FinalDecisionModel.TASK_DECISION, "officer", Map.of("finalDecision", "GRANT",
        "originalsMatch", true, "confirmedInPscSystem", true));
  }

  public Http.Response applyForCard(String n, String iin, String passport, String fee) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("passportNumber", passport);
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusYears(5).toString());
    a.put("prpDecisionNumber", driver.variable(n, "dnr-case", "prpDecisionNumber"));
    a.put("paymentReference", fee);
    Map<String, Http.Upload> f = new LinkedHashMap<>();
    f.put("passport", new Http.Upload("passport.pdf", "application/pdf", Fixtures.pdf("Passport")));
    f.put("fee-receipt", new Http.Upload("receipt.pdf", "application/pdf", Fixtures.pdf("Receipt")));
    return http.postMultipart("/api/v1/cases/" + n + "/residence-card-application", "psc-system", a, f, Map.of());
  }

  public void issueCard(String n) {
    officers.complete(n, ResidenceCardModel.TASK_ISSUE, "psc", Map.of("cardItemsChecked", true,
        "registrationNumber", "REG-" + n, "cardNumber", "RC-" + n.substring(9), "cardIssueDecision", "ISSUE"));
  }

  /** From a preliminary approval to the PRP granted. */
  public void toGrant(String n, String iin, String passport) {
    applied(n, iin, passport);
    pscForwards(n);
    originalsArrive(n);
    grant(n);
  }

  /** From the PRP grant to the card issued. */
  public void toCard(String n, String iin, String passport) {
    Http.Response r = applyForCard(n, iin, passport, pay(iin, "EGOV-CARD-T-" + n, "RESIDENCE_CARD"));
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    driver.runJobs(n);
    issueCard(n);
  }
}
