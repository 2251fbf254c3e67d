package kz.gov.dnr.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every system client and every demo user against every endpoint of CONTRACT.md (R0.4): who may call it gets
 * past authentication and authorization (the answer may still be a 4xx about the content), everyone else is
 * 403, and nobody anonymous gets in (401). Case reads use a case at screening, so only Astana Hub among the
 * officer groups has had a task in it.
 */
@DnrSpringTest
class ApiAccessMatrixTest {

  @LocalServerPort
  int port;
  @Autowired
  CaseDriver driver;

  static final List<String> CALLERS = List.of("astanahub-portal", "egov-portal", "berkut-gateway", "psc-system", "hub",
      "ministry", "officer", "psc", "supervisor", "analyst", "admin");

  record Endpoint(String method, String path, Set<String> allowed) {
  }

  @Test
  void everyCallerAgainstEveryEndpoint() {
    Http http = new Http(port);
    String n = new PetitionJourney(http, driver).apply(Fixtures.iin(), Fixtures.passport());
    String c = "/api/v1/cases/" + n;
    Set<String> readers = Set.of("hub", "supervisor", "admin");
    List<Endpoint> endpoints = List.of(
        new Endpoint("POST", "/api/v1/petition-applications", Set.of("astanahub-portal")),
        new Endpoint("POST", c + "/interview-booking", Set.of("astanahub-portal")),
        new Endpoint("POST", c + "/prp-application", Set.of("egov-portal")),
        new Endpoint("POST", c + "/prp-application/resubmission", Set.of("egov-portal")),
        new Endpoint("POST", c + "/nsc-decision", Set.of("berkut-gateway")),
        new Endpoint("POST", c + "/final-application", Set.of("psc-system")),
        new Endpoint("POST", c + "/residence-card-application", Set.of("psc-system")),
        new Endpoint("GET", c, union(readers, Set.of("astanahub-portal", "egov-portal", "berkut-gateway", "psc-system"))),
        new Endpoint("GET", c + "/notifications", union(readers, Set.of("astanahub-portal", "egov-portal", "psc-system"))),
        new Endpoint("GET", c + "/documents", union(readers, Set.of("astanahub-portal", "egov-portal", "psc-system"))),
        new Endpoint("GET", c + "/documents/1", union(readers, Set.of("astanahub-portal", "egov-portal", "psc-system"))),
        new Endpoint("GET", "/api/v1/calendar/deadline?from=2026-12-01&workingDays=2", Set.copyOf(CALLERS)));

    Map<String, String> wrong = new LinkedHashMap<>();
    for (Endpoint e : endpoints) {
      int anonymous = call(http, e, null);
      if (anonymous != 401) {
        wrong.put("anonymous " + e.method() + " " + e.path(), "got " + anonymous);
      }
      for (String caller : CALLERS) {
        int status = call(http, e, caller);
        boolean allowed = e.allowed().contains(caller);
        if (allowed && (status == 401 || status == 403) || !allowed && status != 403) {
          wrong.put(caller + " " + e.method() + " " + e.path(), "got " + status + ", expected " + (allowed ? "access" : "403"));
        }
      }
    }
    assertThat(wrong).as("access matrix mismatches").isEmpty();
    assertThat(http.get("/engine-rest/task", null).status()).isEqualTo(401);
  }

  private static int call(Http http, Endpoint e, String caller) {
    if (e.method().equals("GET")) {
      return http.get(e.path(), caller).status();
    }
    if (e.path().endsWith("nsc-decision") || e.path().endsWith("interview-booking")) {
      return http.postJson(e.path(), caller, Map.of()).status();
    }
    return http.postMultipart(e.path(), caller, Map.of(), Map.of("passport",
        new Http.Upload("p.pdf", "application/pdf", Fixtures.pdf("p"))), Map.of()).status();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
