package kz.gov.dnr.petition;

import kz.gov.dnr.calendar.Kazakhstan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.casefile.PilotProperties;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/v1/petition-applications (§4): what is accepted, and every way a request is refused. */
@DnrSpringTest
class PetitionApplicationApiTest {

  static final String PATH = "/api/v1/petition-applications";
  @LocalServerPort
  int port;
  @Autowired
  CaseRegistry registry;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  CaseDriver driver;
  @Autowired
  PilotProperties pilot;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  Http.Response post(Object application, Map<String, Http.Upload> files) {
    return http.postMultipart(PATH, "astanahub-portal", application, files, Map.of());
  }

  int cases() {
    Integer n = jdbc.queryForObject("select count(*) from dnr_case", Integer.class);
    return n == null ? 0 : n;
  }

  @Test
  void r4_1AValidApplicationOpensACase() {
    Http.Response r = post(Fixtures.application("820222600146", "PA1000001"), Fixtures.petitionDocuments());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String n = r.json().get("caseNumber").asText();
    assertThat(n).matches("DNR-\\d{4}-\\d{6}");
    assertThat(r.header("Location")).isEqualTo("/api/v1/cases/" + n);
    JsonNode docs = http.get("/api/v1/cases/" + n + "/documents", "astanahub-portal").json();
    assertThat(docs.findValuesAsText("code")).containsExactlyInAnyOrder("passport", "photo", "diploma", "portfolio",
        "training-certificate", "cv", "motivation-letter", "criminal-record");
    assertThat(http.get("/api/v1/cases/" + n, "astanahub-portal").json().at("/stage/process").asText())
        .isEqualTo("dnr-petition");
  }

