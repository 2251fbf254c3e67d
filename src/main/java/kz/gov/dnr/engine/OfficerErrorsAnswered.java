package kz.gov.dnr.engine;

import kz.gov.dnr.casefile.steps.FormRefused;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * What an officer has to correct, or was too late for, is answered as the officer's error (400, its message shown
 * by Tasklist), not as the server's (500 with a stack trace in the log):
 * <ul>
 * <li>The engine wraps whatever a task listener throws in "ENGINE-03051 There was an exception while invoking the
 * TaskListener", which its REST API answers with 500 and its command context logs as an ERROR. A {@link FormRefused}
 * ({@code casefile.steps}) is thrown as itself, which the REST API answers with 400 "Cannot submit task form …:
 * &lt;what to correct&gt;"; the log keeps one DEBUG line ({@code logging.ClientFaultFilter}).</li>
 * <li>Two officers of one group claim the same task: the engine's {@link TaskAlreadyClaimedException} is no
 * {@code BadUserRequestException}, so the REST API answers the second with 500 and logs a warning with a stack
 * trace. It becomes {@link ClaimTaken}: 400, naming who has the task.</li>
 * <li>An officer's Tasklist still lists a task another officer has completed (or the case moved on past it, or a
 * timer ended it): claiming, opening or submitting it fails in the engine with "Cannot find task with id …: task is
 * null" (mostly a {@code NullValueException}, which the REST API answers with 500). It becomes {@link TaskGone}: 400,
 * telling the officer what happened and to refresh the list.</li>
 * </ul>
 * Inside the command, so the command context logs the answer at its level for a user's error. Every other exception
 * passes unchanged.
 */
@Component
public class OfficerErrorsAnswered extends InsideCommandPlugin {

  @Override
  protected CommandInterceptor interceptor() {
    return new Answer();
  }

  /** Another officer claimed the task first. */
  public static class ClaimTaken extends BadUserRequestException {

    private static final long serialVersionUID = 1L;

    ClaimTaken(TaskAlreadyClaimedException cause) {
      super("Бұл тапсырманы " + cause.getTaskAssignee() + " алып қойған / Задачу уже взял(а) " + cause.getTaskAssignee()
          + " / This task is already claimed by " + cause.getTaskAssignee() + " (" + cause.getTaskId() + ")", cause);
    }
  }

  /**
   * The task an officer acts on was completed or ended meanwhile. A {@code BadUserRequestException} for claim,
   * and form reads; completing a task or submitting its form, whose REST resources answer 400 only for a form's own
   * validation, get the same words as {@link FormOfTaskGone}.
   */
  public static class TaskGone extends NotFoundException {

    private static final long serialVersionUID = 1L;

    static final String ENGINE_MESSAGE = "Cannot find task with id";
    static final String MESSAGE = "Бұл тапсырма жабылған: оны басқа қызметкер орындады немесе іс келесі кезеңге өтті,"
        + " тізімді жаңартыңыз / Задача уже закрыта: её выполнил другой сотрудник или дело перешло дальше, обновите"
        + " список / This task no longer exists: another officer completed it or the case moved on, refresh the list";

    TaskGone(ProcessEngineException cause) {
      super(MESSAGE, cause);
    }

    static boolean isTaskMissing(ProcessEngineException e) {
      return !(e instanceof TaskGone) && e.getMessage() != null && e.getMessage().startsWith(ENGINE_MESSAGE);
    }

    static ProcessEngineException answering(Command<?> command, ProcessEngineException e) {
      return command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd ? new FormOfTaskGone(e)
          : new TaskGone(e);
    }
  }

  /** {@link TaskGone}, for a form submitted on it. */
  public static class FormOfTaskGone extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    FormOfTaskGone(ProcessEngineException cause) {
      super(null, TaskGone.MESSAGE, cause);
    }
  }

  static final class Answer extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (TaskAlreadyClaimedException e) {
        throw new ClaimTaken(e);
      } catch (ProcessEngineException e) {
        if (TaskGone.isTaskMissing(e)) {
          throw TaskGone.answering(command, e);
        }
        FormRefused refused = FormRefused.in(e);
        throw refused != null ? refused : e;
      }
    }
  }
}
