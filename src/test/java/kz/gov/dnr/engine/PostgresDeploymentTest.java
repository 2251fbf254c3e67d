package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import javax.sql.DataSource;
import kz.gov.dnr.support.DnrPostgresTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Every model deploys on PostgreSQL and a process runs through a user task there. */
@DnrPostgresTest
class PostgresDeploymentTest {

  @Autowired
  DataSource dataSource;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void theApplicationRunsOnPostgresql() throws Exception {
    try (var c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }

  @Test
  void everyModelAndFormIsDeployed() {
    var deployed = repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).list().stream()
        .flatMap(d -> repository.getDeploymentResources(d.getId()).stream()).map(Resource::getName).toList();
    var shipped = ModelDeployment.resources().stream()
        .map(r -> (r.getFilename().endsWith(".form") ? "forms/" : "processes/") + r.getFilename()).toList();
    assertThat(deployed).containsAll(shipped);
    assertThat(repository.createProcessDefinitionQuery().latestVersion().count())
        .isEqualTo(shipped.stream().filter(n -> n.endsWith(".bpmn")).count());
  }

  @Test
  void aProcessRunsThroughAUserTask() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("dnr-escalation", "DNR-2026-900101",
        Map.of("caseNumber", "DNR-2026-900101"));
    assertThat(pi).isWaitingAt("Task_ReviewBreach");
    assertThat(task(pi)).hasCandidateGroup("supervisors").hasDueDate(task(pi).getDueDate());
    complete(task(pi), Map.of("supervisorAction", "NO_ACTION"));
    assertThat(pi).isEnded().hasPassed("End_BreachReviewed");
  }

  /**
   * TaskQueryPlanning plans a task query for its user with settings of its own; a task query run inside a larger
   * transaction (a delegate's, a REST call's) must leave the rest of that transaction with PostgreSQL's settings.
   */
  @Test
  void aTaskQueryLeavesTheSettingsOfTheTransactionAroundItAsTheyWere() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String before = settings(jdbc);
    transactions.executeWithoutResult(status -> {
      tasks.createTaskQuery().taskCandidateGroup("psc").orderByDueDate().asc().listPage(0, 15);
      assertThat(settings(jdbc)).isEqualTo(before);
    });
    assertThat(before).isEqualTo("auto 4");
  }

  private static String settings(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select current_setting('plan_cache_mode') || ' ' || current_setting('random_page_cost')",
        String.class);
  }
}
