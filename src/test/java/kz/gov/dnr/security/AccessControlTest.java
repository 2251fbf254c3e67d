package kz.gov.dnr.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** R0.4: authenticated users only, least privilege per group, on both HTTP APIs and in the webapps. */
@DnrSpringTest
class AccessControlTest {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TasklistFilters tasklistFilters;

  Http http;
  final List<String> instances = new ArrayList<>();

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  @AfterEach
  void cleanUp() {
    instances.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test clean-up", true, true, true, true));
  }

  @Test
  void engineRestRefusesAnonymousCalls() {
    assertThat(http.get("/engine-rest/task", null).status()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", "hub").status()).isEqualTo(200);
    // A wrong password holds the account back for a few seconds (engine login throttling): use an unknown id.
    assertThat(http.get("/engine-rest/task", "nobody:wrong-password").status()).isEqualTo(401);
  }

  @Test
  void apiRefusesAnonymousCallsWithAProblemBody() {
    Http.Response r = http.get("/api/v1/calendar/deadline?from=2026-12-01&workingDays=1", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("status").asInt()).isEqualTo(401);
    assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(http.get("/api/v1/calendar/deadline?from=2026-12-01&workingDays=1", "no-such-client:nope").status())
        .isEqualTo(401);
  }

  @Test
  void eachDemoUserSeesOnlyTheTasklistFiltersOfTheirGroup() {
    assertThat(filterNames("hub")).hasSize(2).allMatch(n -> n.startsWith("Astana Hub"));
    assertThat(filterNames("ministry")).hasSize(2).allMatch(n -> n.startsWith("Ministry of AI"));
    assertThat(filterNames("officer")).hasSize(2).allMatch(n -> n.startsWith("Migration service"));
    assertThat(filterNames("psc")).hasSize(2).allMatch(n -> n.startsWith("Public service centre"));
    assertThat(filterNames("supervisor")).containsExactlyInAnyOrder(
        "Supervisors — эскалациялар / эскалации / escalations",
        "Supervisors — барлық мерзімі өткен / все просроченные / all overdue tasks");
    assertThat(filterNames("analyst")).isEmpty();
  }

  /** A database from the release before the filters' Kazakh names keeps one filter of each kind, renamed. */
  @Test
  void aFilterUnderItsFormerNameIsRenamedNotDuplicated() {
    FilterService filterService = engine.getFilterService();
    TasklistFilters.Definition open = tasklistFilters.definitions(engine.getTaskService()).get(0);
    Filter filter = filterService.createFilterQuery().filterName(open.name()).singleResult();
    filterService.saveFilter(filter.setName(open.formerName()));
    long before = filterService.createFilterQuery().count();

    tasklistFilters.apply(engine);

    assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
    assertThat(filterService.createFilterQuery().filterName(open.formerName()).count()).isZero();
    assertThat(filterService.createFilterQuery().filterName(open.name()).singleResult().getId()).isEqualTo(filter.getId());
    assertThat(filterNames("hub")).contains("Astana Hub — ашық тапсырмалар / открытые задачи / open tasks");
  }

  @Test
  void aUserSeesOnlyTheTasksOfTheirGroups() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(TasklistFilters.ESCALATION_PROCESS, "DNR-2026-900001",
        Map.of("caseNumber", "DNR-2026-900001"));
    instances.add(pi.getId());
    String query = "/engine-rest/task?processInstanceId=" + pi.getId();
    assertThat(http.get(query, "supervisor").json()).hasSize(1);
    for (String other : List.of("hub", "ministry", "officer", "psc", "analyst", "astanahub-portal")) {
      assertThat(http.get(query, other).json()).as(other).isEmpty();
    }
  }

