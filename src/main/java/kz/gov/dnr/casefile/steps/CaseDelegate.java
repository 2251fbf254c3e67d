package kz.gov.dnr.casefile.steps;

import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.engine.ProcessJson;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The shared chores of every delegate, done once: the case number in the log context (never personal
 * data), a debug line per step, and a {@link BusinessRefusal} turned into the {@link BpmnError} the model
 * catches. Subclasses only read variables, call a service and write results.
 */
public abstract class CaseDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CaseDelegate.class);

  @Override
  public final void execute(DelegateExecution execution) throws Exception {
    String previous = MDC.get("caseNumber");
    MDC.put("caseNumber", execution.getProcessBusinessKey());
    try {
      LOG.debug("{} in {}", execution.getCurrentActivityId(), execution.getProcessDefinitionId());
      run(execution);
    } catch (BusinessRefusal refusal) {
      throw new BpmnError(refusal.code(), refusal.getMessage());
    } finally {
      if (previous == null) {
        MDC.remove("caseNumber");
      } else {
        MDC.put("caseNumber", previous);
      }
    }
  }

  protected abstract void run(DelegateExecution execution) throws Exception;

  protected static String caseNumber(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  protected static Applicant applicant(DelegateExecution execution) {
    return ProcessJson.read(execution, "applicant", Applicant.class);
  }

  /** A refusal the model handles with an error boundary event of this code. */
  public static class BusinessRefusal extends RuntimeException {
    private final String code;

    public BusinessRefusal(String code, String message) {
      super(message);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