  @Test
  void everyMalformedFieldAndMissingDocumentIsReportedAtOnce() {
    Map<String, Object> a = new LinkedHashMap<>(Fixtures.application("820222600146", "PA1000002"));
    a.remove("iin");
    a.put("email", "not-an-address");
    a.put("dateOfBirth", "15.03.1985");
    a.put("favouriteColour", "blue");
    Map<String, Http.Upload> files = new LinkedHashMap<>(Fixtures.petitionDocuments());
    files.remove("photo");
    files.put("selfie", new Http.Upload("s.jpg", "image/jpeg", Fixtures.photo()));
    int before = cases();
    Http.Response r = post(a, files);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("errors").findValuesAsText("field"))
        .contains("iin", "email", "dateOfBirth", "favouriteColour", "photo", "selfie");
    JsonNode email = find(r.json(), "email");
    assertThat(email.get("reason").asText()).contains("not-an-address");
    assertThat(email.get("accepted").asText()).contains("e-mail address");
    assertThat(cases()).isEqualTo(before);
  }

  /** A part the request does not define is a fault, not ignored: the portal must not believe it was read. */
  @Test
  void aFormFieldTheRequestDoesNotDefineIsRefusedNotIgnored() {
    Map<String, Http.Upload> files = new LinkedHashMap<>(Fixtures.petitionDocuments());
    files.put("iin", new Http.Upload(null, "text/plain", "850315300128".getBytes(StandardCharsets.UTF_8)));
    files.put("cv", new Http.Upload(null, "application/pdf", files.get("cv").bytes()));
    int before = cases();
    Http.Response r = post(Fixtures.application("820222600146", "PA1000012"), files);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("iin", "cv");
    assertThat(find(r.json(), "iin").get("reason").asText()).contains("neither the part 'application' nor a document code");
    assertThat(find(r.json(), "iin").get("accepted").asText()).contains("motivation-letter");
    assertThat(find(r.json(), "cv").get("reason").asText()).isEqualTo("was sent as a form field, not as a file");
    assertThat(find(r.json(), "cv").get("accepted").asText()).contains("filename=");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void r4_2WithoutConsentTheRequestIsRefusedAtOnceAndNothingIsStored() {
    Map<String, Object> a = new LinkedHashMap<>(Fixtures.application("830404300128", "PA1000003"));
    a.put("personalDataConsent", false);
    int before = cases();
    Http.Response r = post(a, Fixtures.petitionDocuments());
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").findValuesAsText("field")).containsExactly("personalDataConsent");
    assertThat(r.json().get("detail").asText()).contains("R4.2").contains("nothing about the applicant was stored");
    assertThat(cases()).isEqualTo(before);
    assertThat(registry.liveCase("IIN", "830404300128")).isEmpty();
    Integer docs = jdbc.queryForObject("select count(*) from dnr_document d left join dnr_case c on c.case_number ="
        + " d.case_number where c.case_number is null", Integer.class);
    assertThat(docs).isZero();
  }

  /** V1 (IIN check digit), V2 (passport), V3 (photo) and R0.1 (pilot cities), all reported at once. */
  @Test
  void rulesOfTheOrderRefuseWellFormedInput() {
    Map<String, Object> a = new LinkedHashMap<>(Fixtures.application("850315300127", "PA1000004"));
    a.put("city", "SHYMKENT");
    a.put("passportExpiryDate", LocalDate.now(Kazakhstan.ZONE).plusDays(100).toString());
    Map<String, Http.Upload> files = new LinkedHashMap<>(Fixtures.petitionDocuments());
    files.put("photo", new Http.Upload("photo.jpg", "image/jpeg", Fixtures.jpeg(800, 800)));
    Http.Response r = post(a, files);
    assertThat(r.status()).isEqualTo(422);
    assertThat(find(r.json(), "iin").get("reason").asText()).contains("check digit");
    assertThat(find(r.json(), "city").get("reason").asText()).contains("R0.1");
    assertThat(find(r.json(), "passportExpiryDate").get("accepted").asText())
        .contains(LocalDate.now(Kazakhstan.ZONE).plusDays(181).toString());
    assertThat(find(r.json(), "photo").get("reason").asText()).contains("not portrait");
  }

  /** R0.2: after the pilot's last day no new application is accepted; a case opened before goes on. */
  @Test
  void r0_2AfterThePilotsLastDayNewApplicationsAreRefusedAndRunningCasesGoOn() {
    PetitionJourney journey = new PetitionJourney(http, driver);
    String running = journey.apply(Fixtures.iin(), Fixtures.passport());
    ClockUtil.setCurrentTime(java.util.Date.from(pilot.endsOn().plusDays(1).atTime(9, 0)
        .atZone(kz.gov.dnr.calendar.Kazakhstan.ZONE).toInstant()));
    try {
      int before = cases();
      Http.Response r = post(Fixtures.application(Fixtures.iin(), Fixtures.passport()), Fixtures.petitionDocuments());
      assertThat(r.status()).as(r.body()).isEqualTo(422);
      assertThat(find(r.json(), "application").get("reason").asText()).contains("R0.2")
          .contains(pilot.endsOn().toString());
      assertThat(cases()).as("nothing stored").isEqualTo(before);

      journey.approveScreening(running);
      assertThat(driver.task(running, PetitionModel.TASK_OFFER_SLOTS)).as("the running case goes on").isNotNull();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void v4AnExecutableRenamedPdfIs415() {
    Map<String, Http.Upload> files = new LinkedHashMap<>(Fixtures.petitionDocuments());
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    files.put("cv", new Http.Upload("cv.pdf", "application/pdf", exe));
    Http.Response r = post(Fixtures.application("820222600146", "PA1000005"), files);
    assertThat(r.status()).isEqualTo(415);
    assertThat(find(r.json(), "cv").get("reason").asText()).contains("decided by its content");
  }

  @Test
  void anApplicationNotSentAsMultipartIs415NamingWhatIsAccepted() {
    int before = cases();
    Http.Response json = http.postJson("/api/v1/petition-applications", "astanahub-portal", Map.of("iin", "820222600146"));
    Http.Response empty = http.send("POST", "/api/v1/petition-applications", "astanahub-portal");

    assertThat(json.status()).isEqualTo(415);
    assertThat(json.json().get("detail").asText())
        .isEqualTo("Content-Type application/json is not accepted here; accepted: [multipart/form-data]");
    assertThat(empty.status()).isEqualTo(415);
    assertThat(empty.json().get("detail").asText())
        .isEqualTo("The request has no Content-Type; accepted: [multipart/form-data]");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void aFileOverTheLimitIs413AndNothingIsStored() {
    Map<String, Http.Upload> files = new LinkedHashMap<>(Fixtures.petitionDocuments());
    files.put("portfolio", new Http.Upload("portfolio.pdf", "application/pdf", new byte[11 * 1024 * 1024]));
    int before = cases();
    Http.Response r = post(Fixtures.application("820222600146", "PA1000006"), files);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().get("detail").asText()).contains("10 MB per file");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void v12ASecondApplicationWhileACaseIsLiveIsAConflict() {
    assertThat(post(Fixtures.application("960111500134", "PA1000007"), Fixtures.petitionDocuments()).status()).isEqualTo(201);
    Http.Response again = post(Fixtures.application("960111500134", "PA1000008"), Fixtures.petitionDocuments());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("live case");
    Http.Response samePassport = post(Fixtures.application("970313700157", "PA1000007"), Fixtures.petitionDocuments());
    assertThat(samePassport.status()).isEqualTo(409);
    assertThat(find(samePassport.json(), "passportNumber")).isNotNull();
  }

  @Test
  void v10ABarredApplicantLearnsFromWhenANewApplicationIsPossible() {
    LocalDate from = LocalDate.now(Kazakhstan.ZONE).plusMonths(7);
    registry.recordBar("DNR-2025-000001", "B3", "810414800160", "PB0000001", LocalDate.now(Kazakhstan.ZONE).minusMonths(5), from);
    Http.Response r = post(Fixtures.application("810414800160", "PB0000099"), Fixtures.petitionDocuments());
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().get("newApplicationPossibleFrom").asText()).isEqualTo(from.toString());
    assertThat(r.json().get("detail").asText()).contains("B3").contains(from.toString());
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothing() {
    Map<String, Object> a = Fixtures.application("920808400108", "PA1000010");
    Map<String, Http.Upload> files = Fixtures.petitionDocuments();
    Http.Response first = http.postMultipart(PATH, "astanahub-portal", a, files, Map.of("Idempotency-Key", "portal-req-42"));
    int after = cases();
    Http.Response retry = http.postMultipart(PATH, "astanahub-portal", a, files, Map.of("Idempotency-Key", "portal-req-42"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("caseNumber").asText()).isEqualTo(first.json().get("caseNumber").asText());
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(cases()).isEqualTo(after);
    Map<String, Object> other = new LinkedHashMap<>(a);
    other.put("phone", "+15550000000");
    assertThat(http.postMultipart(PATH, "astanahub-portal", other, files, Map.of("Idempotency-Key", "portal-req-42"))
        .status()).isEqualTo(422);
  }

  @Test
  void onlyTheAstanaHubPortalSubmits() {
    assertThat(http.postMultipart(PATH, "egov-portal", Fixtures.application("820222600146", "PA1000011"),
        Fixtures.petitionDocuments(), Map.of()).status()).isEqualTo(403);
    assertThat(http.postMultipart(PATH, "hub", Fixtures.application("820222600146", "PA1000011"),
        Fixtures.petitionDocuments(), Map.of()).status()).isEqualTo(403);
    assertThat(http.postMultipart(PATH, null, Fixtures.application("820222600146", "PA1000011"),
        Fixtures.petitionDocuments(), Map.of()).status()).isEqualTo(401);
    assertThat(http.postJson(PATH, "astanahub-portal", Fixtures.application("820222600146", "PA1000011")).status())
        .isEqualTo(415);
  }

  static JsonNode find(JsonNode problem, String field) {
    for (JsonNode e : problem.get("errors")) {
      if (e.get("field").asText().equals(field)) {
        return e;
      }
    }
    throw new AssertionError("No error for " + field + " in " + problem);
  }
}
