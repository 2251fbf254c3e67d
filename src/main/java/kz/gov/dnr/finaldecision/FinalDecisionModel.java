package kz.gov.dnr.finaldecision;

/** Ids of {@code processes/dnr-final-decision.bpmn} named in code and tests. */
public final class FinalDecisionModel {

  public static final String PROCESS = "dnr-final-decision";
  public static final String MESSAGE_APPLICATION = "FinalApplicationReceived";
  public static final String TASK_FEE_USE = "Task_RegisterFinalFeeUse";
  public static final String TASK_PSC_CHECK = "Task_PscCheck";
  public static final String TIMER_D7 = "Timer_D7_PscCheck";
  public static final String TASK_PSC_RETURN = "Task_SendPscReturn";
  public static final String END_RETURNED = "End_ReturnedAtPsc";
  public static final String TASK_DISPATCH = "Task_DispatchOriginals";
  public static final String TASK_RECEIVE = "Task_ReceiveOriginals";
  public static final String TASK_BORDER = "Task_BorderCrossings";
  public static final String TASK_FINGERPRINTS = "Task_FingerprintCheck";
  public static final String TASK_RECORDS = "Task_FinalRecordChecks";
  public static final String TASK_DECISION = "Task_FinalDecision";
  public static final String TIMER_D8 = "Timer_D8_FinalCheck";
  public static final String TASK_GRANT = "Task_SendPrpDecision";
  public static final String TASK_REFUSE = "Task_SendPrpRefusal";
  public static final String END_GRANTED = "End_Granted";
  public static final String END_REFUSED = "End_Refused";

  private FinalDecisionModel() {
  }
}
