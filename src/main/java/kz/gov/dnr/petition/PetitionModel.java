package kz.gov.dnr.petition;

/** Ids of {@code processes/dnr-petition.bpmn} that code and tests name; a model test checks they exist. */
public final class PetitionModel {

  public static final String PROCESS = "dnr-petition";
  public static final String TASK_PRE_CHECKS = "Task_PreChecks";
  public static final String TASK_SCREEN = "Task_ScreenApplication";
  public static final String TASK_OFFER_SLOTS = "Task_OfferInterviewSlots";
  public static final String TIMER_D1 = "Timer_D1_Admission";
  public static final String TASK_D1_BREACH = "Task_RecordD1Breach";
  public static final String TASK_SEND_INVITATION = "Task_SendInvitation";
  public static final String GATEWAY_AWAIT_BOOKING = "Gateway_AwaitBooking";
  public static final String EVENT_BOOKED = "Event_InterviewBooked";
  public static final String TIMER_BOOKING = "Timer_BookingWindow";
  public static final String TASK_INTERVIEW = "Task_ConductInterview";
  public static final String TASK_MINISTRY = "Task_MinistryDecision";
  public static final String TASK_SIGN = "Task_SignPetition";
  public static final String TASK_PUBLISH = "Task_PublishPetition";
  public static final String TASK_REFUSAL = "Task_NotifyRefusal";
  public static final String TASK_WITHDRAWN = "Task_NotifyWithdrawn";
  public static final String END_SIGNED = "End_PetitionSigned";
  public static final String END_REFUSED = "End_PetitionRefused";
  public static final String END_WITHDRAWN = "End_Withdrawn";
  public static final String MESSAGE_BOOKED = "InterviewBooked";

  private PetitionModel() {
  }
}
