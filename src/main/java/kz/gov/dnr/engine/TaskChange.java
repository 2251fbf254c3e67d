package kz.gov.dnr.engine;

import static kz.gov.dnr.engine.CommandFields.field;
import static kz.gov.dnr.engine.CommandFields.read;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A task saved as a whole ({@code TaskService.saveTask}, {@code PUT /engine-rest/task/{id}}, Tasklist's "set due
 * date"): the task as stored, beside the task as the caller changed it.
 */
record TaskChange(TaskEntity stored, TaskEntity changed) {

  private static final Field SAVE_TASK = field(SaveTaskCmd.class, "task");

  /** The change a command makes to a stored task; null for any other command (and for a new task). */
  static TaskChange of(Command<?> command) {
    if (!(command instanceof SaveTaskCmd) || !(read(command, SAVE_TASK) instanceof TaskEntity changed)
        || changed.getId() == null) {
      return null;
    }
    TaskEntity stored = Context.getCommandContext().getTaskManager().findTaskById(changed.getId());
    return stored == null ? null : new TaskChange(stored, changed);
  }
}
