package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

/** The history level audit-operation-log: audit's rows and the user operation log, under audit's id. */
class TaskOperationsInHistoryTest {

  @Test
  void writesWhatAuditWritesAndTheOperationLogNothingMore() {
    for (HistoryEventTypes type : HistoryEventTypes.values()) {
      boolean expected = type == HistoryEventTypes.USER_OPERATION_LOG
          || HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(type, null);
      assertThat(TaskOperationsInHistory.LEVEL.isHistoryEventProduced(type, null)).as(type.name()).isEqualTo(expected);
    }
    assertThat(HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(HistoryEventTypes.USER_OPERATION_LOG, null))
        .as("audit alone writes no operation log").isFalse();
  }

  /** A database made at audit starts with this level, and again with audit; not with full (the check is live). */
  @Test
  void aDatabaseMadeAtAuditStartsWithItAndBackWithoutAMigration() {
    String url = "jdbc:h2:mem:history-level-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    engine(url, "audit", true).close();
    ProcessEngine withLog = engine(url, TaskOperationsInHistory.NAME, false);
    assertThat(((ProcessEngineConfigurationImpl) withLog.getProcessEngineConfiguration()).getHistoryLevel())
        .isSameAs(TaskOperationsInHistory.LEVEL);
    withLog.close();
    engine(url, "audit", false).close();
    assertThatThrownBy(() -> engine(url, "full", false)).hasMessageContaining("historyLevel mismatch");
  }

  private static ProcessEngine engine(String url, String history, boolean create) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("history-level-" + System.nanoTime());
    configuration.setJdbcUrl(url);
    configuration.setDatabaseSchemaUpdate(create ? ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE
        : ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(history);
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    new TaskOperationsInHistory().preInit(configuration);
    return configuration.buildProcessEngine();
  }
}
