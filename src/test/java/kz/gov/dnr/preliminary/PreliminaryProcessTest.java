package kz.gov.dnr.preliminary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.GeneratedDocumentsTestAccess;
import kz.gov.dnr.outside.simulator.OutsideSystem;
import kz.gov.dnr.outside.simulator.SimulatorControl;
import kz.gov.dnr.outside.simulator.SimulatorData;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Stage 2.1, dnr-preliminary-approval (§10–§19), every path and every deadline (D2–D6). */
@DnrSpringTest
class PreliminaryProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseDriver driver;
  @Autowired
  CaseRegistry registry;
  @Autowired
  CaseJournal journal;
  @Autowired
  DocumentStore store;
  @Autowired
  SimulatorControl control;
  @Autowired
  SimulatorData data;
  @Autowired
  Simulators.Payments payments;
  @LocalServerPort
  int port;

  Http http;
  PrpJourney prp;
  String iin;
  String passport;
  String n;

  @BeforeEach
  void signedPetition() {
    BpmnAwareTests.init(engine);
    http = new Http(port);
    prp = new PrpJourney(http, driver, payments);
    iin = Fixtures.iin();
    passport = Fixtures.passport();
    n = new PetitionJourney(http, driver).toSignedPetition(iin, passport);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    control.reset();
    driver.tolerateJobFailures(false);
  }

  ProcessInstance stage() {
    return driver.instance(n, PreliminaryModel.PROCESS);
  }

  ProcessInstance kase() {
    return driver.instance(n, "dnr-case");
  }

  Job timer(ProcessInstance pi, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activity)
        .singleResult();
  }

  /** Fires a timer exactly at its due date, after checking it is not due a second earlier. */
  void fire(ProcessInstance pi, String activity) {
    Job t = timer(pi, activity);
    assertThat(t).as(activity).isNotNull();
    driver.setClock(t.getDuedate().toInstant().minusSeconds(1));
    assertThat(engine.getManagementService().createJobQuery().jobId(t.getId()).executable().count()).isZero();
    driver.setClock(t.getDuedate().toInstant());
    driver.runJobs(n);
  }

  /**
   * R10.1 and R11.1 the e-application arrives, R12.1 registration due in D2, R13.1 record checks, R14.1 to Berkut,
   * R15.1 the NSC approves, R17.1 and R18.1 the decision, R19.1 and R19.2 the approval notice valid 30 days (D6).
   */
  @Test
  void r12_1ToR19_2AnApprovedApplicationGetsItsPreliminaryApprovalValidThirtyDays() {
    prp.received(n, iin, passport);
    ProcessInstance pi = stage();
    assertThat(pi).isWaitingAt(PreliminaryModel.TASK_REGISTER);
    assertThat(driver.task(n, PreliminaryModel.TASK_REGISTER)).hasCandidateGroup("migration-service");
    Instant received = ((Date) driver.variable(n, PreliminaryModel.PROCESS, "prpReceivedAt")).toInstant();
    assertThat(driver.task(n, PreliminaryModel.TASK_REGISTER).getDueDate().toInstant())
        .as("D2").isEqualTo(engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
            .activityId(PreliminaryModel.TIMER_D2).singleResult().getDuedate().toInstant()).isAfter(received);
    assertThat((String) driver.variable(n, PreliminaryModel.PROCESS, "signatureCheckText"))
        .as("the questionnaire's signer and signing time, in Kazakhstan time, for the registering officer")
        .matches("ЖСН / ИИН / IIN " + iin + ", .+, \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
    assertThat((String) driver.variable(n, PreliminaryModel.PROCESS, "legalisationText")).as("V11 in words, not CONSULAR")
        .isEqualTo("консулдық заңдастыру / консульская легализация / consular legalisation");
    assertThat(driver.variable(n, PreliminaryModel.PROCESS, "criminalRecordLegalisation"))
        .as("the code stays with the case; the stage's form prints the words alone").isNull();
    assertThat((String) driver.variable(n, PreliminaryModel.PROCESS, "feeCheckText")).as("V6, the fee's purpose in words")
        .startsWith("4325 ₸, ТТР / ВНЖ / PRP, ЖСН / ИИН / IIN " + iin + ", ");
    assertThat(String.valueOf(engine.getTaskService().getVariableLocal(driver.task(n, PreliminaryModel.TASK_REGISTER).getId(),
        "documents"))).as("the signed petition listed in the three languages, as every other document")
        .contains("\"title\":\"Өтінішхат / Ходатайство / Petition\"");
    prp.register(n);
    assertThat(pi).isWaitingAt(PreliminaryModel.TASK_AWAIT_NSC);
    assertThat(driver.variable(n, PreliminaryModel.PROCESS, "nscRequestReference")).asString().startsWith("BRK-");
    assertThat(prp.nsc(n, true).status()).isEqualTo(200);
    driver.runJobs(n);
    assertThat(pi).isWaitingAt(PreliminaryModel.TASK_DECISION);
    prp.approve(n);

    assertThat(pi).isEnded().hasPassed(PreliminaryModel.TASK_APPROVAL, PreliminaryModel.END_APPROVED);
    assertThat(kase()).isWaitingAt("Gateway_AwaitFinalApplication");
    String approval = GeneratedDocumentsTestAccess.text(store.read(n, store.latest(n, "preliminary-approval").orElseThrow().id())
        .orElseThrow().bytes()).replaceAll("\\s+", " ");
    Date decided = (Date) driver.variable(n, "dnr-case", "preliminaryDecidedAt");
    String lastDay = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(
        java.time.LocalDate.parse((String) driver.variable(n, "dnr-case", "approvalValidUntil")));
    assertThat(approval).contains("PA-" + n.substring(4)).contains(lastDay).contains("028/у")
        .contains("Fingerprint registration certificate").contains("Notarised housing contract");
    assertThat(store.latest(n, "consent-form")).isPresent();
    assertThat(timer(kase(), "Timer_D6_ApprovalValidity").getDuedate().toInstant())
        .isEqualTo(java.time.LocalDate.parse((String) driver.variable(n, "dnr-case", "approvalValidUntil")).plusDays(1)
            .atStartOfDay(kz.gov.dnr.calendar.Kazakhstan.ZONE).toInstant());
    assertThat(decided).isNotNull();
    assertThat(journal.entries(n)).extracting(CaseJournal.Entry::kind)
        .contains("PRP_APPLICATION_RECEIVED", "REGISTRATION_DECISION", "RECORD_CHECKS", "NSC_REQUESTED", "NSC_DECISION",
            "PRELIMINARY_DECISION");
  }

  @Test
  void r12_2R12_4AReturnedApplicationCorrectedWithinFiveDaysGoesBackToRegistrationAndRestartsD5() {
    prp.received(n, iin, passport);
    Date firstD5 = timer(stage(), PreliminaryModel.TIMER_D5).getDuedate();
    driver.complete(n, PreliminaryModel.TASK_REGISTER, "officer", Map.of("registrationDecision", "RETURN",
        "returnReasons", List.of("QUESTIONNAIRE_ERRORS"), "returnComment", "The questionnaire lists no address."));
    assertThat(stage()).isWaitingAt(PreliminaryModel.GATEWAY_AWAIT_RESUBMISSION);
    String notice = GeneratedDocumentsTestAccess.text(store.read(n, store.latest(n, "return-notice").orElseThrow().id())
        .orElseThrow().bytes()).replaceAll("\\s+", " ");
    assertThat(notice).contains("The questionnaire contains errors").contains("The questionnaire lists no address.");
    driver.setClock(Instant.now().plus(java.time.Duration.ofDays(3)));
    Http.Response again = http.postMultipart("/api/v1/cases/" + n + "/prp-application/resubmission", "egov-portal",
        PrpJourney.application(passport, "EGOV-T-" + n), PrpJourney.documents(iin, kz.gov.dnr.demo.DemoEds.Algorithm.ECDSA), Map.of());
    assertThat(again.status()).as(again.body()).isEqualTo(202);
    driver.runJobs(n);
    assertThat(stage()).isWaitingAt(PreliminaryModel.TASK_REGISTER);
    assertThat(timer(stage(), PreliminaryModel.TIMER_D5).getDuedate()).as("D5 counts again").isAfter(firstD5);
    assertThat(journal.has(n, "PRP_RESUBMITTED")).isTrue();
  }

  @Test
  void r12_3AReturnedApplicationLeftAloneIsDeletedAfterItsFiveDaysWithItsDocuments() {
    prp.received(n, iin, passport);
    List<Long> documents = kz.gov.dnr.engine.ProcessJson.list(engine.getRuntimeService()
        .getVariableTyped(stage().getId(), "eApplicationDocumentIds"), Long.class);
    assertThat(documents).hasSize(5);
    driver.complete(n, PreliminaryModel.TASK_REGISTER, "officer", Map.of("registrationDecision", "RETURN",
        "returnReasons", List.of("DOCUMENTS_MISSING"), "returnComment", "The legalised record is missing."));
    fire(stage(), PreliminaryModel.TIMER_D3);
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("DELETED");
    documents.forEach(id -> assertThat(store.read(n, id)).isEmpty());
    assertThat(store.latest(n, "deletion-notice")).isPresent();
    assertThat(store.latest(n, "petition")).as("the petition is not part of the e-application").isPresent();
    assertThat(registry.liveCase("IIN", iin)).isEmpty();
    assertThat(http.postMultipart("/api/v1/cases/" + n + "/prp-application/resubmission", "egov-portal",
        PrpJourney.application(passport, "EGOV-T-" + n), PrpJourney.documents(iin, kz.gov.dnr.demo.DemoEds.Algorithm.RSA),
        Map.of()).status()).as("too late").isEqualTo(409);
  }

  @Test
  void d2TheRegistrationDeadlineEscalatesWhileTheTaskStays() {
    prp.received(n, iin, passport);
    fire(stage(), PreliminaryModel.TIMER_D2);
    assertThat(stage()).isWaitingAt(PreliminaryModel.TASK_REGISTER).hasPassed("Task_RecordD2Breach");
    assertThat(driver.instance(n, "dnr-escalation")).isWaitingAt("Task_ReviewBreach");
    assertThat(engine.getRuntimeService().getVariable(driver.instance(n, "dnr-escalation").getId(), "deadlineId"))
        .isEqualTo("D2");
  }

  @Test
  void d4After25DaysTheNscIsRemindedAndSupervisorsAlertedAndALateAnswerIsStillAccepted() {
    prp.received(n, iin, passport);
    prp.register(n);
    fire(stage(), PreliminaryModel.TIMER_D4);
    assertThat(stage()).isWaitingAt(PreliminaryModel.TASK_AWAIT_NSC).hasPassed("Task_RecordD4Breach", PreliminaryModel.TASK_REMIND_NSC);
    assertThat(journal.has(n, "NSC_REMINDED")).isTrue();
    assertThat(driver.instance(n, "dnr-escalation")).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(driver.instance(n, "dnr-escalation").getId(), "responsibleGroupName"))
        .as("the supervisor reads who is late: no group of ours").isEqualTo("ҰҚК («Бүркіт» арқылы) / КНБ (через «Беркут») / NSC (through Berkut)");
    assertThat(engine.getRuntimeService().getVariable(driver.instance(n, "dnr-escalation").getId(), "responsibleGroup"))
        .isEqualTo("—");
    assertThat(prp.nsc(n, true).status()).as("late but accepted").isEqualTo(200);
    driver.runJobs(n);
    assertThat(stage()).isWaitingAt(PreliminaryModel.TASK_DECISION);
  }

  /** D5, R16.1: the 45-day term of the whole consideration. */
  @Test
  void d5FortyFiveDaysForTheWholeConsiderationEscalateAndTheCaseGoesOn() {
    prp.received(n, iin, passport);
    prp.register(n);
    fire(stage(), PreliminaryModel.TIMER_D5);
    assertThat(stage()).hasPassed("Task_RecordD5Breach").isWaitingAt(PreliminaryModel.TASK_AWAIT_NSC);
    assertThat(journal.entries(n)).anyMatch(e -> e.kind().equals("DEADLINE_BREACHED") && e.summary().startsWith("D5"));
    String review = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(n)
        .processDefinitionKey("dnr-escalation").variableValueEquals("deadlineId", "D5").singleResult().getId();
    assertThat(engine.getRuntimeService().getVariable(review, "responsibleGroup")).as("the migration service answers for D5")
        .isEqualTo("migration-service");
    assertThat(engine.getRuntimeService().getVariable(review, "responsibleGroupName"))
        .isEqualTo("Migration service / Миграционная служба / Көші-қон қызметі");
  }

  @Test
  void r19_3TheNscRefusalLeadsToARefusalWithTheDateOfTheNextPossibleApplication() {
    prp.received(n, iin, passport);
    prp.register(n);
    assertThat(prp.nsc(n, false).status()).isEqualTo(200);
    driver.runJobs(n);
    assertThatThrownBy(() -> prp.approve(n)).isInstanceOf(ProcessEngineException.class)
        .hasMessage("Бұл шешімге қажет / Для этого решения требуется / This decision requires: ҰҚК келісімі (Беркут арқылы)"
            + " / Согласование КНБ (через Беркут) / The NSC's approval (through Berkut)");
    // R17.1: nor can an officer write the NSC's answer through the task (hand-made REST calls).
    String task = driver.task(n, PreliminaryModel.TASK_DECISION).getId();
    http.postJson("/engine-rest/task/" + task + "/claim", "officer", Map.of("userId", "officer"));
    Http.Response set = http.putJson("/engine-rest/task/" + task + "/variables/nscApproved", "officer",
        Map.of("value", true, "type", "Boolean"));
    Http.Response submitted = http.postJson("/engine-rest/task/" + task + "/submit-form", "officer",
        Map.of("variables", Map.of("preliminaryDecision", Map.of("value", "APPROVE"), "nscApproved", Map.of("value", true))));
    Http.Response removed = http.send("DELETE", "/engine-rest/task/" + task + "/variables/nscApproved", "officer");
    assertThat(set.status()).isEqualTo(403);
    assertThat(submitted.status()).isEqualTo(400);
    assertThat(removed.status()).isEqualTo(403);
    for (Http.Response r : List.of(set, submitted, removed)) {
      assertThat(r.json().path("message").asText()).contains("Not a field of this task's form: nscApproved")
          .doesNotContain("ENGINE-");
    }
    assertThat(driver.variable(n, PreliminaryModel.PROCESS, "nscApproved")).isEqualTo(false);
    driver.complete(n, PreliminaryModel.TASK_DECISION, "officer", Map.of("preliminaryDecision", "REFUSE",
        "preliminaryReasons", List.of("NSC_NOT_APPROVED"), "preliminaryComment", "The NSC did not approve the permit."));
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("REFUSED_PRELIMINARY");
    java.time.LocalDate from = java.time.LocalDate.now(kz.gov.dnr.calendar.Kazakhstan.ZONE).plusYears(1).plusDays(1);
    String text = GeneratedDocumentsTestAccess.text(store.read(n, store.latest(n, "preliminary-refusal").orElseThrow().id())
        .orElseThrow().bytes()).replaceAll("\\s+", " ");
    assertThat(text).contains(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(from))
        .contains("The National Security Committee did not approve");
    Http.Response barred = http.postMultipart("/api/v1/petition-applications", "astanahub-portal",
        Fixtures.application(iin, Fixtures.passport()), Fixtures.petitionDocuments(), Map.of());
    assertThat(barred.status()).isEqualTo(409);
    assertThat(barred.json().get("newApplicationPossibleFrom").asText()).isEqualTo(from.toString());
  }

  /** R15.1 Berkut's answer is checked field by field, every fault reported at once, and a refused one changes nothing. */
  @Test
  void r15_1AMalformedNscAnswerNamesEveryFieldAtFaultAndChangesNothing() {
    prp.received(n, iin, passport);
    prp.register(n);
    Http.Response refused = http.postJson("/api/v1/cases/" + n + "/nsc-decision", "berkut-gateway",
        Map.of("approved", "yes", "reference", 42, "comment", List.of("no"), "approval", true));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("approved", "reference", "comment", "approval");
    assertThat(refused.json().get("errors").findValuesAsText("reason"))
        .contains("must be a boolean, not string", "must be a string, not number", "is not a property of this request");
    Http.Response notAnObject = http.postJson("/api/v1/cases/" + n + "/nsc-decision", "berkut-gateway", List.of(true));
    assertThat(notAnObject.status()).isEqualTo(400);
    assertThat(notAnObject.json().at("/errors/0/field").asText()).isEqualTo("body");
    assertThat(notAnObject.json().at("/errors/0/reason").asText()).isEqualTo("is a JSON array, not an object");
    assertThat(stage()).isWaitingAt(PreliminaryModel.TASK_AWAIT_NSC);
    assertThat(prp.nsc(n, true).status()).as("the answer as Berkut sends it").isEqualTo(200);
  }

  @Test
  void r15_1ASecondNscAnswerIsRefusedAndChangesNothing() {
    prp.received(n, iin, passport);
    prp.register(n);
    assertThat(prp.nsc(n, true).status()).isEqualTo(200);
    Http.Response second = prp.nsc(n, false);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("detail").asText()).contains("already received");
    assertThat(driver.variable(n, PreliminaryModel.PROCESS, "nscApproved")).isEqualTo(true);
    assertThat(http.postJson("/api/v1/cases/" + n + "/nsc-decision", "astanahub-portal",
        Map.of("approved", true, "reference", "x")).status()).isEqualTo(403);
  }

  /** R15.1 Berkut retrying its answer with the same Idempotency-Key gets the first answer again, not a 409. */
  @Test
  void r15_1ARetriedNscAnswerWithItsIdempotencyKeyGetsTheFirstAnswer() {
    prp.received(n, iin, passport);
    prp.register(n);
    String path = "/api/v1/cases/" + n + "/nsc-decision";
    Map<String, Object> answer = Map.of("approved", true, "comment", "No objections",
        "reference", driver.variable(n, PreliminaryModel.PROCESS, "nscRequestReference"));
    Map<String, String> key = Map.of("Idempotency-Key", "berkut-" + n);
    Http.Response first = http.postJson(path, "berkut-gateway", answer, key);
    assertThat(first.status()).isEqualTo(200);
    Http.Response retried = http.postJson(path, "berkut-gateway", answer, key);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retried.json()).isEqualTo(first.json());
    Map<String, Object> otherAnswer = new java.util.HashMap<>(answer);
    otherAnswer.put("approved", false);
    Http.Response reused = http.postJson(path, "berkut-gateway", otherAnswer, key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    assertThat(driver.variable(n, PreliminaryModel.PROCESS, "nscApproved")).isEqualTo(true);
  }

  @Test
  void r13_1ADataBankOutageBecomesAnIncidentAndTheCaseResumesAfterARetry() {
    prp.received(n, iin, passport);
    data.putPerson(iin, new SimulatorData.Person(List.of(new kz.gov.dnr.outside.CriminalRecordBank.RecordHit(
        "Integrated data bank", "ADMINISTRATIVE", "Traffic fine, 2024", java.time.LocalDate.of(2024, 5, 1))), null, null, null));
    control.set(OutsideSystem.IDB, SimulatorControl.Mode.FAIL);
    driver.tolerateJobFailures(true);
    prp.register(n);
    Job checks = engine.getManagementService().createJobQuery().processInstanceId(stage().getId()).activityId(PreliminaryModel.TASK_RECORD_CHECKS)
        .singleResult();
    for (int i = 0; i < 3; i++) {
      try {
        engine.getManagementService().executeJob(checks.getId());
      } catch (RuntimeException expected) {
        // the data bank is down
      }
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(stage().getId()).count()).isEqualTo(1);
    control.reset();
    engine.getManagementService().setJobRetries(checks.getId(), 1);
    driver.setClock(Instant.now().plus(java.time.Duration.ofMinutes(6)));
    driver.runJobs(n);
    assertThat(stage()).isWaitingAt(PreliminaryModel.TASK_AWAIT_NSC);
    assertThat(driver.variable(n, PreliminaryModel.PROCESS, "recordHitCount")).isEqualTo(1);
    assertThat((String) driver.variable(n, PreliminaryModel.PROCESS, "recordCheckText")).contains("Traffic fine");
  }

  @Test
  void d6R19_4WithoutAFinalApplicationInThirtyDaysTheApprovalIsAnnulledAndBarredForAYear() {
    prp.toApproval(n, iin, passport);
    fire(kase(), "Timer_D6_ApprovalValidity");
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("ANNULLED");
    assertThat(store.latest(n, "annulment-notice")).isPresent();
    Http.Response barred = http.postMultipart("/api/v1/petition-applications", "astanahub-portal",
        Fixtures.application(iin, Fixtures.passport()), Fixtures.petitionDocuments(), Map.of());
    assertThat(barred.status()).isEqualTo(409);
    assertThat(barred.json().get("detail").asText()).contains("B2");
    JsonNode status = http.get("/api/v1/cases/" + n, "egov-portal").json();
    assertThat(status.get("outcome").asText()).isEqualTo("ANNULLED");
  }
}
