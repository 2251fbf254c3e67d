package kz.gov.dnr.preliminary;

/** Ids of {@code processes/dnr-preliminary-approval.bpmn} (and its messages in dnr-case) named in code and tests. */
public final class PreliminaryModel {

  public static final String PROCESS = "dnr-preliminary-approval";
  public static final String MESSAGE_APPLICATION = "PrpApplicationReceived";
  public static final String MESSAGE_RESUBMISSION = "PrpResubmission";
  public static final String MESSAGE_NSC = "NscDecision";
  public static final String TASK_FEE_USE = "Task_RegisterFeeUse";
  public static final String SUBPROCESS = "SubProcess_Consideration";
  public static final String TIMER_D5 = "Timer_D5_Consideration";
  public static final String TASK_REGISTER = "Task_RegisterApplication";
  public static final String TIMER_D2 = "Timer_D2_Registration";
  public static final String TASK_RECORD_CHECKS = "Task_RecordChecks";
  public static final String TASK_SEND_TO_BERKUT = "Task_SendToBerkut";
  public static final String TASK_AWAIT_NSC = "Task_AwaitNscDecision";
  public static final String TIMER_D4 = "Timer_D4_NscApproval";
  public static final String TASK_REMIND_NSC = "Task_RemindNsc";
  public static final String TASK_DECISION = "Task_PreliminaryDecision";
  public static final String TASK_RETURN_NOTICE = "Task_SendReturnNotice";
  public static final String GATEWAY_AWAIT_RESUBMISSION = "Gateway_AwaitResubmission";
  public static final String TIMER_D3 = "Timer_D3_Rework";
  public static final String TASK_DELETE = "Task_DeleteApplication";
  public static final String TASK_APPROVAL = "Task_SendApproval";
  public static final String TASK_REFUSAL = "Task_SendRefusal";
  public static final String END_APPROVED = "End_Approved";
  public static final String END_REFUSED = "End_Refused";
  public static final String END_DELETED = "End_Deleted";

  private PreliminaryModel() {
  }
}
