package kz.gov.dnr.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.notifications.NotificationDelivery;
import kz.gov.dnr.outside.simulator.OutsideSystem;
import kz.gov.dnr.outside.simulator.SimulatorControl;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Stage 1, dnr-petition (§4–§9), every path, as the portal and the officers take it. */
@DnrSpringTest
class PetitionProcessTest {

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
  NotificationDelivery delivery;
  @LocalServerPort
  int port;

  Http http;
  PetitionJourney journey;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    http = new Http(port);
    journey = new PetitionJourney(http, driver);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    control.reset();
    driver.tolerateJobFailures(false);
  }

  ProcessInstance petition(String n) {
    return driver.instance(n, PetitionModel.PROCESS);
  }

  /**
   * R4.3 the pre-checks of the documents of §4, R5.1 screening, R6.1 and D1 admission with slots, R7.1 the
   * interview results passed on, R8.1 the petition signed by the ministry.
   */
  @Test
  void r5_1ToR8_1AnApprovedApplicationEndsWithASignedPetition() {
    String n = journey.apply("880102300016", "PX0000001");
    ProcessInstance pi = petition(n);
    assertThat(pi).isWaitingAt(PetitionModel.TASK_SCREEN);
    Task screening = driver.task(n, PetitionModel.TASK_SCREEN);
    assertThat(screening).hasCandidateGroup("astana-hub");
    // As Tasklist asks for them: JSON variables serialised.
    JsonNode checklist = http.get("/engine-rest/task/" + screening.getId() + "/form-variables?deserializeValues=false", "hub").json();
    assertThat(checklist.at("/checklist/value").asText()).contains("\"passed\":true").doesNotContain("\"passed\":false");
    assertThat(checklist.at("/documents/value").asText()).contains("/api/v1/cases/" + n + "/documents/");

    journey.approveScreening(n);
    Task offer = driver.task(n, PetitionModel.TASK_OFFER_SLOTS);
    assertThat(offer.getDueDate()).as("D1: due at the end of 2 working days").isNotNull();
    List<String> slots = journey.offerSlots(n, Instant.now().truncatedTo(ChronoUnit.MINUTES));
    assertThat(pi).isWaitingAt(PetitionModel.GATEWAY_AWAIT_BOOKING);
    assertThat(store.latest(n, "interview-invitation")).isPresent();

    assertThat(journey.book(n, slots.get(2)).status()).isEqualTo(200);
    Task interview = driver.task(n, PetitionModel.TASK_INTERVIEW);
    assertThat(interview.getDueDate().toInstant()).isEqualTo(java.time.OffsetDateTime.parse(slots.get(2) + ":00+05:00").toInstant());
    // R7.1: the results the form requires are required on the server too (here a hand-made REST call).
    http.postJson("/engine-rest/task/" + interview.getId() + "/claim", "hub", Map.of("userId", "hub"));
    Http.Response withoutResults = http.postJson("/engine-rest/task/" + interview.getId() + "/submit-form", "hub",
        Map.of("variables", Map.of("interviewRecommendation", Map.of("value", "RECOMMEND"),
            "interviewAssessment", Map.of("value", "BRILLIANT"))));
    assertThat(withoutResults.status()).isEqualTo(400);
    assertThat(withoutResults.json().path("message").asText())
        .contains("Choose one of the offered values: Бағалау / Оценка / Assessment")
        .contains("Fill in: Жазбалар / Заметки / Notes").contains("Fill in: Жазба сілтемесі / Ссылка на запись / Recording reference");
    // nor does a value pass as a serialized Java object (type Object), which the form never sends
    Http.Response asObject = http.postJson("/engine-rest/task/" + interview.getId() + "/submit-form", "hub",
        Map.of("variables", Map.of("interviewRecommendation", Map.of("value", "RECOMMEND"),
            "interviewAssessment", Map.of("type", "Object", "value", "\"GOOD\"", "valueInfo",
                Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/json")),
            "interviewNotes", Map.of("value", "Fine."), "interviewRecording", Map.of("value", "https://meet.example/r/1"))));
    assertThat(asObject.status()).isEqualTo(400);
    assertThat(asObject.json().path("message").asText())
        .contains("Choose one of the offered values: Бағалау / Оценка / Assessment").doesNotContain("Fill in");
    assertThat(pi).isWaitingAt(PetitionModel.TASK_INTERVIEW);
    journey.interview(n);
    assertThat(driver.task(n, PetitionModel.TASK_MINISTRY)).isNotNull();
    assertThat(driver.task(n, PetitionModel.TASK_MINISTRY).getName()).contains("Decide on the petition");
    journey.ministryApproves(n);

    assertThat(pi).isEnded().hasPassed(PetitionModel.TASK_SIGN, PetitionModel.TASK_PUBLISH, PetitionModel.END_SIGNED);
    assertThat(store.latest(n, "petition")).hasValueSatisfying(d -> assertThat(d.source().name()).isEqualTo("GENERATED"));
    // R7.1 -> R8.1: the petition says what the interviewer found, in words, not the form's codes
    String petitionText = kz.gov.dnr.documents.GeneratedDocumentsTestAccess.text(
        store.read(n, store.latest(n, "petition").orElseThrow().id()).orElseThrow().bytes()).replaceAll("\\s+", " ");
    assertThat(petitionText).contains("Өте жақсы / Отлично").contains("Ұсынылады / Рекомендуется")
        .doesNotContain("EXCELLENT").doesNotContain("RECOMMEND");
    // The case goes on: it waits for the eGov e-application (§10).
    assertThat(registry.find(n).orElseThrow().isOpen()).isTrue();
    assertThat(driver.instance(n, "dnr-case")).isWaitingAt("Gateway_AwaitPrpApplication");
    assertThat(journal.entries(n)).extracting(CaseJournal.Entry::kind)
        .contains("APPLICATION_RECEIVED", "SCREENING_DECISION", "INTERVIEW_SLOTS_OFFERED", "INTERVIEW_BOOKED",
            "MINISTRY_DECISION", "PETITION_PUBLISHED").doesNotContain("CASE_CLOSED");
    assertThat(journal.entries(n).stream().filter(e -> e.kind().equals("MINISTRY_DECISION")).findFirst().orElseThrow()
        .actor()).isEqualTo("ministry");
    delivery.deliverDue();
    JsonNode notifications = http.get("/api/v1/cases/" + n + "/notifications", "astanahub-portal").json();
    assertThat(notifications.findValuesAsText("subject")).anyMatch(s -> s.contains("Invitation to a video interview"))
        .anyMatch(s -> s.contains("Petition"));
  }

  /**
   * A task's form copies (document links, case number, applicant's name) serve its form and its Tasklist card,
   * and leave no rows in history; the case's own variables are kept there as before.
   */
  @Test
  void theTaskFormCopiesServeTheFormButStayOutOfHistory() {
    String n = journey.apply(kz.gov.dnr.support.Fixtures.iin(), kz.gov.dnr.support.Fixtures.passport());
    Task screening = driver.task(n, PetitionModel.TASK_SCREEN);
    assertThat(engine.getTaskService().getVariablesLocal(screening.getId()))
        .containsKeys("documents", "caseNumber", "applicantName").containsEntry("caseNumber", n);
    var history = engine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(screening.getId()).count())
        .as("historic variables of the task").isZero();

    journey.approveScreening(n);
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(screening.getId()).count())
        .as("historic variables of the completed task").isZero();
    String caseInstance = driver.instance(n, "dnr-case").getId();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(caseInstance).variableName("applicantName")
        .list()).as("the case's own applicantName").hasSize(1).allSatisfy(v -> assertThat(v.getTaskId()).isNull());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(petition(n).getId())
        .variableName("checklist").count()).as("the petition's pre-check checklist").isOne();
  }

  @Test
  void r9_1ARefusalAtScreeningSendsTheReasonsAndEndsTheCase() {
    String n = journey.apply("900505400025", "PX0000002");
    driver.complete(n, PetitionModel.TASK_SCREEN, "hub", Map.of("screeningDecision", "REFUSE",
        "screeningReasons", List.of("PHOTO_REQUIREMENTS", "CRIMINAL_RECORD_NOT_LEGALISED"),
        "screeningComment", "The photo is a scan of a printout; the certificate has no apostille."));
    assertThat(petition(n)).isNull();
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("REFUSED_AT_PETITION");
    var refusal = store.read(n, store.latest(n, "screening-refusal").orElseThrow().id()).orElseThrow();
    String text = kz.gov.dnr.documents.GeneratedDocumentsTestAccess.text(refusal.bytes());
    assertThat(text.replaceAll("\\s+", " ")).contains("The photo does not meet the requirements")
        .contains("no apostille").contains("Screening");
    // V12: the live-case lock is released, so the person may apply again.
    assertThat(registry.liveCase("IIN", "900505400025")).isEmpty();
  }

  @Test
  void r9_1ARefusalNeedsAReasonFromTheListAndAnExplanationOrTheTaskStaysOpen() {
    String n = journey.apply("871111300036", "PX0000003");
    assertThatThrownBy(() -> driver.complete(n, PetitionModel.TASK_SCREEN, "hub", Map.of("screeningDecision", "REFUSE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Choose at least one reason")
        .hasMessageContaining("Explain the reason");
    assertThat(petition(n)).isWaitingAt(PetitionModel.TASK_SCREEN);
  }

  /**
   * R9.1 as Tasklist submits the form: the engine's REST API answers 400 with what to correct, in the officer's
   * languages and without the engine's wrapping; nothing is logged as an error; the task stays open and claimed.
   */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void r9_1ARefusalWithoutReasonsSubmittedInTasklistIsAnsweredWithWhatToCorrect(CapturedOutput output) {
    String n = journey.apply("880202300025", "PX0000012");
    Task screening = driver.task(n, PetitionModel.TASK_SCREEN);
    assertThat(http.postJson("/engine-rest/task/" + screening.getId() + "/claim", "hub", Map.of("userId", "hub"))
        .status()).isEqualTo(204);
    int before = output.getOut().length();

    Http.Response refused = http.postJson("/engine-rest/task/" + screening.getId() + "/submit-form", "hub",
        Map.of("variables", Map.of("screeningDecision", Map.of("value", "REFUSE"),
            "screeningComment", Map.of("value", "short"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText())
        .contains("Тізімнен кемінде бір себеп таңдаңыз / Выберите хотя бы одну причину из списка / Choose at least one reason from the list")
        .contains("Explain the reason in words (at least 10 characters)").doesNotContain("ENGINE-");

    Http.Response notAList = http.postJson("/engine-rest/task/" + screening.getId() + "/submit-form", "hub",
        Map.of("variables", Map.of("screeningDecision", Map.of("value", "REFUSE"),
            "screeningReasons", Map.of("value", "{\"INCOMPLETE_DOCUMENTS\":true}", "type", "Json"),
            "screeningComment", Map.of("value", "The CV is missing its second page."))));

    assertThat(notAList.status()).as("a hand-made request with reasons as an object").isEqualTo(400);
    assertThat(notAList.json().path("message").asText())
        .contains("The reasons must be a list of reason codes, e.g. [\"INCOMPLETE_DOCUMENTS\"]")
        .doesNotContain("Choose at least one reason").doesNotContain("ENGINE-");
    assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ").doesNotContain("ENGINE-03051");
    assertThat(petition(n)).isWaitingAt(PetitionModel.TASK_SCREEN);
    assertThat(driver.task(n, PetitionModel.TASK_SCREEN).getAssignee()).isEqualTo("hub");
  }

  /**
   * R5.1: two screeners of Astana Hub open the same application in Tasklist and claim it; the second is answered
   * as an officer who came too late (400, who has it), not with a server error, and the task stays with the first.
   */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void r5_1TwoScreenersClaimingOneApplicationTheSecondIsToldWhoHasIt(CapturedOutput output) {
    String n = journey.apply("900303300035", "PX0000013");
    Task screening = driver.task(n, PetitionModel.TASK_SCREEN);
    org.camunda.bpm.engine.IdentityService identity = engine.getIdentityService();
    org.camunda.bpm.engine.identity.User second = identity.newUser("hub-second");
    second.setPassword("demo");
    identity.saveUser(second);
    identity.createMembership("hub-second", "astana-hub");
    try {
      assertThat(http.postJson("/engine-rest/task/" + screening.getId() + "/claim", "hub", Map.of("userId", "hub"))
          .status()).isEqualTo(204);
      int before = output.getOut().length();

      Http.Response late = http.postJson("/engine-rest/task/" + screening.getId() + "/claim", "hub-second",
          Map.of("userId", "hub-second"));

      assertThat(late.status()).as("the officer's conflict, not the server's fault").isEqualTo(400);
      assertThat(late.json().path("message").asText()).contains("This task is already claimed by hub")
          .contains("Задачу уже взял(а) hub");
      assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ").doesNotContain(" WARN ");
      assertThat(driver.task(n, PetitionModel.TASK_SCREEN).getAssignee()).isEqualTo("hub");
    } finally {
      identity.deleteUser("hub-second");
    }
  }

  /**
   * R5.1: a screener's Tasklist still lists an application another screener has just finished; claiming, opening or
   * submitting it is answered as the officer's stale list (what happened, refresh), not as a server error.
   */
  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void r5_1AnOfficerActingOnATaskAnotherFinishedIsToldItIsGone(CapturedOutput output) {
    String n = journey.apply("900404400040", "PX0000014");
    Task screening = driver.task(n, PetitionModel.TASK_SCREEN);
    journey.approveScreening(n);
    int before = output.getOut().length();

    for (Http.Response late : List.of(
        http.postJson("/engine-rest/task/" + screening.getId() + "/claim", "hub", Map.of("userId", "hub")),
        http.postJson("/engine-rest/task/" + screening.getId() + "/submit-form", "hub",
            Map.of("variables", Map.of("screeningDecision", Map.of("value", "APPROVE")))),
        http.postJson("/engine-rest/task/" + screening.getId() + "/complete", "hub", Map.of()),
        http.get("/engine-rest/task/" + screening.getId() + "/form-variables", "hub"))) {
      assertThat(late.status()).as("the officer's stale list, not the server's fault: %s", late.body()).isIn(400, 404);
      assertThat(late.json().path("message").asText()).contains("This task no longer exists")
          .contains("Задача уже закрыта");
    }
    assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ").doesNotContain(" WARN ");
    assertThat(driver.task(n, PetitionModel.TASK_OFFER_SLOTS)).isNotNull();
  }

  /**
   * R0.4, R5.1: a screener cannot hand an application to someone outside Astana Hub (claim it for, assign, delegate,
   * make owner, add a group, or save it with another assignee): each is refused and the task stays unassigned with
   * its group; handing it to a colleague of the group still works.
   */
  @Test
  void r0_4AScreeningStaysWithAstanaHub() {
    String n = journey.apply("900505400050", "PX0000015");
    Task asStored = driver.task(n, PetitionModel.TASK_SCREEN);
    String task = "/engine-rest/task/" + asStored.getId();

    List<Http.Response> refused = List.of(
        http.postJson(task + "/claim", "hub", Map.of("userId", "officer")),
        http.postJson(task + "/assignee", "hub", Map.of("userId", "psc")),
        http.postJson(task + "/delegate", "hub", Map.of("userId", "ministry")),
        http.postJson(task + "/identity-links", "hub", Map.of("userId", "officer", "type", "candidate")),
        http.postJson(task + "/identity-links", "hub", Map.of("groupId", "psc", "type", "candidate")),
        http.putJson(task, "hub", Map.of("name", asStored.getName(), "description", asStored.getDescription(),
            "assignee", "psc")));

    for (Http.Response r : refused) {
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.json().path("message").asText()).contains("The task stays with its group astana-hub");
    }
    Task screening = driver.task(n, PetitionModel.TASK_SCREEN);
    assertThat(screening.getAssignee()).isNull();
    assertThat(screening.getOwner()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(screening.getId())).extracting(
        org.camunda.bpm.engine.task.IdentityLink::getGroupId).containsExactly("astana-hub");
    assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + n, "officer").json()).isEmpty();
    assertThat(http.postJson(task + "/assignee", "hub", Map.of("userId", "hub")).status()).isEqualTo(204);
    assertThat(http.postJson(task + "/unclaim", "hub", Map.of()).status()).isEqualTo(204);
  }

  /**
   * D1: the admission task's due date is the order's deadline; Tasklist's "set due date" cannot move it (nor a
   * PUT through the REST API), while the follow-up date stays the officer's own, set by sending the task back as it
   * was read. Nor are the task's name and description, the model's (R6.1 cited in it), renamed or blanked by a PUT.
   */
  @Test
  void d1TheAdmissionDeadlineCannotBeMovedByHand() {
    String n = journey.apply("900606400069", "PX0000016");
    journey.approveScreening(n);
    Task offer = driver.task(n, PetitionModel.TASK_OFFER_SLOTS);
    String task = "/engine-rest/task/" + offer.getId();
    java.text.SimpleDateFormat rest = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    String due = rest.format(offer.getDueDate());
    String later = rest.format(new java.util.Date(offer.getDueDate().getTime() + 10L * 24 * 3600 * 1000));

    Http.Response moved = http.putJson(task, "hub", Map.of("name", offer.getName(), "description",
        offer.getDescription(), "due", later));
    Http.Response renamed = http.putJson(task, "hub", Map.of("name", "Done already", "description",
        offer.getDescription(), "due", due));
    Http.Response blanked = http.putJson(task, "hub", Map.of("name", offer.getName(), "due", due));
    // the task sent back as the API read it, with its Camunda Form reference, as Tasklist does
    com.fasterxml.jackson.databind.node.ObjectNode asRead = (com.fasterxml.jackson.databind.node.ObjectNode) http
        .get(task, "hub").json();
    assertThat(asRead.path("camundaFormRef").path("key").asText()).isEqualTo("offer-interview-slots");
    Http.Response followUp = http.putJson(task, "hub", asRead.put("followUp", later));

    assertThat(moved.status()).isEqualTo(400);
    assertThat(moved.json().path("message").asText()).contains("The due date is the order's deadline");
    assertThat(List.of(renamed, blanked)).allSatisfy(refused -> {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().path("message").asText())
          .contains("The task's name and description are the model's", PetitionModel.TASK_OFFER_SLOTS);
    });
    assertThat(followUp.status()).as(followUp.body()).isEqualTo(204);
    Task after = driver.task(n, PetitionModel.TASK_OFFER_SLOTS);
    assertThat(after.getDueDate()).isEqualTo(offer.getDueDate());
    assertThat(after.getName()).isEqualTo(offer.getName());
    assertThat(after.getDescription()).isEqualTo(offer.getDescription()).contains("R6.1");
    assertThat(after.getFollowUpDate()).isNotNull();
  }

  /**
   * R5.1: the screening ends by its form only; a BPMN error or escalation thrown at the task through the REST API
   * (which nothing in the model catches, and which would end the stage unscreened) is refused.
   */
  @Test
  void r5_1AScreeningCannotBeEndedByAThrownErrorOrEscalation() {
    String n = journey.apply("900707400078", "PX0000017");
    String task = "/engine-rest/task/" + driver.task(n, PetitionModel.TASK_SCREEN).getId();
    http.postJson(task + "/claim", "hub", Map.of("userId", "hub"));

    Http.Response error = http.postJson(task + "/bpmnError", "hub", Map.of("errorCode", "SKIP"));
    Http.Response escalation = http.postJson(task + "/bpmnEscalation", "hub", Map.of("escalationCode", "SKIP"));

    assertThat(error.status()).isEqualTo(403);
    assertThat(escalation.status()).isEqualTo(403);
    assertThat(error.json().path("message").asText()).contains("The task ends by its form: no BPMN error is modelled");
    assertThat(petition(n)).isWaitingAt(PetitionModel.TASK_SCREEN);
    assertThat(driver.instance(n, "dnr-case")).isWaitingAt("CallActivity_Petition");
  }

  @Test
  void onlyAstanaHubScreensAndOnlyTheMinistryDecides() {
    String n = journey.apply("930212500049", "PX0000004");
    assertThatThrownBy(() -> driver.complete(n, PetitionModel.TASK_SCREEN, "officer", Map.of("screeningDecision", "APPROVE")))
        .hasMessageContaining("officer");
    assertThat(petition(n)).isWaitingAt(PetitionModel.TASK_SCREEN);
  }

  @Test
  void r8_1R9_1ARefusalByTheMinistryEndsTheCaseWithItsReasons() {
    String n = journey.apply("890707300057", "PX0000005");
    journey.approveScreening(n);
    List<String> slots = journey.offerSlots(n, Instant.now().truncatedTo(ChronoUnit.MINUTES));
    journey.book(n, slots.get(0));
    driver.runJobs(n);
    journey.interview(n);
    driver.complete(n, PetitionModel.TASK_MINISTRY, "ministry", Map.of("ministryDecision", "REFUSE",
        "ministryReasons", List.of("PROFILE_NOT_IN_DEMAND"), "ministryComment", "Front-end design is not on the list."));
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("REFUSED_AT_PETITION");
    String text = kz.gov.dnr.documents.GeneratedDocumentsTestAccess.text(
        store.read(n, store.latest(n, "screening-refusal").orElseThrow().id()).orElseThrow().bytes());
    assertThat(text.replaceAll("\\s+", " ")).contains("Ministry decision").contains("Front-end design is not on the list.");
  }

  @Test
  void d1ABreachOpensASupervisorEscalationWhileTheTaskStaysWithAstanaHub() {
    String n = journey.apply("910909400068", "PX0000006");
    journey.approveScreening(n);
    Task offer = driver.task(n, PetitionModel.TASK_OFFER_SLOTS);
    Instant due = offer.getDueDate().toInstant();
    driver.setClock(due.minusSeconds(1));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(petition(n).getId()).timers()
        .executable().count()).as("not a second before").isZero();
    driver.setClock(due);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(petition(n).getId()).timers()
        .executable().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    driver.runJobs(n);

    assertThat(petition(n)).isWaitingAt(PetitionModel.TASK_OFFER_SLOTS).hasPassed(PetitionModel.TASK_D1_BREACH);
    assertThat(driver.task(n, PetitionModel.TASK_OFFER_SLOTS).getId()).isEqualTo(offer.getId());
    ProcessInstance escalation = driver.instance(n, "dnr-escalation");
    assertThat(escalation).isWaitingAt("Task_ReviewBreach");
    Task review = driver.task(n, "Task_ReviewBreach");
    assertThat(engine.getTaskService().getVariable(review.getId(), "deadlineId")).isEqualTo("D1");
    assertThat(engine.getTaskService().getVariable(review.getId(), "responsibleGroup")).isEqualTo("astana-hub");
    assertThat(engine.getTaskService().getVariable(review.getId(), "responsibleGroupName"))
        .as("the supervisor reads the group's name").isEqualTo("Astana Hub / Астана хаб / Астана хаб");
    assertThat(journal.has(n, "DEADLINE_BREACHED")).isTrue();
    driver.complete(n, "Task_ReviewBreach", "supervisor", Map.of("supervisorAction", "CONTACTED_GROUP"));
    assertThat(escalation).isEnded();
    ClockUtil.reset();
    journey.offerSlots(n, Instant.now().truncatedTo(ChronoUnit.MINUTES));
    assertThat(petition(n)).isWaitingAt(PetitionModel.GATEWAY_AWAIT_BOOKING);
  }

  @Test
  void withoutABookingWithinTheWindowTheCaseEndsAsWithdrawnAndTheApplicantIsTold() {
    String n = journey.apply("861212300073", "PX0000007");
    journey.approveScreening(n);
    journey.offerSlots(n, Instant.now().truncatedTo(ChronoUnit.MINUTES));
    Instant deadline = ((java.util.Date) engine.getRuntimeService().getVariable(petition(n).getId(), "bookingDeadline")).toInstant();
    driver.setClock(deadline.minusSeconds(1));
    driver.runJobs(n);
    assertThat(petition(n)).isWaitingAt(PetitionModel.GATEWAY_AWAIT_BOOKING);
    driver.setClock(deadline);
    driver.runJobs(n);
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("WITHDRAWN");
    assertThat(http.get("/api/v1/cases/" + n + "/notifications", "astanahub-portal").json().findValuesAsText("text"))
        .anyMatch(t -> t.contains("treated as withdrawn"));
    assertThat(journey.book(n, "2026-12-01T10:00").status()).as("too late to book").isEqualTo(409);
  }

  @Test
  void anOutsideSystemFailureBecomesAnIncidentAndTheCaseResumesAfterARetry() {
    control.set(OutsideSystem.PORTALS, SimulatorControl.Mode.FAIL);
    driver.tolerateJobFailures(true); // as the job executor: a failing job waits for its next retry
    String n = journey.toSignedPetition("940303400089", "PX0000008");
    ProcessInstance pi = petition(n);
    assertThat(pi).isWaitingAt(PetitionModel.TASK_PUBLISH);
    Job publish = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        engine.getManagementService().executeJob(publish.getId());
      } catch (RuntimeException expected) {
        // the portal is down
      }
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult().getIncidentMessage())
        .contains("PORTALS");
    assertThat(engine.getManagementService().createJobQuery().jobId(publish.getId()).singleResult().getExceptionMessage())
        .contains("simulated outage");
    assertThat(journal.has(n, "PETITION_PUBLISHED")).as("not in the cabinet yet").isFalse();
    control.reset();
    engine.getManagementService().setJobRetries(publish.getId(), 1); // "Retry" in Cockpit
    driver.setClock(Instant.now().plus(java.time.Duration.ofMinutes(6))); // after the retry cycle's 5-minute wait
    driver.runJobs(n);
    assertThat(pi).isEnded().hasPassed(PetitionModel.END_SIGNED);
    assertThat(journal.has(n, "PETITION_PUBLISHED")).isTrue();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void theBookingApiRefusesWhatWasNotOfferedOrNotAllowed() {
    String n = journey.apply("840606300099", "PX0000009");
    assertThat(journey.book(n, "2026-12-01T10:00").status()).as("not yet invited").isEqualTo(409);
    journey.approveScreening(n);
    List<String> slots = journey.offerSlots(n, Instant.now().truncatedTo(ChronoUnit.MINUTES));
    Http.Response wrong = journey.book(n, slots.get(0).replace("T10:00", "T09:00"));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.json().at("/errors/0/accepted").asText()).contains(slots.get(0).substring(0, 10));
    assertThat(http.postJson("/api/v1/cases/" + n + "/interview-booking", "astanahub-portal", Map.of()).status()).isEqualTo(400);
    Http.Response misspelt = http.postJson("/api/v1/cases/" + n + "/interview-booking", "astanahub-portal",
        Map.of("slots", slots.get(0) + ":00+05:00"));
    assertThat(misspelt.status()).isEqualTo(400);
    assertThat(misspelt.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("slot", "slots");
    assertThat(misspelt.json().get("errors").findValuesAsText("reason")).contains("is not a property of this request");
    Http.Response asNumber = http.postJson("/api/v1/cases/" + n + "/interview-booking", "astanahub-portal", Map.of("slot", 10));
    assertThat(asNumber.json().at("/errors/0/reason").asText()).isEqualTo("must be a string, not number");
    assertThat(http.postJson("/api/v1/cases/" + n + "/interview-booking", "egov-portal",
        Map.of("slot", slots.get(0) + ":00+05:00")).status()).isEqualTo(403);
    assertThat(http.postJson("/api/v1/cases/DNR-2026-999997/interview-booking", "astanahub-portal",
        Map.of("slot", slots.get(0) + ":00+05:00")).status()).isEqualTo(404);
    assertThat(petition(n)).isWaitingAt(PetitionModel.GATEWAY_AWAIT_BOOKING);
  }
}
