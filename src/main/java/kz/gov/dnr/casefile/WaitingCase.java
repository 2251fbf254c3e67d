package kz.gov.dnr.casefile;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Which process instance of a case waits for a given message: the only one an outside answer may reach. */
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
}
