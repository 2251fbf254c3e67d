package kz.gov.dnr.casefile;

import java.util.Map;
import java.util.Optional;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.ProblemKind;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Which process instance of a case waits for a given message: the only one an outside answer may reach; and
 * the delivery of that answer, which is a 409 problem when the instance moved on meanwhile.
 */
@Component
public class WaitingCase {

  private final RuntimeService runtime;

  public WaitingCase(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public Optional<ProcessInstance> waitingFor(String caseNumber, String message) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .filter(pi -> runtime.createEventSubscriptionQuery().processInstanceId(pi.getId()).eventName(message).count() > 0)
        .findFirst();
  }

  /**
   * Correlates {@code message} with its variables to {@code target}; when the instance no longer waits (another
   * request or a timer came first) the caller gets "Case … is no longer waiting for {@code what}" as a 409.
   */
  public void deliver(String caseNumber, ProcessInstance target, String message, Map<String, Object> variables,
      String what) {
    try {
      runtime.createMessageCorrelation(message).processInstanceId(target.getId()).setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
      throw new ApiException(ProblemKind.CONFLICT, "Case " + caseNumber + " is no longer waiting for " + what);
    }
  }
}
