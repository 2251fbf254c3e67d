package kz.gov.dnr.engine;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * What the model gives a task is not changed by hand, through Tasklist or {@code PUT /engine-rest/task/{id}}:
 * <ul>
 * <li>its due date, the order's deadline (D1–D8, computed by the deadline service when the task is created), so
 * the supervisors' overdue filters keep showing what is overdue (the deadline's timers do not depend on it);</li>
 * <li>its name and description, the three-language title officers find it by and the text citing the order's
 * paragraphs it carries out (a {@code PUT} that leaves them out would blank them).</li>
 * </ul>
 * Each is answered 400 with what was refused. The follow-up date stays each officer's own, and priority may be
 * changed as before, by whoever may.
 */
@Component
public class TasksKeepTheirModel extends BeforeCommandCheck {

  @Override
  protected void check(Command<?> command) {
    TaskChange change = TaskChange.of(command);
    if (change == null || change.stored().getTaskDefinition() == null) {
      return;
    }
    TaskEntity stored = change.stored();
    TaskEntity changed = change.changed();
    if (stored.getTaskDefinition().getDueDateExpression() != null
        && !sameInstant(stored.getDueDate(), changed.getDueDate())) {
      throw new BadUserRequestException("Мерзімді бұйрық белгілейді / Срок установлен приказом / The due date is"
          + " the order's deadline and is not changed by hand (" + stored.getTaskDefinitionKey() + ")");
    }
    if (!Objects.equals(stored.getName(), changed.getName())
        || !Objects.equals(stored.getDescription(), changed.getDescription())) {
      throw new BadUserRequestException("Тапсырманың атауы мен сипаттамасын модель белгілейді / Название и описание"
          + " задачи задаёт модель / The task's name and description are the model's and are not changed by hand ("
          + stored.getTaskDefinitionKey() + "; send them as the task has them: name '" + stored.getName() + "')");
    }
  }

  /** The database gives a {@code Timestamp}, a client a {@code Date}: equal when they name the same instant. */
  private static boolean sameInstant(Date a, Date b) {
    return a == null ? b == null : b != null && a.getTime() == b.getTime();
  }
}
