package kz.gov.dnr.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.gov.dnr.finaldecision.FinalDecisionModel;
import kz.gov.dnr.finaldecision.FinalJourney;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.petition.PetitionModel;
import kz.gov.dnr.preliminary.PreliminaryModel;
import kz.gov.dnr.preliminary.PrpJourney;
import kz.gov.dnr.security.DnrGroup;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every officer group at its desk in Tasklist (R0.4: least privilege per role): the demo user sees its
 * group's two filters and no other, the open-tasks filter lists exactly the group's tasks with the case
 * number and the due date the deadline service set (in Kazakhstan time), and the officer claims a task,
 * opens a document of the case, completes the Camunda Form and the case moves on.
 */
class TasklistByGroupIT extends BrowserTest {

  static final Pattern CASE_NUMBER = Pattern.compile("DNR-\\d{4}-\\d{6}");
  /** How Tasklist (English, browser in Asia/Almaty) writes a date in its tooltips. */
  static final DateTimeFormatter TOOLTIP = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.ENGLISH)
      .withZone(ZoneId.of("Asia/Almaty"));

  /**
   * A group's desk: its demo user, the case waiting there, the task, what the officer enters, where the case goes,
   * and what the task's form must show of earlier steps.
   */
  record Desk(DnrGroup group, String user, String caseNumber, String taskKey, Map<String, Object> values,
      String processKey, String nextActivity, List<String> formShows) {

    Desk(DnrGroup group, String user, String caseNumber, String taskKey, Map<String, Object> values,
        String processKey, String nextActivity) {
      this(group, user, caseNumber, taskKey, values, processKey, nextActivity, List.of());
    }
  }

  /** Brings a new case to the group's desk through the API and the other groups' officers (engine API). */
  Desk caseAt(DnrGroup group) {
    Http http = http();
    PetitionJourney petition = new PetitionJourney(http, driver);
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    switch (group) {
      case ASTANA_HUB -> {
        String n = petition.apply(iin, passport);
        petition.approveScreening(n);
        return new Desk(group, "hub", n, PetitionModel.TASK_OFFER_SLOTS,
            Map.of("slot1", PetitionJourney.slots(Instant.now()).get(0)), PetitionModel.PROCESS,
            PetitionModel.GATEWAY_AWAIT_BOOKING);
      }
      case MDAI -> {
        String n = petition.apply(iin, passport);
        petition.approveScreening(n);
        List<String> slots = petition.offerSlots(n, Instant.now());
        assertThat(petition.book(n, slots.get(0)).status()).isEqualTo(200);
        driver.runJobs(n);
        petition.interview(n);
        // R8.1: the interview's results (EXCELLENT, RECOMMEND) in the words of the interview form, not as codes
        return new Desk(group, "ministry", n, PetitionModel.TASK_MINISTRY, Map.of("ministryDecision", "APPROVE"),
            "dnr-case", "Gateway_AwaitPrpApplication", List.of("Assessment: Өте жақсы / Отлично / Excellent",
                "Recommendation: Ұсынылады / Рекомендовать / Recommend"));
      }
      case MIGRATION_SERVICE -> {
        String n = petition.toSignedPetition(iin, passport);
        new PrpJourney(http, driver, payments).received(n, iin, passport);
        // V6, V8, V11 in words: the fee's purpose, the petition, the legalisation (CONSULAR)
        return new Desk(group, "officer", n, PreliminaryModel.TASK_REGISTER,
            Map.of("registrationDecision", "REGISTER", "mpisCaseNumber", "MPIS-" + n), PreliminaryModel.PROCESS,
            PreliminaryModel.TASK_AWAIT_NSC, List.of("Petition (V8): министрлік қол қойған / подписано министерством"
                + " / signed by the ministry\n", "State fee (V6): 4325 ₸, ТТР / ВНЖ / PRP, ",
                "Legalisation (V11): консулдық заңдастыру / консульская легализация / consular legalisation\n",
                "Өтінішхат / Ходатайство / Petition · "));
      }
      case PSC -> {
        String n = filedAtPsc();
        return new Desk(group, "psc", n, FinalDecisionModel.TASK_PSC_CHECK,
            Map.of("documentsMatchApproval", true, "pscCheckDecision", "FORWARD",
                "pscRemarks", "Originals match the preliminary approval"),
            FinalDecisionModel.PROCESS, FinalDecisionModel.TASK_RECEIVE);
      }
      default -> throw new IllegalArgumentException(group + " has no desk of its own");
    }
  }

  /** A new case through the API and the engine API's officers, filed at a PSC: its PSC check is open. */
  String filedAtPsc() {
    Http http = http();
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    String n = new PetitionJourney(http, driver).toSignedPetition(iin, passport);
    new PrpJourney(http, driver, payments).toApproval(n, iin, passport);
    new FinalJourney(http, driver, payments).applied(n, iin, passport);
    return n;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = DnrGroup.class, names = {"ASTANA_HUB", "MDAI", "MIGRATION_SERVICE", "PSC"})
  void r0_4EachGroupSeesOnlyItsTasksWithTheirDueDatesAndMovesTheCaseOn(DnrGroup group) {
    Desk desk = caseAt(group);
    Tasklist tasklist = tasklist().signIn(desk.user());
    String label = desk.group().displayName().split(" / ")[0];
    String open = label + " — ашық тапсырмалар / открытые задачи / open tasks";
    assertThat(tasklist.filters()).as("the filters %s may read", desk.user())
        .containsExactly(open, label + " — мерзімі өткен / просроченные / overdue");

    tasklist.openFilter(open);
    List<String> shown = tasklist.cards().stream().map(c -> c.name() + " " + caseNumber(c.text())).toList();
    List<String> groupTasks = engine.getTaskService().createTaskQuery().taskCandidateGroup(desk.group().id())
        .includeAssignedTasks().list().stream()
        .map(t -> t.getName() + " " + engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey())
        .toList();
    assertThat(shown).as("exactly the group's tasks, each with its case number").isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(groupTasks);
    assertThat(tasklist.cardsCutShort()).as("every card's case number and applicant read in full").isEmpty();
    assertThat(tasklist.sorting()).as("the list opens sorted by due date (dnr/due-date-first.js)")
        .contains("\"sortBy\":\"dueDate\"").contains("\"sortOrder\":\"asc\"");
    List<java.util.Date> dues = tasklist.cards().stream()
        .map(c -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber(c.text()))
            .taskName(c.name()).singleResult().getDueDate())
        .filter(java.util.Objects::nonNull).toList();
    assertThat(dues).as("cards with a term, soonest first").isSorted();

    Task task = driver.task(desk.caseNumber(), desk.taskKey());
    Tasklist.Card card = tasklist.cards().stream().filter(c -> c.text().contains(desk.caseNumber())).findFirst()
        .orElseThrow();
    if (task.getDueDate() == null) {
      assertThat(card.due()).as("the order sets no term for %s", task.getName()).isNull();
    } else {
      assertThat(card.dueTooltip()).as("the due date in Kazakhstan time")
          .isEqualTo(TOOLTIP.format(task.getDueDate().toInstant()));
    }

    if (!desk.formShows().isEmpty()) {
      assertThat(tasklist.openTask(desk.caseNumber(), task.getName()).formText()).contains(desk.formShows());
    }
    officersIn(tasklist).complete(desk.caseNumber(), desk.taskKey(), desk.user(), desk.values());
    assertThat(driver.task(desk.caseNumber(), desk.taskKey())).as("the task is done").isNull();
    assertThat(driver.instance(desk.caseNumber(), desk.processKey())).isWaitingAt(desk.nextActivity());
  }

  /**
   * R22.1 in Tasklist: a grant without the originals ticked as matching passes the form's own checks but not the
   * server's; the officer is shown what to correct, by the field's label and without the engine's wording, and
   * keeps the task; corrected, the form completes.
   */
  @Test
  void r22_1AFormTheRulesRefuseTellsTheOfficerWhatToCorrectAndTheTaskStays() {
    String n = filedAtPsc();
    FinalJourney journey = new FinalJourney(http(), driver, payments);
    journey.pscForwards(n);
    journey.originalsArrive(n);
    Task task = driver.task(n, FinalDecisionModel.TASK_DECISION);

    Tasklist tasklist = tasklist().signIn("officer");
    String label = DnrGroup.MIGRATION_SERVICE.displayName().split(" / ")[0];
    tasklist.openFilter(label + " — ашық тапсырмалар / открытые задачи / open tasks").openTask(n, task.getName()).claim();
    String shown = tasklist.fill("final-decision", Map.of("originalsMatch", false, "finalDecision", "GRANT",
        "confirmedInPscSystem", true)).completeRefused();

    assertThat(shown).contains("This decision requires: Түпнұсқалар көшірмелерге сәйкес / Оригиналы соответствуют"
        + " поданным копиям / The originals match the copies filed").doesNotContain("ENGINE-")
        .doesNotContain("originalsMatch");
    Task kept = driver.task(n, FinalDecisionModel.TASK_DECISION);
    assertThat(kept).as("the task stays").isNotNull();
    assertThat(kept.getAssignee()).as("with the officer").isEqualTo("officer");

    tasklist.fill("final-decision", Map.of("originalsMatch", true)).complete();
    officersIn(tasklist).awaitCompleted(task.getId());
    assertThat(driver.task(n, FinalDecisionModel.TASK_DECISION)).as("corrected, the form completes").isNull();
  }

  /**
   * R21.1 in Tasklist: the PSC officer finds that the documents do not match the preliminary approval and returns
   * the application. The form asks for the reasons only for a return (the "documents match" box, required for a
   * forward, is not asked), the applicant gets the return notice, and the case waits for a new PSC application.
   */
  @Test
  void r21_1ThePscOfficerReturnsAnApplicationWhoseDocumentsDoNotMatchTheApproval() {
    String n = filedAtPsc();

    officersIn(tasklist()).complete(n, FinalDecisionModel.TASK_PSC_CHECK, "psc", Map.of("pscCheckDecision", "RETURN",
        "pscReturnReasons", List.of("APPROVAL_MISMATCH", "HOUSING_CONTRACT"),
        "pscReturnComment", "The housing contract names another passport number."));

    assertThat(driver.instance(n, FinalDecisionModel.PROCESS)).as("stage 2.2 ended as returned").isNull();
    assertThat(driver.instance(n, "dnr-case")).isWaitingAt("Gateway_AwaitFinalApplication");
    assertThat(store.latest(n, "psc-return-notice")).as("the applicant's return notice").isPresent();
  }

  /**
   * An officer marks a task for later in Tasklist ("Set follow-up date"): Tasklist sends the task back as it read
   * it, and the engine's REST API refused any task with a Camunda Form that way (its form reference cannot be read
   * back in), so the officer only saw an error. The follow-up date is set; the due date, D1, stays. Nor is the
   * officer offered "Add Comment", which the API refuses to an officer ("No task found": it looks for the task in
   * the history an officer may not read), or "Create task", which no group may do, or Camunda's banner urging a
   * migration to Camunda 8, which an officer cannot act on.
   */
  @Test
  void d1AnOfficerSetsAFollowUpDateInTasklistWhileTheDeadlineStays() {
    String n = new PetitionJourney(http(), driver).apply(Fixtures.iin(), Fixtures.passport());
    new PetitionJourney(http(), driver).approveScreening(n);
    Task task = driver.task(n, PetitionModel.TASK_OFFER_SLOTS);

    Tasklist tasklist = tasklist().signIn("hub");
    tasklist.openFilter("Astana Hub — ашық тапсырмалар / открытые задачи / open tasks").openTask(n, task.getName()).claim();
    assertThat(tasklist.offersComments()).as("no Add Comment that could only fail").isFalse();
    assertThat(tasklist.headerActionsPresent()).as("Tasklist's own header actions")
        .contains("start-process-action", "create-task-action");
    assertThat(tasklist.headerActions()).as("no Start process or Create task, which no group may do")
        .noneMatch(action -> action.contains("Create task") || action.contains("Start process"));
    assertThat(tasklist.migrationBanner()).as("Camunda's migration banner, in the page but not shown to an officer")
        .containsExactly(false);
    String error = tasklist.setFollowUpDate();

    assertThat(error).as("Tasklist took the follow-up date").isNull();
    Task after = driver.task(n, PetitionModel.TASK_OFFER_SLOTS);
    assertThat(after.getFollowUpDate()).as("the follow-up date").isNotNull();
    assertThat(after.getDueDate()).as("D1 stays").isEqualTo(task.getDueDate());
    assertThat(after.getName()).isEqualTo(task.getName());
    assertThat(after.getDescription()).isEqualTo(task.getDescription());
  }

  @Test
  void r0_4AnalystsAndSystemClientsDoNotGetIntoTasklist() {
    Tasklist tasklist = tasklist();
    for (String user : List.of("analyst", "egov-portal")) {
      assertThat(tasklist.signInRefused(user)).as(user).contains("Login Failed");
    }
  }

  static String caseNumber(String text) {
    Matcher m = CASE_NUMBER.matcher(text);
    return m.find() ? m.group() : "(no case number shown)";
  }
}
