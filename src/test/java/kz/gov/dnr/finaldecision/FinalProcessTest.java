package kz.gov.dnr.finaldecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.GeneratedDocumentsTestAccess;
import kz.gov.dnr.outside.BerkutGateway;
import kz.gov.dnr.outside.simulator.OutsideSystem;
import kz.gov.dnr.outside.simulator.SimulatorControl;
import kz.gov.dnr.outside.simulator.SimulatorData;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.preliminary.PrpJourney;
import kz.gov.dnr.residencecard.ResidenceCardModel;
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

/** Stage 2.2 (dnr-final-decision, §20–§24), the residence card (dnr-residence-permit, §25–§27) and the ends of dnr-case. */
@DnrSpringTest
class FinalProcessTest {

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
  FinalJourney journey;
  String iin;
  String passport;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    http = new Http(port);
    journey = new FinalJourney(http, driver, payments);
    iin = Fixtures.iin();
    passport = Fixtures.passport();
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    control.reset();
    driver.tolerateJobFailures(false);
  }

  String approved() {
    String n = new PetitionJourney(http, driver).toSignedPetition(iin, passport);
    new PrpJourney(http, driver, payments).toApproval(n, iin, passport);
    return n;
  }

  ProcessInstance stage(String n) {
    return driver.instance(n, FinalDecisionModel.PROCESS);
  }

  void fire(String n, ProcessInstance pi, String activity) {
    Job t = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activity)
        .singleResult();
    assertThat(t).as(activity).isNotNull();
    driver.setClock(t.getDuedate().toInstant().minusSeconds(1));
    assertThat(engine.getManagementService().createJobQuery().jobId(t.getId()).executable().count()).isZero();
    driver.setClock(t.getDuedate().toInstant());
    driver.runJobs(n);
  }

  String text(String n, String code) {
    return GeneratedDocumentsTestAccess.text(store.read(n, store.latest(n, code).orElseThrow().id()).orElseThrow().bytes())
        .replaceAll("\\s+", " ");
  }

  /**
   * R20.1, R21.1 (D7) PSC check and courier, R22.1 (D8) the migration service's checks and decision, R23.1 the
   * decision to the eGov cabinet, R25.1 and R26.1 the card application, R27.1 the card issued.
   */
  @Test
  void r20_1ToR27_1FromTheApplicationAtThePscToTheResidenceCard() {
    String n = approved();
    journey.applied(n, iin, passport);
    ProcessInstance pi = stage(n);
    assertThat(pi).isWaitingAt(FinalDecisionModel.TASK_PSC_CHECK);
    assertThat(driver.task(n, FinalDecisionModel.TASK_PSC_CHECK)).hasCandidateGroup("psc");
    assertThat(driver.task(n, FinalDecisionModel.TASK_PSC_CHECK).getDueDate()).as("D7").isNotNull();
    String linked = String.valueOf(engine.getTaskService().getVariableLocal(driver.task(n, FinalDecisionModel.TASK_PSC_CHECK)
        .getId(), "documents"));
    assertThat(linked).as("R0.4: the PSC's form links what the PSC checks, not stage 1's CV or motivation letter")
        .contains("\"code\":\"housing-contract\"", "\"code\":\"preliminary-approval\"", "\"code\":\"petition\"")
        .doesNotContain("\"code\":\"cv\"", "\"code\":\"motivation-letter\"", "\"code\":\"portfolio\"");
    java.time.LocalDate today = java.time.LocalDate.now(Kazakhstan.ZONE);
    assertThat((String) driver.variable(n, FinalDecisionModel.PROCESS, "housingContractText")).as("V7, as the PSC reads it")
        .isEqualTo("нотариат куәландырған / нотариально заверен / notarised, " + Kazakhstan.DATE.format(today) + " – "
            + Kazakhstan.DATE.format(today.plusYears(1)));
    assertThat((String) driver.variable(n, FinalDecisionModel.PROCESS, "finalFeeCheckText"))
        .contains("₸, ТТР / ВНЖ / PRP, ЖСН / ИИН / IIN " + iin);
    journey.pscForwards(n);
    assertThat((String) driver.variable(n, FinalDecisionModel.PROCESS, "trackingNumber")).startsWith("KZP-");
    assertThat(pi).isWaitingAt(FinalDecisionModel.TASK_RECEIVE);
    journey.originalsArrive(n);
    assertThat(pi).isWaitingAt(FinalDecisionModel.TASK_DECISION);
    assertThat(driver.variable(n, FinalDecisionModel.PROCESS, "fingerprintsRegistered")).as("R22.1, ADIS").isEqualTo(true);
    assertThat(driver.variable(n, FinalDecisionModel.PROCESS, "entryRecorded")).as("R22.1, Berkut").isEqualTo(true);
    assertThat(driver.task(n, FinalDecisionModel.TASK_DECISION).getDueDate()).as("D8").isNotNull();
    journey.grant(n);
    assertThat(pi).isEnded().hasPassed(FinalDecisionModel.END_GRANTED);
    assertThat(text(n, "prp-decision")).contains("PRP-" + n.substring(4));
    assertThat(driver.instance(n, "dnr-case")).isWaitingAt("Gateway_AwaitCardApplication");

    journey.toCard(n, iin, passport);
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("GRANTED");
    assertThat(text(n, "residence-card-issue")).contains("REG-" + n).contains("RC-" + n.substring(9));
    String permit = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(n)
        .processDefinitionKey(ResidenceCardModel.PROCESS).singleResult().getId();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(permit)
        .variableName("cardFeeText").singleResult().getValue()).as("the card fee as the PSC read it")
        .asString().contains("₸, тұру ықтиярхаты / вид на жительство / residence card, ЖСН / ИИН / IIN " + iin);
    assertThat(registry.liveCase("IIN", iin)).isEmpty();
    assertThat(journal.entries(n)).extracting(CaseJournal.Entry::kind).contains("FINAL_APPLICATION_RECEIVED", "PSC_CHECK",
        "ORIGINALS_DISPATCHED", "ORIGINALS_RECEIVED", "FINAL_DECISION", "CARD_APPLICATION_RECEIVED", "CARD_ISSUED",
        "CASE_CLOSED");
  }

  Job approvalValidity(String n) {
    return engine.getManagementService().createJobQuery().processInstanceId(driver.instance(n, "dnr-case").getId())
        .timers().activityId("Timer_D6_ApprovalValidity").singleResult();
  }

  void pscReturns(String n) {
    driver.complete(n, FinalDecisionModel.TASK_PSC_CHECK, "psc", Map.of("pscCheckDecision", "RETURN",
        "pscReturnReasons", List.of("APPROVAL_MISMATCH"), "pscReturnComment", "The passport number is not the approval's."));
    driver.runJobs(n);
  }

  /**
   * R21.1: documents that do not match the preliminary approval are returned by the PSC with reasons; the
   * applicant learns by which day to apply again (the approval's last day, D6 unchanged), and a corrected
   * application in that time goes through the PSC check again, with the same fee, to the grant.
   */
  @Test
  void r21_1ThePscReturnsDocumentsThatDoNotMatchTheApprovalAndTheApplicantMayApplyAgain() {
    String n = approved();
    java.util.Date validUntil = approvalValidity(n).getDuedate();
    journey.applied(n, iin, passport);
    assertThatThrownBy(() -> driver.complete(n, FinalDecisionModel.TASK_PSC_CHECK, "psc", Map.of("pscCheckDecision", "RETURN")))
        .as("a return names its reasons").isInstanceOf(ProcessEngineException.class).hasMessageContaining("Choose at least one reason from the list")
        .hasMessageContaining("Explain the reason in words");
    assertThat(stage(n)).isWaitingAt(FinalDecisionModel.TASK_PSC_CHECK);

    pscReturns(n);
    assertThat(driver.instance(n, FinalDecisionModel.PROCESS)).as("the stage ended as returned").isNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(FinalDecisionModel.END_RETURNED)
        .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(n)
            .processDefinitionKey(FinalDecisionModel.PROCESS).singleResult().getId()).count()).isEqualTo(1);
    assertThat(driver.instance(n, "dnr-case")).isWaitingAt("Gateway_AwaitFinalApplication");
    assertThat(approvalValidity(n).getDuedate()).as("D6 still counts from the approval").isEqualTo(validUntil);
    String lastDay = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
        .format(java.time.LocalDate.parse((String) driver.variable(n, "dnr-case", "approvalValidUntil")));
    assertThat(text(n, "psc-return-notice")).contains("The documents do not match the preliminary approval (number, applicant, passport)")
        .contains("The passport number is not the approval's.").contains(lastDay)
        .contains((String) driver.variable(n, "dnr-case", "approvalNumber"));
    assertThat(http.get("/api/v1/cases/" + n + "/notifications", "psc-system").json().findValuesAsText("text"))
        .anyMatch(t -> t.contains("returned") && t.contains(lastDay));
    assertThat(journal.entries(n)).anyMatch(e -> e.kind().equals("PSC_CHECK") && e.summary().contains("RETURN"));

    journey.toGrant(n, iin, passport);
    assertThat(driver.instance(n, "dnr-case")).isWaitingAt("Gateway_AwaitCardApplication");
  }

  /** R19.4, R21.1: a returned applicant who does not apply again before the approval ends has it annulled. */
  @Test
  void r19_4AReturnedApplicationNotFiledAgainInTimeEndsWithTheApprovalAnnulled() {
    String n = approved();
    journey.applied(n, iin, passport);
    pscReturns(n);
    fire(n, driver.instance(n, "dnr-case"), "Timer_D6_ApprovalValidity");
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("ANNULLED");
  }

  @Test
  void d7ThePscCheckEscalatesAfterOneWorkingDay() {
    String n = approved();
    journey.applied(n, iin, passport);
    fire(n, stage(n), FinalDecisionModel.TIMER_D7);
    assertThat(stage(n)).isWaitingAt(FinalDecisionModel.TASK_PSC_CHECK).hasPassed("Task_RecordD7Breach");
    assertThat(driver.instance(n, "dnr-escalation")).isWaitingAt("Task_ReviewBreach");
  }

  @Test
  void d8TheMigrationServicesCheckEscalatesThreeWorkingDaysAfterTheOriginalsArrived() {
    String n = approved();
    journey.applied(n, iin, passport);
    journey.pscForwards(n);
    journey.originalsArrive(n);
    fire(n, stage(n), FinalDecisionModel.TIMER_D8);
    assertThat(stage(n)).isWaitingAt(FinalDecisionModel.TASK_DECISION).hasPassed("Task_RecordD8Breach");
    assertThat(journal.entries(n)).anyMatch(e -> e.kind().equals("DEADLINE_BREACHED") && e.summary().startsWith("D8"));
  }

  @Test
  void r22_1AGrantNeedsTheOriginalsToMatchAndTheConfirmationInThePscSystem() {
    String n = approved();
    journey.applied(n, iin, passport);
    journey.pscForwards(n);
    journey.originalsArrive(n);
    assertThatThrownBy(() -> driver.complete(n, FinalDecisionModel.TASK_DECISION, "officer", Map.of("finalDecision", "GRANT",
        "originalsMatch", false, "confirmedInPscSystem", false))).isInstanceOf(ProcessEngineException.class)
        // every problem at once, each by its label in the officer's form
        .hasMessageContaining("This decision requires: Түпнұсқалар көшірмелерге сәйкес / Оригиналы соответствуют поданным"
            + " копиям / The originals match the copies filed")
        .hasMessageContaining("This decision requires: Нәтиже ХҚКО жүйесінде қолмен расталды / Результат подтверждён вручную"
            + " в системе ЦОН / The result is confirmed by hand in the PSC system (R22.1)");
    assertThat(stage(n)).isWaitingAt(FinalDecisionModel.TASK_DECISION);
  }

  @Test
  void r20_1R22_1NoGrantWithoutTheEntryAcrossTheBorderAndTheFingerprintRegistration() {
    String n = atTheDecisionNeitherEnteredNorFingerprinted();
    assertThat((String) driver.variable(n, FinalDecisionModel.PROCESS, "crossingsText"))
        .isEqualTo("✘ Кіру тіркелмеген / Въезд не зарегистрирован / No entry recorded");
    assertThatThrownBy(() -> driver.complete(n, FinalDecisionModel.TASK_DECISION, "officer", Map.of("finalDecision", "GRANT",
        "originalsMatch", true, "confirmedInPscSystem", true))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("This decision requires: Шекарадан кіру тіркелген (Беркут) / Въезд зарегистрирован (Беркут)"
            + " / The entry across the state border is recorded (Berkut)")
        .hasMessageContaining("This decision requires: Дактилоскопиялық тіркеу (АДИС) / Дактилоскопическая регистрация (АДИС)"
            + " / The fingerprint registration (ADIS)")
        .message().doesNotContain("The originals match");
    assertThat(stage(n)).isWaitingAt(FinalDecisionModel.TASK_DECISION);
    assertThat(registry.find(n).orElseThrow().outcome()).as("nothing decided").isNull();

    driver.complete(n, FinalDecisionModel.TASK_DECISION, "officer", Map.of("finalDecision", "REFUSE",
        "finalReasons", List.of("NO_BORDER_ENTRY", "FINGERPRINTS_MISSING"), "finalComment", "No entry and no fingerprints recorded.",
        "confirmedInPscSystem", true));
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("REFUSED_FINAL");
  }

  /** A case at the permit decision whose applicant Berkut and ADIS know nothing of. */
  private String atTheDecisionNeitherEnteredNorFingerprinted() {
    data.putPerson(iin, new SimulatorData.Person(null, List.of(), null, null));
    String n = approved();
    journey.applied(n, iin, passport);
    journey.pscForwards(n);
    journey.originalsArrive(n);
    return n;
  }

  @Test
  void r22_1TheOfficerReadsTheBorderCrossingsFromBerkutInWords() {
    data.putPerson(iin, new SimulatorData.Person(null, List.of(
        new BerkutGateway.BorderCrossing(java.time.LocalDate.of(2026, 10, 1), "Almaty International Airport (ALA)", "EXIT"),
        new BerkutGateway.BorderCrossing(java.time.LocalDate.of(2026, 11, 2), "Astana International Airport (NQZ)", "ENTRY")),
        null, null));
    String n = approved();
    journey.applied(n, iin, passport);
    journey.pscForwards(n);
    journey.originalsArrive(n);
    assertThat(stage(n)).isWaitingAt(FinalDecisionModel.TASK_DECISION);
    assertThat((String) driver.variable(n, FinalDecisionModel.PROCESS, "crossingsText"))
        .isEqualTo("✔ Кіру тіркелген / Въезд зарегистрирован / Entry recorded");
    assertThat(String.valueOf(driver.variable(n, FinalDecisionModel.PROCESS, "crossings")))
        .contains("\"date\":\"01.10.2026\"", "\"direction\":\"шығу / выезд / exit\"",
            "\"direction\":\"кіру / въезд / entry\"")
        .doesNotContain("EXIT", "ENTRY");
  }

  @Test
  void r24_1B3AFinalRefusalSaysFromWhenANewApplicationIsPossible() {
    String n = atTheDecisionNeitherEnteredNorFingerprinted();
    driver.complete(n, FinalDecisionModel.TASK_DECISION, "officer", Map.of("finalDecision", "REFUSE",
        "finalReasons", List.of("NO_BORDER_ENTRY", "FINGERPRINTS_MISSING"), "finalComment", "No entry and no fingerprints recorded.",
        "confirmedInPscSystem", true));
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("REFUSED_FINAL");
    java.time.LocalDate from = java.time.LocalDate.now(kz.gov.dnr.calendar.Kazakhstan.ZONE).plusYears(1).plusDays(1);
    assertThat(text(n, "prp-refusal")).contains("No crossing of the state border is recorded")
        .contains(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(from));
    assertThat(registry.barInForce(iin, passport, java.time.LocalDate.now(kz.gov.dnr.calendar.Kazakhstan.ZONE))).hasValueSatisfying(b -> assertThat(b.kind()).isEqualTo("B3"));
  }

  @Test
  void anAdisOutageBecomesAnIncidentAndTheCaseResumesAfterARetry() {
    String n = approved();
    journey.applied(n, iin, passport);
    journey.pscForwards(n);
    control.set(OutsideSystem.ADIS, SimulatorControl.Mode.FAIL);
    driver.tolerateJobFailures(true);
    journey.originalsArrive(n);
    Job adis = engine.getManagementService().createJobQuery().processInstanceId(stage(n).getId())
        .activityId(FinalDecisionModel.TASK_FINGERPRINTS).singleResult();
    for (int i = 0; i < 3; i++) {
      try {
        engine.getManagementService().executeJob(adis.getId());
      } catch (RuntimeException expected) {
        // ADIS is down
      }
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(stage(n).getId()).count()).isEqualTo(1);
    control.reset();
    engine.getManagementService().setJobRetries(adis.getId(), 1);
    driver.setClock(Instant.now().plus(java.time.Duration.ofMinutes(6)));
    driver.runJobs(n);
    assertThat(stage(n)).isWaitingAt(FinalDecisionModel.TASK_DECISION);
  }

  @Test
  void aCardFeeTheRulesRefuseIsABusinessErrorAndTheApplicantMayApplyAgain() {
    String n = approved();
    journey.toGrant(n, iin, passport);
    assertThat(journey.applyForCard(n, iin, passport, "NO-SUCH-CARD-FEE").status()).isEqualTo(202);
    driver.runJobs(n);
    ProcessInstance card = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(n)
        .processDefinitionKey(ResidenceCardModel.PROCESS).singleResult();
    assertThat(card).as("the card process ended on the modelled error").isNull();
    assertThat(driver.instance(n, "dnr-case")).isWaitingAt("Gateway_AwaitCardApplication");
    assertThat(http.get("/api/v1/cases/" + n + "/notifications", "psc-system").json().findValuesAsText("text"))
        .anyMatch(t -> t.contains("not known to the eGov payment gateway"));
    assertThat(journal.has(n, "CARD_FEE_REJECTED")).isTrue();
    journey.toCard(n, iin, passport);
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("GRANTED");
  }

  @Test
  void withoutACardApplicationIn90DaysTheCaseEndsGrantedWithoutACard() {
    String n = approved();
    journey.toGrant(n, iin, passport);
    fire(n, driver.instance(n, "dnr-case"), "Timer_CardNotRequested");
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("CARD_NOT_REQUESTED");
  }

  @Test
  void aSignedPetitionUnusedFor90DaysEndsTheCase() {
    String n = new PetitionJourney(http, driver).toSignedPetition(iin, passport);
    fire(n, driver.instance(n, "dnr-case"), "Timer_PetitionUnused");
    assertThat(registry.find(n).orElseThrow().outcome()).isEqualTo("PETITION_UNUSED");
    assertThat(registry.liveCase("IIN", iin)).isEmpty();
  }
}
