package kz.gov.dnr.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.finaldecision.FinalJourney;
import kz.gov.dnr.notifications.NotificationDelivery;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.preliminary.PrpJourney;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark, not a timed test: what a case costs, the whole journey (§4 to §27, R0.3) against the same wait
 * states with empty delegates ({@link JourneySkeleton}). The developers' bar is 1.5 times the skeleton, so
 * that the engine, not our code, dominates a case; the figures are reported, not asserted, because times
 * depend on the machine (README "What a case costs").
 *
 * <p>Compared like for like: the time of every job and every claim and completion of a task, in the journey
 * and in its skeleton (the tests' own queries for what to do next are not counted). Reported beside it: the
 * portals' and Berkut's requests (intake validation and file storage; the message correlation inside them),
 * and the delivery of the case's messages by the outbox. Asserted: the skeleton has exactly the journey's
 * tasks and jobs, and the journey ends granted. Medians of {@value #RUNS} runs after {@value #WARM_UP}
 * warm-up runs, written to {@code target/benchmarks/journey-cost-<database>.md}.
 */
abstract class JourneyCostBenchmark {

  static final int WARM_UP = 3;
  static final int RUNS = 7;
  static final double BAR = 1.5;
  static final Map<String, String> USER_OF_GROUP = Map.of("astana-hub", "hub", "mdai", "ministry",
      "migration-service", "officer", "psc", "psc");

  @RegisterExtension
  static com.icegreen.greenmail.junit5.GreenMailExtension smtp =
      new com.icegreen.greenmail.junit5.GreenMailExtension(com.icegreen.greenmail.util.ServerSetupTest.SMTP);

  @Autowired
  ProcessEngine engine;
  @Autowired
  Simulators.Payments payments;
  @Autowired
  NotificationDelivery delivery;
  @LocalServerPort
  int port;

  @Test
  void reportsWhatAWholeJourneyCostsAgainstItsWaitStatesWithEmptyDelegates() throws IOException {
    String sample = null;
    for (int i = 0; i < WARM_UP; i++) {
      sample = journey().caseNumber;
    }
    Map<String, BpmnModelInstance> skeleton = JourneySkeleton.of(engine, sample);
    var deployment = engine.getRepositoryService().createDeployment().name("journey skeleton (benchmark)");
    skeleton.forEach((key, model) -> deployment.addModelInstance(JourneySkeleton.PREFIX + key + ".bpmn", model));
    String deploymentId = deployment.deploy().getId();
    try {
      for (int i = 0; i < WARM_UP; i++) {
        skeleton();
      }
      Run[] journeys = new Run[RUNS];
      Run[] skeletons = new Run[RUNS];
      for (int i = 0; i < RUNS; i++) {
        journeys[i] = journey();
        skeletons[i] = skeleton();
      }
      Run journey = median(journeys);
      Run bare = median(skeletons);
      assertThat(bare.tasks).as("the skeleton has the journey's user tasks").isEqualTo(journey.tasks);
      assertThat(bare.jobs).as("the skeleton has the journey's jobs").isEqualTo(journey.jobs);
      double ratio = (double) journey.engineNanos / bare.engineNanos;
      double withIntake = (double) (journey.engineNanos + journey.requestNanos) / bare.engineNanos;
      String report = String.format("""
          | | journey | skeleton (empty delegates) |
          |---|---:|---:|
          | user tasks completed | %d | %d |
          | jobs executed | %d | %d |
          | requests / message correlations | %d | %d |
          | tasks, jobs and correlations, ms | %.1f | %.1f |
          | requests (intake, answers; correlations included), ms | %.1f | |
          | delivering the case's messages (SMTP), ms | %.1f | |

          Tasks and jobs: **%.2f x** the skeleton (developers' bar %.1f x). With the portals' requests: %.2f x.
          Medians of %d runs after %d warm-up runs, on %s.
          """, journey.tasks, bare.tasks, journey.jobs, bare.jobs, journey.requests, bare.requests,
          journey.engineNanos / 1e6, bare.engineNanos / 1e6, journey.requestNanos / 1e6, journey.deliveryNanos / 1e6,
          ratio, BAR, withIntake, RUNS, WARM_UP, database());
      Files.createDirectories(Path.of("target", "benchmarks"));
      Files.writeString(Path.of("target", "benchmarks", "journey-cost-" + database() + ".md"), report);
      System.out.println("Journey cost benchmark (" + database() + "):\n" + report);
    } finally {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  /** The database the engine runs on, for the report's name. */
  abstract String database();

  /** One case through the whole order, timed where the server works on it. */
  private Run journey() {
    Run run = new Run();
    TimedDriver driver = new TimedDriver(engine, run);
    Http http = new Http(port).timingChanges(nanos -> {
      run.requests++;
      run.requestNanos += nanos;
    });
    String iin = Fixtures.iin();
    String passport = Fixtures.passport();
    run.caseNumber = new PetitionJourney(http, driver).toSignedPetition(iin, passport);
    new PrpJourney(http, driver, payments).toApproval(run.caseNumber, iin, passport);
    FinalJourney last = new FinalJourney(http, driver, payments);
    last.toGrant(run.caseNumber, iin, passport);
    last.toCard(run.caseNumber, iin, passport);
    long start = System.nanoTime();
    while (delivery.deliverDue() > 0) {
      // this case's messages (and any left by earlier tests)
    }
    run.deliveryNanos = System.nanoTime() - start;
    assertThat(driver.instances(run.caseNumber)).as("the case ended").isEmpty();
    assertThat(http.get("/api/v1/cases/" + run.caseNumber, "psc-system").json().get("outcome").asText()).isEqualTo("GRANTED");
    return run;
  }

  /** The skeleton of a case: jobs run, tasks completed by their group's demo user, messages correlated. */
  private Run skeleton() {
    Run run = new Run();
    TimedDriver driver = new TimedDriver(engine, run);
    String key = "SKELETON-" + System.nanoTime();
    long start = System.nanoTime();
    engine.getRuntimeService().startProcessInstanceByKey(JourneySkeleton.PREFIX + "dnr-case", key);
    run.engineNanos += System.nanoTime() - start;
    driver.runJobs(key);
    for (int step = 0; step < 200; step++) {
      List<String> ids = driver.instances(key).stream().map(pi -> pi.getId()).toList();
      if (ids.isEmpty()) {
        return run;
      }
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key).singleResult();
      if (task != null) {
        String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
        driver.complete(key, task.getTaskDefinitionKey(), USER_OF_GROUP.get(group), Map.of());
        continue;
      }
      EventSubscription waiting = ids.stream().flatMap(id -> engine.getRuntimeService().createEventSubscriptionQuery()
              .eventType("message").processInstanceId(id).list().stream()).findFirst()
          .orElseThrow(() -> new AssertionError("skeleton stuck"));
      long t = System.nanoTime();
      engine.getRuntimeService().createMessageCorrelation(waiting.getEventName())
          .processInstanceId(waiting.getProcessInstanceId()).correlate();
      run.engineNanos += System.nanoTime() - t;
      run.requests++;
      driver.runJobs(key);
    }
    throw new AssertionError("skeleton did not end");
  }

  private static Run median(Run[] runs) {
    Run[] sorted = runs.clone();
    Arrays.sort(sorted, (a, b) -> Long.compare(a.engineNanos, b.engineNanos));
    return sorted[sorted.length / 2];
  }

  /** Measurements of one run. */
  static final class Run {
    String caseNumber;
    int tasks;
    int jobs;
    int requests;
    long requestNanos;
    long engineNanos;
    long deliveryNanos;
  }

  /**
   * The tests' driver, timing only the commands that move the case (a job, a claim and completion), not its
   * own queries for what to do next.
   */
  static final class TimedDriver extends CaseDriver {
    private final Run run;

    TimedDriver(ProcessEngine engine, Run run) {
      super(engine);
      this.run = run;
    }

    @Override
    protected void executeJob(String jobId) {
      long start = System.nanoTime();
      super.executeJob(jobId);
      run.engineNanos += System.nanoTime() - start;
      run.jobs++;
    }

    @Override
    protected void claimAndComplete(String taskId, String user, Map<String, Object> variables) {
      long start = System.nanoTime();
      super.claimAndComplete(taskId, user, variables);
      run.engineNanos += System.nanoTime() - start;
      run.tasks++;
    }
  }
}
