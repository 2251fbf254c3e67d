package kz.gov.dnr.residencecard;

/** Ids of {@code processes/dnr-residence-permit.bpmn} named in code and tests. */
public final class ResidenceCardModel {

  public static final String PROCESS = "dnr-residence-permit";
  public static final String MESSAGE_APPLICATION = "ResidenceCardApplicationReceived";
  public static final String TASK_VERIFY_FEE = "Task_VerifyCardFee";
  public static final String ERROR_FEE = "Error_FeeNotVerified";
  public static final String ERROR_CODE = "FEE_NOT_VERIFIED";
  public static final String TASK_ISSUE = "Task_IssueCard";
  public static final String TASK_SEND = "Task_SendCardIssue";
  public static final String TASK_FEE_REJECTED = "Task_TellFeeRejected";
  public static final String END_ISSUED = "End_CardIssued";
  public static final String END_FEE_REJECTED = "End_FeeRejected";

  private ResidenceCardModel() {
  }
}
