package kz.gov.dnr.preliminary;

import kz.gov.dnr.calendar.Kazakhstan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.gov.dnr.demo.DemoEds;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import kz.gov.dnr.support.Officers;

/** Stage 2.1 as the eGov portal, Berkut and the migration officer take it. */
public final class PrpJourney {

  static final DemoEds EDS = new DemoEds();
  private final Http http;
  private final CaseDriver driver;
  private Officers officers;
  private final Simulators.Payments payments;

  public PrpJourney(Http http, CaseDriver driver, Simulators.Payments payments) {
    this.http = http;
    this.driver = driver;
    this.officers = driver;
    this.payments = payments;
  }

  /** Who completes the officers' tasks: the engine's API (the default) or a browser. */
  public PrpJourney by(Officers people) {
    this.officers = people;
    return this;
  }

  /** A PRP fee paid by the applicant, known to the (simulated) payment gateway. */
  public String payFee(String iin, String reference) {
    payments.put(reference, iin, new BigDecimal("4325"), "PRP");
    return reference;
  }

  public static Map<String, Object> application(String passport, String paymentReference) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("passportNumber", passport);
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusYears(5).toString());
    a.put("paymentReference", paymentReference);
    a.put("criminalRecordLegalisation", "CONSULAR");
    return a;
  }

  /** The documents of §10 with the questionnaire signed by {@code signerIin}'s EDS. */
  public static Map<String, Http.Upload> documents(String signerIin, DemoEds.Algorithm algorithm) {
    byte[] questionnaire = Fixtures.pdf("PRP questionnaire-application");
    Map<String, Http.Upload> files = new LinkedHashMap<>();
    files.put("passport", new Http.Upload("passport.pdf", "application/pdf", Fixtures.pdf("Passport")));
    files.put("photo", new Http.Upload("photo.jpg", "image/jpeg", Fixtures.photo()));
    files.put("criminal-record", new Http.Upload("record.pdf", "application/pdf", Fixtures.pdf("Legalised record")));
    files.put("questionnaire", new Http.Upload("questionnaire.pdf", "application/pdf", questionnaire));
    files.put("questionnaire-signature", new Http.Upload("questionnaire.p7s", "application/pkcs7-signature",
        EDS.sign(questionnaire, signerIin, "Applicant", algorithm)));
    return files;
  }

  public Http.Response apply(String n, String iin, String passport, String fee) {
    return http.postMultipart("/api/v1/cases/" + n + "/prp-application", "egov-portal", application(passport, fee),
        documents(iin, DemoEds.Algorithm.RSA), Map.of());
  }

  /** Files the e-application and runs the fee step: the registration task is open. */
  public void received(String n, String iin, String passport) {
    Http.Response r = apply(n, iin, passport, payFee(iin, "EGOV-T-" + n));
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    driver.runJobs(n);
  }

  public void register(String n) {
    officers.complete(n, PreliminaryModel.TASK_REGISTER, "officer", Map.of("registrationDecision", "REGISTER",
        "mpisCaseNumber", "MPIS-" + n));
  }

  public Http.Response nsc(String n, boolean approved) {
    String reference = (String) driver.variable(n, PreliminaryModel.PROCESS, "nscRequestReference");
    return http.postJson("/api/v1/cases/" + n + "/nsc-decision", "berkut-gateway",
        Map.of("approved", approved, "reference", reference, "comment", approved ? "No objections" : "Objections"));
  }

  public void approve(String n) {
    officers.complete(n, PreliminaryModel.TASK_DECISION, "officer", Map.of("preliminaryDecision", "APPROVE"));
  }

  /** From a signed petition to a preliminary approval. */
  public void toApproval(String n, String iin, String passport) {
    received(n, iin, passport);
    register(n);
    assertThat(nsc(n, true).status()).isEqualTo(200);
    driver.runJobs(n);
    approve(n);
  }
}
