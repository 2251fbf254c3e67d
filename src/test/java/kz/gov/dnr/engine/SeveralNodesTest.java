package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.notifications.Channel;
import kz.gov.dnr.notifications.NotificationDelivery;
import kz.gov.dnr.notifications.Outbox;
import kz.gov.dnr.outside.ApplicantCabinet;
import kz.gov.dnr.support.DnrPostgresTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Several nodes on one PostgreSQL database (README "PostgreSQL"): every job's work commits once (two further
 * process engines, each with its own connection pool and job executor, share the test's PostgreSQL as two
 * servers would), and no message to an applicant goes out twice (two outbox deliverers with different node
 * ids deliver one outbox at the same time).
 */
@DnrPostgresTest
class SeveralNodesTest {

  static final int INSTANCES = 100;

  @Value("${spring.datasource.url}")
  String url;
  @Value("${spring.datasource.username}")
  String user;
  @Value("${spring.datasource.password}")
  String password;
  @Autowired
  Outbox outbox;
  @Autowired
  DocumentStore documents;
  @Autowired
  CaseRegistry registry;
  @Autowired
  Clock clock;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  /**
   * A step of the probe process: records which node ran it in the job's own transaction (a run that rolls
   * back leaves no row), slowly enough for the nodes to race.
   */
  public static class RecordingStep implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) throws Exception {
      java.sql.Connection connection = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getDbSqlSession()
          .getSqlSession().getConnection();
      try (var insert = connection.prepareStatement("insert into several_nodes_run (step, node, job) values (?, ?, ?)")) {
        insert.setString(1, execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId());
        insert.setString(2, execution.getProcessEngine().getName());
        // which job, for a failure's message
        var job = org.camunda.bpm.engine.impl.context.Context.getJobExecutorContext().getCurrentJob();
        insert.setString(3, job.getId() + " " + job.getJobHandlerConfigurationRaw());
        insert.executeUpdate();
      }
      Thread.sleep(5);
    }
  }

  /**
   * The nodes use UUID ids, as the application does ({@code camunda.bpm.id-generator: strong}, the starter's
   * default). With the engine's database id generator instead, 2 of 13 runs committed one step on both nodes
   * for the same job id; with UUIDs, none of 16 (README "PostgreSQL").
   */
  @Test
  void twoNodesRunEveryJobExactlyOnce() throws InterruptedException {
    jdbc.execute("create table several_nodes_run (step varchar(100) not null, node varchar(20) not null, job varchar(200))");
    ProcessEngine a = node("node-a");
    ProcessEngine b = node("node-b");
    String deployment = null;
    try {
      BpmnModelInstance probe = Bpmn.createExecutableProcess("several-nodes-probe").camundaHistoryTimeToLive(1)
          .startEvent()
          .serviceTask("Task_First").camundaClass(RecordingStep.class).camundaAsyncBefore().camundaAsyncAfter()
          .serviceTask("Task_Second").camundaClass(RecordingStep.class).camundaAsyncBefore()
          .endEvent().done();
      deployment = a.getRepositoryService().createDeployment().addModelInstance("several-nodes-probe.bpmn", probe)
          .deploy().getId();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        ids.add(a.getRuntimeService().startProcessInstanceByKey("several-nodes-probe").getId());
      }
      jobExecutor(a).start();
      jobExecutor(b).start();
      long deadline = System.currentTimeMillis() + 120_000;
      while (a.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("several-nodes-probe")
          .finished().count() < INSTANCES && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }

      assertThat(a.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("several-nodes-probe")
          .finished().count()).as("probe instances finished").isEqualTo(INSTANCES);
      for (String id : ids) {
        for (String step : List.of("Task_First", "Task_Second")) {
          assertThat(jdbc.queryForList("select node || ' ' || job from several_nodes_run where step = ?", String.class, id + "/" + step))
              .as("committed runs of %s in %s", step, id).hasSize(1);
        }
      }
      assertThat(jdbc.queryForList("select distinct node from several_nodes_run", String.class))
          .as("both nodes took jobs").containsExactlyInAnyOrder("node-a", "node-b");
      assertThat(a.getRuntimeService().createIncidentQuery().count()).isZero();
    } finally {
      jobExecutor(a).shutdown();
      jobExecutor(b).shutdown();
      if (deployment != null) {
        a.getRepositoryService().deleteDeployment(deployment, true);
      }
      a.close();
      b.close();
      jdbc.execute("drop table several_nodes_run");
    }
  }

  @Test
  void twoNodesDeliverEveryMessageExactlyOnce() throws Exception {
    String caseNumber = "DNR-2026-990001";
    int messages = 120;
    for (int i = 0; i < messages; i++) {
      outbox.enqueue(caseNumber, Channel.EGOV_CABINET, null, caseNumber + " message " + i, "body", List.of());
    }
    Map<String, List<String>> delivered = new ConcurrentHashMap<>();
    ApplicantCabinet cabinet = new ApplicantCabinet() {
      @Override
      public void deliver(String key, Portal portal, String n, String iin, String subject, String text,
          List<Attachment> files) {
        delivered.computeIfAbsent(subject, k -> new CopyOnWriteArrayList<>()).add(Thread.currentThread().getName());
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void publishDocument(Portal portal, String n, String iin, String code, Attachment document) {
        throw new AssertionError("not used");
      }
    };
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        NotificationDelivery delivery = new NotificationDelivery(outbox, documents, registry, cabinet,
            (key, to, subject, text, files) -> {
              // messages other tests left in the shared outbox
            }, clock, false);
        results.add(nodes.submit(() -> {
          start.await();
          int total = 0;
          for (int n = delivery.deliverDue(); n > 0; n = delivery.deliverDue()) {
            total += n;
          }
          return total;
        }));
      }
      start.countDown();
      for (Future<Integer> r : results) {
        r.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
    delivered.keySet().removeIf(subject -> !subject.startsWith(caseNumber));
    assertThat(delivered).hasSize(messages);
    delivered.forEach((subject, by) -> assertThat(by).as(subject).hasSize(1));
    assertThat(delivered.values().stream().flatMap(List::stream).distinct().count()).as("both nodes delivered")
        .isEqualTo(2);
  }

  private ProcessEngine node(String name) {
    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName(name);
    config.setJdbcUrl(url);
    config.setJdbcUsername(user);
    config.setJdbcPassword(password);
    config.setJdbcMaxActiveConnections(20);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    config.setJobExecutorActivate(false);
    config.setMetricsEnabled(false);
    // as the application (camunda.bpm.id-generator: strong); a database id block per node is not for clusters
    config.setIdGenerator(new org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator());
    return config.buildProcessEngine();
  }

  private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
  }
}
