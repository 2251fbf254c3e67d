package kz.gov.dnr.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.gov.dnr.casefile.steps.TaskFormContext;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies {@link TaskFormContext} puts on every user task for its form and its Tasklist card (the
 * case's document links, the case number, the applicant's name) out of the history tables. They repeat what
 * the case holds (the document store, the process's own variables, the business key) and vanish with the task;
 * written to history they cost every task a historic variable row per copy and a byte array of 1.5–5.5 KB
 * for the document list, kept for the five years of the history's time to live, and showed the same case number and
 * name several times over among a case's historic variables. Everything else goes to the engine's own database
 * history handler unchanged; the history level stays {@code audit}, so existing databases start as before.
 */
@Component
public class FormCopiesOutOfHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(0, new WithoutFormCopies(new DbHistoryEventHandler(), TaskFormContext.TASK_COPIES));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** The engine's database history handler, minus the variable events of the given task-local variables. */
  static final class WithoutFormCopies implements HistoryEventHandler {
    private final HistoryEventHandler database;
    private final Set<String> copies;

    WithoutFormCopies(HistoryEventHandler database, Set<String> copies) {
      this.database = database;
      this.copies = copies;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isFormCopy(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      for (HistoryEvent event : events) {
        handleEvent(event);
      }
    }

    boolean isFormCopy(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
          && copies.contains(variable.getVariableName());
    }
  }
}
