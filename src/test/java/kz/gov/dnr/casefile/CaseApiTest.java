package kz.gov.dnr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.Idempotency;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** The case endpoints, the API's problems and OpenAPI description, and idempotent submissions. */
@DnrSpringTest
class CaseApiTest {

  @Autowired
  CaseRegistry registry;
  @Autowired
  CaseJournal journal;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TransactionTemplate tx;
  @Autowired
  Idempotency idempotency;
  @LocalServerPort
  int port;

  @Test
  void theCaseStatusShowsWhatTheCaseWaitsForAndItsDecisionsActorsToOfficersOnly() {
    String n = "DNR-2026-600001";
    tx.executeWithoutResult(s -> {
      registry.open(n, "060001000000", "S6000001", "ASTANA");
      journal.record(n, "SCREENING_APPROVED", "hub", "Screening approved");
    });
    runtime.startProcessInstanceByKey("dnr-escalation", n, Map.of("caseNumber", n));
    Http http = new Http(port);
    JsonNode status = http.get("/api/v1/cases/" + n, "supervisor").json();
    assertThat(status.get("status").asText()).isEqualTo("OPEN");
    assertThat(status.get("waitingFor").findValuesAsText("element")).contains("Task_ReviewBreach");
    assertThat(status.get("waitingFor").findValuesAsText("group")).contains("supervisors");
    assertThat(status.at("/decisions/0/summary").asText()).isEqualTo("Screening approved");
    assertThat(status.at("/decisions/0/actor").asText()).isEqualTo("hub");
    JsonNode portal = http.get("/api/v1/cases/" + n, "berkut-gateway").json();
    assertThat(portal.at("/decisions/0/actor").isMissingNode()).isTrue();
    assertThat(http.get("/api/v1/cases/" + n, "analyst").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/cases/" + n, "hub").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/cases/" + n + "/notifications", "berkut-gateway").status()).isEqualTo(403);
    Http.Response unknown = http.get("/api/v1/cases/DNR-2026-999998", "supervisor");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asText()).isEqualTo("No case DNR-2026-999998 is known");
    Http.Response malformed = http.get("/api/v1/cases/2026-42/notifications", "supervisor");
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(malformed.json().get("detail").asText())
        .isEqualTo("No case 2026-42 is known: a case number is DNR-<year>-<6 digits>, e.g. DNR-2026-000042");
  }

  @Test
  void anUnknownPathOrMethodIsAProblemToo() {
    Http http = new Http(port);
    Http.Response path = http.get("/api/v1/no-such-thing", "supervisor");
    assertThat(path.status()).isEqualTo(404);
    assertThat(path.header("Content-Type")).startsWith("application/problem+json");
    Http.Response method = http.postJson("/api/v1/calendar/deadline", "supervisor", Map.of());
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void theOpenApiDescriptionIsServedAndListsTheReadEndpoints() {
    JsonNode api = new Http(port).get("/v3/api-docs", null).json();
    assertThat(api.at("/info/title").asText()).isEqualTo("Digital Nomad Residency API");
    assertThat(api.at("/info/description").asText()).contains("Idempotency-Key")
        .contains("any other part, or a document sent without a file name, is refused (400)");
    assertThat(api.get("paths").has("/api/v1/cases/{caseNumber}")).isTrue();
    assertThat(api.get("paths").has("/api/v1/cases/{caseNumber}/notifications")).isTrue();
    assertThat(api.get("paths").has("/api/v1/cases/{caseNumber}/documents")).isTrue();
    assertThat(api.get("paths").has("/api/v1/cases/{caseNumber}/documents/{id}")).isTrue();
    assertThat(api.get("paths").has("/api/v1/calendar/deadline")).isTrue();
    assertThat(new Http(port).get("/swagger-ui/index.html", null).status()).isEqualTo(200);
  }

  @Test
  void aRetriedSubmissionGetsTheFirstAnswerAndCreatesNothingNew() {
    String n = "DNR-2026-600002";
    tx.executeWithoutResult(s -> registry.open(n, "060002000000", "S6000002", "ASTANA"));
    AtomicInteger runs = new AtomicInteger();
    java.util.function.Supplier<Idempotency.Answer> action = () -> {
      journal.record(n, "TEST_SUBMISSION", "astanahub-portal", "run " + runs.incrementAndGet());
      return new Idempotency.Answer(201, Map.of("caseNumber", n, "run", runs.get()), "/api/v1/cases/" + n);
    };
    ResponseEntity<Object> first = idempotency.submit("astanahub-portal", "key-1", "hash-a", action);
    ResponseEntity<Object> retry = idempotency.submit("astanahub-portal", "key-1", "hash-a", action);
    assertThat(runs.get()).isEqualTo(1);
    assertThat(retry.getStatusCode().value()).isEqualTo(201);
    assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(retry.getBody().toString()).contains("\"run\":1");
    assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(journal.entries(n).stream().filter(e -> e.kind().equals("TEST_SUBMISSION"))).hasSize(1);
    assertThatThrownBy(() -> idempotency.submit("astanahub-portal", "key-1", "hash-b", action))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind().status()).isEqualTo(422));
    // Keys are per client: another client's same key is a new submission.
    idempotency.submit("egov-portal", "key-1", "hash-a", action);
    assertThat(runs.get()).isEqualTo(2);
  }

  @Test
  void aSubmissionThatFailsLeavesNoKeyAndNothingElse() {
    String n = "DNR-2026-600003";
    tx.executeWithoutResult(s -> registry.open(n, "060003000000", "S6000003", "ASTANA"));
    assertThatThrownBy(() -> idempotency.submit("astanahub-portal", "key-2", "h", () -> {
      journal.record(n, "TEST_SUBMISSION", "x", "partial work");
      throw new ApiException(kz.gov.dnr.api.ProblemKind.CONFLICT, "refused halfway");
    })).isInstanceOf(ApiException.class);
    assertThat(journal.has(n, "TEST_SUBMISSION")).isFalse();
    AtomicInteger runs = new AtomicInteger();
    idempotency.submit("astanahub-portal", "key-2", "h", () -> new Idempotency.Answer(201, Map.of("n", runs.incrementAndGet()), null));
    assertThat(runs.get()).isEqualTo(1);
  }

  /** Requests Tomcat refuses before the application sees them answer with a problem body, not an HTML page. */
  @Test
  void aRequestTheWebServerRefusesIsAnsweredWithAProblemThatSaysWhatToEncode() throws Exception {
    for (String target : new String[] {"/api/v1/calendar/deadline?from={2026-12-01}&workingDays=2",
        "/api/v1/cases/DNR-2026-600001%2Fdocuments"}) {
      String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(answer).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
          .contains("\"type\":\"urn:kz:dnr:problem:malformed-request\"").contains("percent-encoded")
          .doesNotContain("<html").doesNotContain("Tomcat");
    }
  }

  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
