package kz.gov.dnr.engine;

import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * A task's due date is the order's deadline (D1–D8, computed by the deadline service when the task is created), so
 * no one moves it by hand: Tasklist's "set due date" (and {@code PUT /engine-rest/task/{id}}) on a task whose model
 * gives it a due date is answered 400, and the supervisors' overdue filters keep showing what is overdue. The
 * deadline's timers do not depend on it; this keeps what officers and supervisors see true. Other properties of
 * the task (follow-up date, priority, description) may be changed as before, by whoever may.
 */
@Component
public class DueDatesKept extends BeforeCommandCheck {

  @Override
  protected void check(Command<?> command) {
    TaskChange change = TaskChange.of(command);
    if (change != null && change.stored().getTaskDefinition() != null
        && change.stored().getTaskDefinition().getDueDateExpression() != null
        && !sameInstant(change.stored().getDueDate(), change.changed().getDueDate())) {
      throw new BadUserRequestException("Мерзімді бұйрық белгілейді / Срок установлен приказом / The due date is"
          + " the order's deadline and is not changed by hand (" + change.stored().getTaskDefinitionKey() + ")");
    }
  }

  /** The database gives a {@code Timestamp}, a client a {@code Date}: equal when they name the same instant. */
  private static boolean sameInstant(Date a, Date b) {
    return a == null ? b == null : b != null && a.getTime() == b.getTime();
  }
}