  @Test
  void supervisorsReadEveryCaseButChangeNothing() {
    ProcessInstance pi = runtime.startProcessInstanceByKey(TasklistFilters.ESCALATION_PROCESS, "DNR-2026-900002",
        Map.of("caseNumber", "DNR-2026-900002"));
    instances.add(pi.getId());
    assertThat(http.get("/engine-rest/process-instance/" + pi.getId(), "supervisor").status()).isEqualTo(200);
    // The engine answers "no such instance" (404) to a caller who may not read it.
    assertThat(http.get("/engine-rest/process-instance/" + pi.getId(), "analyst").status()).isEqualTo(404);
    assertThat(http.get("/engine-rest/process-instance/" + pi.getId(), "hub").status()).isEqualTo(404);
    Http.Response change = http.postJson("/engine-rest/process-instance/" + pi.getId() + "/variables", "supervisor",
        Map.of("modifications", Map.of("caseNumber", Map.of("value", "changed"))));
    assertThat(change.status()).as(change.body()).isEqualTo(403);
  }

  /**
   * Tasklist's History tab of a task: who claimed it and when (the engine's user operation log, history level
   * audit-operation-log), for supervisors, who read every case's history; officers read no history, not even of
   * their own group's task (a task's history opens its whole process instance's). No detail rows of variable
   * updates, as at audit.
   */
  @Test
  void aTasksHistoryShowsSupervisorsWhoClaimedItAndWhen() {
    String deploymentId = repository.createDeployment().addModelInstance("history-probe.bpmn",
        Bpmn.createExecutableProcess("history-probe").camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_HistoryProbe").name("History probe").camundaCandidateGroups("astana-hub").endEvent().done())
        .deploy().getId();
    try {
      ProcessInstance pi = runtime.startProcessInstanceByKey("history-probe", "DNR-2026-900003");
      String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
      assertThat(http.postJson("/engine-rest/task/" + task + "/claim", "hub", Map.of("userId", "hub")).status())
          .isEqualTo(204);
      runtime.setVariable(pi.getId(), "note", "changed twice");
      runtime.setVariable(pi.getId(), "note", "changed three times");

      String history = "/engine-rest/history/user-operation?taskId=" + task;
      JsonNode entries = http.get(history, "supervisor").json();
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).get("operationType").asText()).isEqualTo("Claim");
      assertThat(entries.get(0).get("userId").asText()).isEqualTo("hub");
      assertThat(entries.get(0).get("newValue").asText()).isEqualTo("hub");
      assertThat(entries.get(0).get("timestamp").asText()).isNotBlank();
      for (String other : List.of("hub", "ministry", "officer", "psc", "analyst")) {
        assertThat(http.get(history, other).json()).as(other).isEmpty();
      }
      assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).count())
          .as("no per-update detail rows").isZero();
    } finally {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  /** R4.1: Tasklist's "Start process" lists nothing, even for the administrator who may start anything. */
  @Test
  void r4_1TasklistOffersNoProcessToStartByHand() {
    String startable = "/engine-rest/process-definition?latestVersion=true&active=true&startableInTasklist=true"
        + "&startablePermissionCheck=true";
    for (String user : java.util.List.of("admin", "hub", "psc")) {
      assertThat(http.get(startable, user).json()).as(user).isEmpty();
    }
    assertThat(http.get("/engine-rest/process-definition?latestVersion=true&key=dnr-case", "admin").json()).hasSize(1);
  }

  @Test
  void analystsReadAndDeployDefinitionsOthersCannotDeploy() {
    assertThat(http.get("/engine-rest/process-definition?key=" + TasklistFilters.ESCALATION_PROCESS, "analyst").json())
        .isNotEmpty();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="analyst-draft" name="Analyst draft" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="s"/>
          </bpmn:process>
        </bpmn:definitions>""";
    Http.Response denied = http.postMultipart("/engine-rest/deployment/create", "hub", null,
        Map.of("draft.bpmn", new Http.Upload("draft.bpmn", "application/xml", bpmn.getBytes(StandardCharsets.UTF_8))),
        Map.of());
    assertThat(denied.status()).isEqualTo(403);
    Http.Response deployed = http.postMultipart("/engine-rest/deployment/create", "analyst", null,
        Map.of("draft.bpmn", new Http.Upload("draft.bpmn", "application/xml", bpmn.getBytes(StandardCharsets.UTF_8))),
        Map.of());
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    repository.deleteDeployment(deployed.json().get("id").asText(), true);
  }

  @Test
  void onlyAdministratorsAdministerUsers() {
    Map<String, Object> newUser = Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N"),
        "credentials", Map.of("password", "Intruder-Password-2026!"));
    assertThat(http.postJson("/engine-rest/user/create", "supervisor", newUser).status()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/user/create", "analyst", newUser).status()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/user/create", "admin", newUser).status()).isEqualTo(204);
    assertThat(http.get("/engine-rest/user/intruder/profile", "admin").status()).isEqualTo(200);
    Http.Response deleted = http.send("DELETE", "/engine-rest/user/intruder", "admin");
    assertThat(deleted.status()).isEqualTo(204);
  }

  @Test
  void oneWebappLoginAlsoServesTheApi() {
    Http browser = new Http(port);
    assertThat(browser.webappLogin("officer", "demo", "tasklist").status()).isEqualTo(200);
    Http.Response r = browser.get("/api/v1/calendar/deadline?from=2026-12-01&workingDays=1", null);
    assertThat(r.status()).isNotEqualTo(401);
  }

  @Test
  void systemClientsCannotOpenTheWebapps() {
    assertThat(new Http(port).webappLogin("egov-portal", "demo", "tasklist").status()).isIn(401, 403);
    assertThat(new Http(port).webappLogin("analyst", "demo", "tasklist").status()).isIn(401, 403);
    assertThat(new Http(port).webappLogin("analyst", "demo", "cockpit").status()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("hub", "demo", "cockpit").status()).isIn(401, 403);
  }

  @Test
  void healthShowsTheEngineToAnyoneAndItsDetailsToSupervisorsAndAdministratorsOnly() {
    // (the tests drive the jobs themselves, so their server has no job executor to report)
    JsonNode anonymous = http.get("/actuator/health", null).json();
    assertThat(anonymous.at("/components/processEngine/status").asText()).isEqualTo("UP");
    assertThat(anonymous.at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(anonymous.at("/components/db/details").isMissingNode()).as("no database details for anyone").isTrue();
    assertThat(anonymous.at("/components/diskSpace/details").isMissingNode()).as("no disk path for anyone").isTrue();
    for (String user : List.of("hub", "officer", "analyst", "egov-portal")) {
      JsonNode health = http.get("/actuator/health", user).json();
      assertThat(health.at("/components/processEngine/status").asText()).as(user).isEqualTo("UP");
      assertThat(health.at("/components/diskSpace/details").isMissingNode()).as(user + " sees no details").isTrue();
    }
    for (String user : List.of("supervisor", "admin")) {
      JsonNode health = http.get("/actuator/health", user).json();
      assertThat(health.at("/components/db/details/database").asText()).as(user).isEqualTo("H2");
      assertThat(health.at("/components/calendar/details/years").isObject()).as(user + " reads the calendar's years")
          .isTrue();
    }
    Http cockpit = new Http(port);
    assertThat(cockpit.webappLogin("supervisor", "demo", "cockpit").status()).isEqualTo(200);
    assertThat(cockpit.get("/actuator/health", null).json().at("/components/db/details/database").asText())
        .as("the supervisor's browser, logged in to Cockpit").isEqualTo("H2");
    // A wrong password holds the account back for a few seconds (engine login throttling): use an unknown id.
    Http.Response wrong = http.get("/actuator/health", "nobody:wrong-password");
    assertThat(wrong.status()).as("wrong credentials are refused, not taken as anonymous").isEqualTo(401);
    assertThat(wrong.json().get("title").asText()).isNotBlank();
  }

  private List<String> filterNames(String user) {
    List<String> names = new ArrayList<>();
    http.get("/engine-rest/filter", user).json().forEach(f -> names.add(f.get("name").asText()));
    return names;
  }
}
