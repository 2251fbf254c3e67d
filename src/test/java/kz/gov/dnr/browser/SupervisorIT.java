package kz.gov.dnr.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.petition.PetitionModel;
import kz.gov.dnr.support.Fixtures;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A supervisor's day (R0.4, D1, R6.1): a breached deadline shows up in the escalations filter of Tasklist
 * and the late task in "all overdue", whose History tab tells who took it and when; the supervisor records what was done about it; and follows the case
 * in Cockpit, where the diagram shows where it stands.
 */
class SupervisorIT extends BrowserTest {

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void d1ABreachReachesTheSupervisorInTasklistAndTheCaseIsFollowedInCockpit() {
    PetitionJourney petition = new PetitionJourney(http(), driver);
    String n = petition.apply(Fixtures.iin(), Fixtures.passport());
    petition.approveScreening(n);
    Task late = driver.task(n, PetitionModel.TASK_OFFER_SLOTS);
    assertThat(http().postJson("/engine-rest/task/" + late.getId() + "/claim", "hub", Map.of("userId", "hub")).status())
        .as("an Astana Hub officer takes the task").isEqualTo(204);
    driver.setClock(late.getDueDate().toInstant().plusSeconds(60));
    Job d1 = engine.getManagementService().createJobQuery()
        .processInstanceId(driver.instance(n, PetitionModel.PROCESS).getId()).timers().executable().singleResult();
    assertThat(d1).as("D1 is due").isNotNull();
    engine.getManagementService().executeJob(d1.getId());
    driver.runJobs(n);

    Tasklist tasklist = tasklist().signIn("supervisor");
    assertThat(tasklist.filters()).containsExactly("Supervisors — эскалациялар / эскалации / escalations",
        "Supervisors — барлық мерзімі өткен / все просроченные / all overdue tasks");
    tasklist.openFilter("Supervisors — барлық мерзімі өткен / все просроченные / all overdue tasks");
    assertThat(tasklist.cards()).as("the late task of Astana Hub is among the overdue")
        .anySatisfy(c -> assertThat(c.text()).contains(n).contains(late.getName()));
    assertThat(tasklist.openTask(n, late.getName()).history()).as("its History tab: who holds it, since when")
        .first().asString().contains("hub").containsIgnoringCase("claim");
    tasklist.openFilter("Supervisors — эскалациялар / эскалации / escalations");
    Task review = driver.task(n, "Task_ReviewBreach");
    assertThat(tasklist.cards()).anySatisfy(c -> assertThat(c.text()).contains(n).contains(review.getName()));
    assertThat(tasklist.openTask(n, review.getName()).formText()).as("the review names the late task and its group in words")
        .contains("D1").contains(late.getName()).contains("Astana Hub / Астана хаб").contains("(astana-hub)");

    officersIn(tasklist).complete(n, "Task_ReviewBreach", "supervisor",
        Map.of("supervisorAction", "CONTACTED_GROUP", "supervisorNote", "Called the Astana Hub desk"));
    assertThat(driver.instance(n, "dnr-escalation")).as("the escalation is closed").isNull();
    assertThat(driver.task(n, PetitionModel.TASK_OFFER_SLOTS).getId()).as("the task stays with Astana Hub")
        .isEqualTo(late.getId());

    Cockpit cockpit = cockpit().signIn("supervisor");
    String page = cockpit.processInstance(driver.instance(n, "dnr-case").getId());
    assertThat(page).contains(n);
    cockpit.processInstance(driver.instance(n, PetitionModel.PROCESS).getId());
    assertThat(cockpit.activeElements()).as("Cockpit marks where the case waits")
        .containsExactly(PetitionModel.TASK_OFFER_SLOTS);
  }
}
