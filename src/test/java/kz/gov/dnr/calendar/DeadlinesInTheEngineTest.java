package kz.gov.dnr.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The deadline service where it is used: a model's timer and due date, the API, actuator health. */
@DnrSpringTest
class DeadlinesInTheEngineTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @LocalServerPort
  int port;

  String deploymentId;

  @BeforeEach
  void deployProbe() {
    BpmnAwareTests.init(engine);
    deploymentId = repository.createDeployment().name("deadline-probe")
        .addClasspathResource("models/deadline-probe.bpmn").deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void aTimerOfTwoWorkingDaysFiresAtTheEndOfTheComputedDayAndNotASecondBefore() {
    // Entered on Friday 27 November 2026 at 23:30 in Astana: the term runs Monday 30 Nov and Tuesday 1 Dec.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T18:30:00Z")));
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline-probe");
    Instant end = Instant.parse("2026-12-01T19:00:00Z"); // 2 December 00:00 in Astana
    assertThat(task(pi).getDueDate().toInstant()).as("the due date Tasklist shows").isEqualTo(end);

    ClockUtil.setCurrentTime(Date.from(end.minusSeconds(1)));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().executable().count()).isZero();

    ClockUtil.setCurrentTime(Date.from(end));
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().executable().singleResult();
    assertThat(timer).isNotNull();
    execute(timer);
    assertThat(pi).isEnded().hasPassed("End_TimedOut");
  }

  @Test
  void aVariableNamedLikeTheDeadlineServiceDoesNotStandInForIt() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T18:30:00Z")));
    // e.g. set by a client through the engine's REST API; the expression still names the service
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline-probe", Map.of("deadlines", "not the service"));
    assertThat(task(pi).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
  }

  @Test
  void theCalendarEndpointAnswersWithTheLastDayAndTheInstantItEnds() {
    Http http = new Http(port);
    JsonNode r = http.get("/api/v1/calendar/deadline?from=2026-11-27&workingDays=2", "egov-portal").json();
    assertThat(r.get("from").asText()).isEqualTo("2026-11-27");
    assertThat(r.get("deadline").asText()).isEqualTo("2026-12-01");
    assertThat(r.get("endsAt").asText()).isEqualTo("2026-12-01T19:00:00Z");
    JsonNode c = http.get("/api/v1/calendar/deadline?from=2026-11-23&calendarDays=5", "hub").json();
    assertThat(c.get("deadline").asText()).isEqualTo("2026-11-30");
  }

  @Test
  void theCalendarEndpointListsEveryFaultOfABadRequest() {
    Http.Response r = new Http(port).get("/api/v1/calendar/deadline?from=27.11.2026&workingDays=2&calendarDays=x", "hub");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("from", "calendarDays");
    assertThat(r.json().get("errors").get(0).get("accepted").asText()).contains("YYYY-MM-DD");
  }

  @Test
  void theCalendarEndpointRefusesAnEventDayOutsideTheYearsItAnswersFor() {
    Http.Response r = new Http(port).get("/api/v1/calendar/deadline?from=9999-12-01&calendarDays=40", "hub");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/errors/0/field").asText()).isEqualTo("from");
    assertThat(r.json().at("/errors/0/reason").asText()).isEqualTo("9999-12-01 is out of range");
    assertThat(r.json().at("/errors/0/accepted").asText()).contains("2000-01-01 to 2199-12-31");
  }

  @Test
  void healthNamesAYearWithoutItsDataFile() {
    Http http = new Http(port);
    // A term reaching into 2029, for which no data file is shipped.
    http.get("/api/v1/calendar/deadline?from=2029-03-01&workingDays=5", "hub");
    JsonNode calendar = http.get("/actuator/health", "supervisor").json().at("/components/calendar");
    assertThat(calendar.get("status").asText()).isEqualTo("UP");
    assertThat(calendar.at("/details/years/2029").asText()).isEqualTo("no data file");
    assertThat(calendar.at("/details/warnings").toString()).contains("2029").contains("Kurban Ait");
  }
}
