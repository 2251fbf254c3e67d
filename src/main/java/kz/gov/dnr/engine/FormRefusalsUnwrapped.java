package kz.gov.dnr.engine;

import kz.gov.dnr.casefile.steps.FormRefused;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws in "ENGINE-03051 There was an exception while invoking the
 * TaskListener", which its REST API answers with 500 and its command context logs as an ERROR with a stack
 * trace. A {@link FormRefused} ({@code casefile.steps}) is the officer's to correct: inside the command (before the command context sees
 * it) this interceptor throws the refusal itself, which the REST API answers with 400 "Cannot submit task form
 * …: &lt;what to correct&gt;", shown by Tasklist; the log keeps one DEBUG line ({@code logging.ClientFaultFilter}).
 * Every other exception passes unchanged.
 */
@Component
public class FormRefusalsUnwrapped extends InsideCommandPlugin {

  @Override
  protected CommandInterceptor interceptor() {
    return new Unwrap();
  }

  static final class Unwrap extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        FormRefused refused = FormRefused.in(e);
        throw refused != null ? refused : e;
      }
    }
  }
}
