package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import kz.gov.dnr.support.CaseDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist with thousands of open cases and tens of thousands of finished ones: an officer's filter answers its
 * first page in due-date order with only the group's tasks, and the supervisors' overdue filter too. Times go to
 * {@code target/benchmarks/tasklist-at-scale-<database>.md}; the time assertion is a ceiling (1 s), not a tuned
 * figure. Each database runs in a JVM of its own (tag "isolated"), so the 24,000 cases need no clean-up: {@link
 * TasklistAtScaleTest} on PostgreSQL, the production database, where it also proves what keeps the engine's
 * authorization join from growing with the square of the group's open tasks (README "Tasklist with thousands of
 * cases"); {@link TasklistAtScaleH2Test} on the file-based H2 database of the run command.
 */
abstract class TasklistAtScale {

  static final int OPEN = 4_000;
  static final int FINISHED = 20_000;
  static final int PER_TRANSACTION = 500;
  static final List<String> GROUPS = List.of("astana-hub", "mdai", "migration-service", "psc");

  @Autowired
  ProcessEngine engine;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  DataSource dataSource;
  @Autowired
  CaseDriver driver;

  /** The database the engine runs on ("h2", "postgres"), for the report's name. */
  String database() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
  }

  /** What this database adds to the report and asserts beyond the common ceiling. */
  abstract String databaseSpecifics(double[] hubPage, double[] hubApi, double[] hubGeneric);

  @Test
  void anOfficersFilterAnswersItsFirstPageQuicklyWithThousandsOfCases() throws Exception {
    var open = Bpmn.createExecutableProcess("scale-open").camundaHistoryTimeToLive(1).startEvent()
        .userTask("Task_Work").camundaCandidateGroups("${group}").camundaDueDate("${due}").endEvent().done();
    var finished = Bpmn.createExecutableProcess("scale-finished").camundaHistoryTimeToLive(1).startEvent()
        .serviceTask("Task_Step").camundaExpression("${true}").endEvent().done();
    engine.getRepositoryService().createDeployment().name("Tasklist at scale (test)")
        .addModelInstance("scale-open.bpmn", open).addModelInstance("scale-finished.bpmn", finished).deploy();
    long seedStart = System.nanoTime();
    long now = System.currentTimeMillis();
    seed(OPEN, i -> engine.getRuntimeService().startProcessInstanceByKey("scale-open", "SCALE-" + i, Map.of(
        "group", GROUPS.get(i % GROUPS.size()),
        // due dates from 20 days ago to 40 days ahead: a third of them overdue
        "due", new Date(now + (i % 60 - 20) * 86_400_000L + i))));
    seed(FINISHED, i -> engine.getRuntimeService().startProcessInstanceByKey("scale-finished", "SCALE-DONE-" + i));
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count())
        .isGreaterThanOrEqualTo(FINISHED);

    // as PostgreSQL's autovacuum would after so many new rows: plans from current statistics
    jdbc().execute("analyze");
    Filter hubOpen = filter("Astana Hub — ашық тапсырмалар");
    Filter overdue = filter("Supervisors — барлық мерзімі өткен");
    long hubTasks = count(hubOpen, "hub");
    assertThat(hubTasks).as("the filter counts the group's tasks only").isEqualTo(OPEN / GROUPS.size());

    List<Task> first = page(hubOpen, "hub");
    assertThat(first).hasSize(15);
    assertThat(first).extracting(Task::getDueDate).isSorted();
    first.forEach(t -> assertThat(engine.getTaskService().getIdentityLinksForTask(t.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("astana-hub")));
    List<Task> late = page(overdue, "supervisor");
    assertThat(late).hasSize(15).allSatisfy(t -> assertThat(t.getDueDate()).isBefore(new Date()));
    // The same page as the engine API's task query (REST /task): planned for the user too.
    Supplier<List<Task>> api = () -> {
      List<Task> tasks = new ArrayList<>();
      driver.as("hub", () -> tasks.addAll(hubQuery(engine.getTaskService().createTaskQuery()).listPage(0, 15)));
      return tasks;
    };
    // The same query run inside a command of another kind: PostgreSQL's plan cache, as before TaskQueryPlanning.
    Supplier<List<Task>> generic = () -> {
      List<Task> tasks = new ArrayList<>();
      driver.as("hub", () -> tasks.addAll(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired().execute(context -> hubQuery(new TaskQueryImpl()).listPage(0, 15))));
      return tasks;
    };
    assertThat(api.get()).as("the same page, as the API's task query").extracting(Task::getId)
        .containsExactlyElementsOf(first.stream().map(Task::getId).toList());
    assertThat(generic.get()).as("the same page, generically planned").extracting(Task::getId)
        .containsExactlyElementsOf(first.stream().map(Task::getId).toList());
    // Between rounds the cases go on (a variable of an open case written), as they do while officers read Tasklist:
    // a database answers no query from a result kept since the same query before.
    String going = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("SCALE-0")
        .singleResult().getId();
    int[] round = new int[1];
    double[][] times = time(() -> engine.getRuntimeService().setVariable(going, "round", round[0]++),
        () -> page(hubOpen, "hub"), () -> page(overdue, "supervisor"), () -> count(hubOpen, "hub"), api, generic);
    double[] hubPage = times[0];
    double[] overduePage = times[1];
    double[] hubCount = times[2];
    double[] hubApi = times[3];
    double[] hubGeneric = times[4];

    String report = String.format("""
        | query (%s; %d open tasks, %d finished cases) | median ms | slowest ms |
        |---|---:|---:|
        | hub: Astana Hub — open tasks, first page of 15 by due date | %.1f | %.1f |
        | hub: the same filter's count | %.1f | %.1f |
        | supervisor: all overdue tasks, first page | %.1f | %.1f |
        | hub: the same page as the API's task query (REST /task) | %.1f | %.1f |
        | hub: the same task query run inside another command (no TaskQueryPlanning) | %.1f | %.1f |

        Seeding took %.0f s. Index on ACT_RU_TASK.DUE_DATE_: %s. %s
        """, database(), OPEN, FINISHED, hubPage[0], hubPage[1], hubCount[0], hubCount[1], overduePage[0], overduePage[1],
        hubApi[0], hubApi[1], hubGeneric[0], hubGeneric[1], seedSeconds, dueDateIndexed() ? "present" : "missing", databaseSpecifics(hubPage, hubApi, hubGeneric));
    Files.createDirectories(Path.of("target", "benchmarks"));
    Files.writeString(Path.of("target", "benchmarks", "tasklist-at-scale-" + database() + ".md"), report);
    System.out.println("Tasklist at scale (" + database() + "):\n" + report);

    assertThat(dueDateIndexed()).as("dnr_idx_task_due (EngineIndexes)").isTrue();
    assertThat(hubPage[0]).as("median ms of an officer's first page").isLessThan(1000);
    assertThat(overduePage[0]).as("median ms of the supervisors' overdue page").isLessThan(1000);
  }

  private void seed(int n, java.util.function.IntConsumer start) {
    for (int from = 0; from < n; from += PER_TRANSACTION) {
      int first = from;
      transactions.executeWithoutResult(s -> {
        for (int i = first; i < Math.min(n, first + PER_TRANSACTION); i++) {
          start.accept(i);
        }
      });
    }
  }

  /** The hub's first page; a query made with {@code new TaskQueryImpl()} runs inside the command that runs it. */
  private static TaskQuery hubQuery(TaskQuery query) {
    return query.taskCandidateGroup("astana-hub").orderByDueDate().asc();
  }

  private Filter filter(String namePrefix) {
    return engine.getFilterService().createFilterQuery().filterNameLike(namePrefix + "%").singleResult();
  }

  private List<Task> page(Filter filter, String user) {
    List<Task> tasks = new ArrayList<>();
    driver.as(user, () -> tasks.addAll(engine.getFilterService().listPage(filter.getId(), 0, 15)));
    return tasks;
  }

  private long count(Filter filter, String user) {
    long[] count = new long[1];
    driver.as(user, () -> count[0] = engine.getFilterService().count(filter.getId()));
    return count[0];
  }

  /**
   * Median and slowest of 25 runs of each query after 5 warm-up runs, in ms. The queries take turns, so a spell of
   * load on the machine weighs on each of them alike and the comparisons between them hold; {@code between} runs
   * before each round, untimed.
   */
  private static double[][] time(Runnable between, Supplier<?>... queries) {
    for (int i = 0; i < 5; i++) {
      between.run();
      for (Supplier<?> query : queries) {
        query.get();
      }
    }
    double[][] ms = new double[queries.length][25];
    for (int i = 0; i < 25; i++) {
      between.run();
      for (int q = 0; q < queries.length; q++) {
        long start = System.nanoTime();
        queries[q].get();
        ms[q][i] = (System.nanoTime() - start) / 1e6;
      }
    }
    double[][] times = new double[queries.length][];
    for (int q = 0; q < queries.length; q++) {
      Arrays.sort(ms[q]);
      times[q] = new double[] {ms[q][ms[q].length / 2], ms[q][ms[q].length - 1]};
    }
    return times;
  }

  org.springframework.jdbc.core.JdbcTemplate jdbc() {
    return new org.springframework.jdbc.core.JdbcTemplate(dataSource);
  }

  private boolean dueDateIndexed() throws Exception {
    try (var c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String table = meta.storesUpperCaseIdentifiers() ? "ACT_RU_TASK" : "act_ru_task";
      try (ResultSet rs = meta.getIndexInfo(null, null, table, false, true)) {
        while (rs.next()) {
          if ("dnr_idx_task_due".equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
