package kz.gov.dnr.casefile.steps;

import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.CaseOutcome;
import kz.gov.dnr.casefile.CaseRegistry;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.engine.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * At each end of {@code dnr-case}: records the case's outcome (the end event's {@code outcome} property)
 * and releases the person's live-case lock (V12), so a new application becomes possible, subject to the bars.
 */
@Component("caseClosure")
@CalledFromModels
public class CaseClosure implements ExecutionListener {

  private final CaseRegistry registry;
  private final CaseJournal journal;

  public CaseClosure(CaseRegistry registry, CaseJournal journal) {
    this.registry = registry;
    this.journal = journal;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FlowElement end = execution.getBpmnModelElementInstance();
    CaseOutcome outcome = CaseOutcome.valueOf(ModelProperties.require(end, "outcome"));
    registry.close(execution.getProcessBusinessKey(), outcome);
    journal.record(execution.getProcessBusinessKey(), "CASE_CLOSED", null, "Case closed: " + outcome
        + " (" + end.getName() + ")");
  }
}
