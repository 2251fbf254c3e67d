package kz.gov.dnr.engine;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A check of what a command was asked before it runs, inside its command context (so it may read the task the
 * command names): a refusal thrown here changes nothing. The checks that keep officers' work to what the order
 * gives them ({@link FormRulesHeld}, {@link TasksStayInTheirGroups}, {@link TasksKeepTheirModel},
 * {@link TasksEndByTheirForms}) are each one of these.
 */
public abstract class BeforeCommandCheck extends InsideCommandPlugin {

  /** Throws to refuse the command; returns to let it run. */
  protected abstract void check(Command<?> command);

  @Override
  protected final CommandInterceptor interceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        check(command);
        return next.execute(command);
      }
    };
  }
}
