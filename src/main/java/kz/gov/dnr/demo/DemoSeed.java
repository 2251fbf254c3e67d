package kz.gov.dnr.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.engine.EngineClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Demo data: on the first start of the demo profile, eight cases are taken through the application's own
 * API (as the portals, Berkut and the PSC system would call it) and its tasks (as the demo officers), so
 * Tasklist and Cockpit show real work at once: one case waiting for each group, one overdue with a
 * supervisors' escalation, one granted, one refused, one preliminarily approved. Never twice on one database.
 */
@Component
@ConditionalOnProperty(name = "dnr.demo.seed", havingValue = "true")
public class DemoSeed {

  private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);
  static final String SEED = "demo-cases-v1";
  private static final Duration WAIT = Duration.ofSeconds(90);

  /** A demo applicant; their outside-system records and payments are in simulators/outside-systems.json. */
  record Person(String iin, String surname, String givenNames, String citizenship, String passport, String city) {
  }

  static final Person OKAFOR = new Person("880102300016", "Okafor", "Daniel Chukwuemeka", "NGA", "A01234567", "ASTANA");
  static final Person TAN = new Person("900505400025", "Tan", "Mei Lin", "SGP", "K1234567", "ALMATY");
  static final Person ALMEIDA = new Person("871111300036", "Almeida", "Lucas", "BRA", "FX123456", "ASTANA");
  static final Person RAGHUNATHAN = new Person("930212500049", "Raghunathan", "Priya", "IND", "Z7654321", "ALMATY");
  static final Person BERG = new Person("890707300057", "Berg", "Jonas", "SWE", "SE9876543", "ASTANA");
  static final Person ROSSI = new Person("910909400068", "Rossi", "Sofia", "ITA", "YA1234567", "ALMATY");
  static final Person HALE = new Person("861212300073", "Hale", "Viktor", "GBR", "GB5554443", "ASTANA");
  static final Person CARTER = new Person("940303400089", "Carter", "Emily", "USA", "US1122334", "ALMATY");

  private final JdbcTemplate jdbc;
  private final ProcessEngine engine;
  private final WebServerApplicationContext context;
  private final String password;
  private final Clock clock;
  /** Made on the seeding thread, and only when seeding: its CA key would cost the start a second of RSA. */
  private DemoEds eds;
  private RestClient http;

  public DemoSeed(JdbcTemplate jdbc, ProcessEngine engine, WebServerApplicationContext context,
      @Value("${dnr.identity.demo-password}") String password, Clock clock) {
    this.jdbc = jdbc;
    this.engine = engine;
    this.context = context;
    this.password = password;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    Thread t = new Thread(this::seedOnce, "demo-seed");
    t.setDaemon(true);
    t.start();
  }

  void seedOnce() {
    try {
      jdbc.update("insert into dnr_demo_seed (seed_name, seeded_at) values (?, ?)", SEED, Timestamp.from(Instant.now()));
    } catch (DuplicateKeyException alreadySeeded) {
      return;
    }
    http = RestClient.create("http://localhost:" + context.getWebServer().getPort());
    eds = new DemoEds();
    try {
      LOG.info("Demo data: seeding eight cases through the API (about a minute, in the background)");
      seedOverdue(BERG);
      String okafor = apply(OKAFOR);
      String tan = apply(TAN);
      toMinistry(tan);
      String almeida = apply(ALMEIDA);
      toSignedPetition(almeida);
      prpApplication(almeida, ALMEIDA);
      String carter = apply(CARTER);
      toApproval(carter, CARTER);
      String raghunathan = apply(RAGHUNATHAN);
      toApproval(raghunathan, RAGHUNATHAN);
      finalApplication(raghunathan, RAGHUNATHAN);
      String rossi = apply(ROSSI);
      toApproval(rossi, ROSSI);
      toGranted(rossi, ROSSI);
      String hale = apply(HALE);
      toSignedPetition(hale);
      prpApplication(hale, HALE);
      register(hale);
      nsc(hale, false);
      complete(hale, "Task_PreliminaryDecision", "officer", Map.of("preliminaryDecision", "REFUSE",
          "preliminaryReasons", List.of("NSC_NOT_APPROVED", "RECORD_CHECK_HITS"),
          "preliminaryComment", "The NSC did not approve; the data bank shows a conviction for fraud (2019)."));
      LOG.info("Demo data: cases {} (Astana Hub), {} (ministry), {} (migration service), {} (PSC), {} (approved, D6"
          + " running), {} (granted), {} (refused) and an overdue one with an escalation", okafor, tan, almeida,
          raghunathan, carter, rossi, hale);
    } catch (RuntimeException e) {
      LOG.error("Demo data: seeding stopped: {}", e.getMessage(), e);
    }
  }

  /** Jonas Berg's case as if filed six days ago: its registration is overdue and the D2 breach escalates. */
  private void seedOverdue(Person p) {
    EngineClock.setBackWhile(Duration.ofDays(6), () -> {
      String n = apply(p);
      toSignedPetition(n);
      prpApplication(n, p);
    });
  }

  // ---- the steps ------------------------------------------------------------------------------------

  private String apply(Person p) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("iin", p.iin());
    a.put("surname", p.surname());
    a.put("givenNames", p.givenNames());
    a.put("dateOfBirth", "19" + p.iin().substring(0, 2) + "-" + p.iin().substring(2, 4) + "-" + p.iin().substring(4, 6));
    a.put("citizenship", p.citizenship());
    a.put("passportNumber", p.passport());
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusYears(6).toString());
    a.put("email", p.givenNames().split(" ")[0].toLowerCase() + "." + p.surname().toLowerCase() + "@example.org");
    a.put("phone", "+15550" + p.iin().substring(6));
    a.put("city", p.city());
    a.put("personalDataConsent", true);
    a.put("criminalRecordLegalisation", "APOSTILLE");
    MultiValueMap<String, Object> parts = multipart(a);
    for (String code : List.of("passport", "portfolio", "training-certificate", "cv", "motivation-letter", "criminal-record")) {
      parts.add(code, file(code + ".pdf", MediaType.APPLICATION_PDF, DemoFiles.pdf(code + " of " + p.surname())));
    }
    parts.add("photo", file("photo.jpg", MediaType.IMAGE_JPEG, DemoFiles.photo()));
    @SuppressWarnings("unchecked")
    Map<String, Object> answer = http.post().uri("/api/v1/petition-applications").header(HttpHeaders.AUTHORIZATION, basic("astanahub-portal"))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(Map.class);
    String n = (String) answer.get("caseNumber");
    awaitTask(n, "Task_ScreenApplication");
    return n;
  }

  private void toMinistry(String n) {
    complete(n, "Task_ScreenApplication", "hub", Map.of("screeningDecision", "APPROVE"));
    awaitTask(n, "Task_OfferInterviewSlots");
    LocalDate day = LocalDateTime.ofInstant(clock.instant(), Kazakhstan.ZONE).toLocalDate().plusDays(2);
    complete(n, "Task_OfferInterviewSlots", "hub", Map.of("slot1", day + "T10:00", "slot2", day + "T15:00"));
    await(n + " invitation", () -> engine.getRuntimeService().createEventSubscriptionQuery().eventName("InterviewBooked")
        .processInstanceId(instance(n, "dnr-petition")).count() > 0);
    http.post().uri("/api/v1/cases/" + n + "/interview-booking").header(HttpHeaders.AUTHORIZATION, basic("astanahub-portal"))
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("slot", day + "T15:00+05:00")).retrieve().toBodilessEntity();
    awaitTask(n, "Task_ConductInterview");
    complete(n, "Task_ConductInterview", "hub", Map.of("interviewAssessment", "GOOD", "interviewRecommendation", "RECOMMEND",
        "interviewNotes", "Solid backend experience; good English.", "interviewRecording", "https://meet.astanahub.com/rec/demo-" + n));
    awaitTask(n, "Task_MinistryDecision");
  }

  private void toSignedPetition(String n) {
    toMinistry(n);
    complete(n, "Task_MinistryDecision", "ministry", Map.of("ministryDecision", "APPROVE"));
    await(n + " petition", () -> engine.getRuntimeService().createEventSubscriptionQuery().eventName("PrpApplicationReceived")
        .processInstanceId(instance(n, "dnr-case")).count() > 0);
  }

  private void prpApplication(String n, Person p) {
    byte[] questionnaire = DemoFiles.pdf("PRP questionnaire of " + p.surname());
    Map<String, Object> a = Map.of("passportNumber", p.passport(), "passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusYears(6).toString(),
        "paymentReference", "EGOV-PRP-" + p.iin(), "criminalRecordLegalisation", "APOSTILLE");
    MultiValueMap<String, Object> parts = multipart(a);
    parts.add("passport", file("passport.pdf", MediaType.APPLICATION_PDF, DemoFiles.pdf("passport of " + p.surname())));
    parts.add("photo", file("photo.jpg", MediaType.IMAGE_JPEG, DemoFiles.photo()));
    parts.add("criminal-record", file("record.pdf", MediaType.APPLICATION_PDF, DemoFiles.pdf("apostilled record")));
    parts.add("questionnaire", file("questionnaire.pdf", MediaType.APPLICATION_PDF, questionnaire));
    parts.add("questionnaire-signature", file("questionnaire.p7s", MediaType.parseMediaType("application/pkcs7-signature"),
        eds.sign(questionnaire, p.iin(), p.givenNames() + " " + p.surname(), DemoEds.Algorithm.RSA)));
    http.post().uri("/api/v1/cases/" + n + "/prp-application").header(HttpHeaders.AUTHORIZATION, basic("egov-portal"))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toBodilessEntity();
    awaitTask(n, "Task_RegisterApplication");
  }

  private void register(String n) {
    complete(n, "Task_RegisterApplication", "officer", Map.of("registrationDecision", "REGISTER", "mpisCaseNumber", "MPIS-" + n));
    await(n + " NSC request", () -> engine.getRuntimeService().createEventSubscriptionQuery().eventName("NscDecision")
        .processInstanceId(instance(n, "dnr-preliminary-approval")).count() > 0);
  }

  private void nsc(String n, boolean approved) {
    String reference = (String) engine.getRuntimeService().getVariable(instance(n, "dnr-preliminary-approval"), "nscRequestReference");
    http.post().uri("/api/v1/cases/" + n + "/nsc-decision").header(HttpHeaders.AUTHORIZATION, basic("berkut-gateway"))
        .contentType(MediaType.APPLICATION_JSON).body(Map.of("approved", approved, "reference", reference,
            "comment", approved ? "No objections" : "Approval refused")).retrieve().toBodilessEntity();
    awaitTask(n, "Task_PreliminaryDecision");
  }

  private void toApproval(String n, Person p) {
    toSignedPetition(n);
    prpApplication(n, p);
    register(n);
    nsc(n, true);
    complete(n, "Task_PreliminaryDecision", "officer", Map.of("preliminaryDecision", "APPROVE"));
    await(n + " approval", () -> engine.getRuntimeService().createEventSubscriptionQuery().eventName("FinalApplicationReceived")
        .processInstanceId(instance(n, "dnr-case")).count() > 0);
  }

  private void finalApplication(String n, Person p) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("passportNumber", p.passport());
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusYears(6).toString());
    a.put("preliminaryApprovalNumber", engine.getRuntimeService().getVariable(instance(n, "dnr-case"), "approvalNumber"));
    a.put("paymentReference", "EGOV-PRP2-" + p.iin());
    a.put("housingContractNotarised", true);
    a.put("housingContractStart", LocalDate.now(Kazakhstan.ZONE).toString());
    a.put("housingContractEnd", LocalDate.now(Kazakhstan.ZONE).plusYears(1).toString());
    a.put("consentSigned", true);
    MultiValueMap<String, Object> parts = multipart(a);
    for (String code : List.of("passport", "criminal-record", "questionnaire", "medical-certificate", "fingerprint-certificate",
        "housing-contract", "consent-form")) {
      parts.add(code, file(code + ".pdf", MediaType.APPLICATION_PDF, DemoFiles.pdf(code + " of " + p.surname())));
    }
    parts.add("photo", file("photo.jpg", MediaType.IMAGE_JPEG, DemoFiles.photo()));
    http.post().uri("/api/v1/cases/" + n + "/final-application").header(HttpHeaders.AUTHORIZATION, basic("psc-system"))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toBodilessEntity();
    awaitTask(n, "Task_PscCheck");
  }

  private void toGranted(String n, Person p) {
    finalApplication(n, p);
    complete(n, "Task_PscCheck", "psc", Map.of("documentsMatchApproval", true, "pscCheckDecision", "FORWARD"));
    awaitTask(n, "Task_ReceiveOriginals");
    complete(n, "Task_ReceiveOriginals", "officer", Map.of("originalsArrived", true));
    awaitTask(n, "Task_FinalDecision");
    complete(n, "Task_FinalDecision", "officer", Map.of("finalDecision", "GRANT", "originalsMatch", true,
        "confirmedInPscSystem", true));
    await(n + " grant", () -> engine.getRuntimeService().createEventSubscriptionQuery()
        .eventName("ResidenceCardApplicationReceived").processInstanceId(instance(n, "dnr-case")).count() > 0);
    Map<String, Object> a = Map.of("passportNumber", p.passport(), "passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusYears(6).toString(),
        "prpDecisionNumber", engine.getRuntimeService().getVariable(instance(n, "dnr-case"), "prpDecisionNumber"),
        "paymentReference", "EGOV-CARD-" + p.iin());
    MultiValueMap<String, Object> parts = multipart(a);
    parts.add("passport", file("passport.pdf", MediaType.APPLICATION_PDF, DemoFiles.pdf("passport")));
    parts.add("fee-receipt", file("receipt.pdf", MediaType.APPLICATION_PDF, DemoFiles.pdf("card fee receipt")));
    http.post().uri("/api/v1/cases/" + n + "/residence-card-application").header(HttpHeaders.AUTHORIZATION, basic("psc-system"))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toBodilessEntity();
    awaitTask(n, "Task_IssueCard");
    complete(n, "Task_IssueCard", "psc", Map.of("cardItemsChecked", true, "registrationNumber", "REG-" + n,
        "cardNumber", "0" + n.substring(9) + "77", "cardIssueDecision", "ISSUE"));
    await(n + " card", () -> jdbc.queryForObject("select count(*) from dnr_case where case_number = ? and closed_at is not null",
        Integer.class, n) > 0);
  }

  // ---- plumbing -------------------------------------------------------------------------------------

  private void complete(String n, String taskKey, String user, Map<String, Object> variables) {
    Task task = awaitTask(n, taskKey);
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Task awaitTask(String n, String taskKey) {
    Task[] found = new Task[1];
    await(n + " " + taskKey, () -> {
      found[0] = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(n).taskDefinitionKey(taskKey).singleResult();
      return found[0] != null;
    });
    return found[0];
  }

  private String instance(String n, String processKey) {
    var pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(n).processDefinitionKey(processKey)
        .singleResult();
    return pi == null ? "none" : pi.getId();
  }

  private static void await(String what, BooleanSupplier condition) {
    Instant until = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("waited " + WAIT.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private MultiValueMap<String, Object> multipart(Map<String, Object> application) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    try {
      parts.add("application", new HttpEntity<>(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(application), h));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return parts;
  }

  private static HttpEntity<ByteArrayResource> file(String name, MediaType type, byte[] bytes) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(type);
    return new HttpEntity<>(new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    }, h);
  }

  private String basic(String client) {
    return "Basic " + Base64.getEncoder().encodeToString((client + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

}
