package kz.gov.dnr.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * Registers the history level {@value #NAME} ({@code camunda.bpm.history-level}): the engine's {@code audit} level
 * and the user operation log, which Camunda writes at {@code full} only. Tasklist's <em>History</em> tab of a task
 * shows that log to those who read the history of the task's process, the supervisors: who claimed the task, gave it
 * back, assigned it to whom, moved its dates, and when. At {@code audit} the tab stays empty; {@code full} would also
 * write a row for every update of every variable, every job run and every form field, which a case does not need
 * (README "Logs and history").
 *
 * <p>The engine writes the log for commands an authenticated user gives (Tasklist, Cockpit, the engine's REST API),
 * not for its jobs. The level keeps {@code audit}'s id: the database's {@code historyLevel} property names the
 * history the engine keeps in its tables, and this level keeps the same rows plus those of a table every level
 * creates ({@code ACT_HI_OP_LOG}), so a database made at {@code audit} starts with it, and again with {@code audit},
 * without a migration.
 */
@Component
public class TaskOperationsInHistory extends AbstractProcessEnginePlugin {

  /** The level's name, as {@code camunda.bpm.history-level} names it. */
  public static final String NAME = "audit-operation-log";
  static final HistoryLevel LEVEL = new AuditWithOperationLog();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(LEVEL);
    configuration.setCustomHistoryLevels(levels);
  }

  /** {@code audit} and the user operation log. */
  static final class AuditWithOperationLog extends AbstractHistoryLevel {

    @Override
    public int getId() {
      return HistoryLevel.HISTORY_LEVEL_AUDIT.getId();
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return eventType == HistoryEventTypes.USER_OPERATION_LOG
          || HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity);
    }
  }
}
