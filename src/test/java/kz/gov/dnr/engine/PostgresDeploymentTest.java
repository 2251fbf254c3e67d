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
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every model deploys on PostgreSQL and a process runs through a user task there. */
@DnrPostgresTest
class PostgresDeploymentTest {

  @Autowired
  DataSource dataSource;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;

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
}
