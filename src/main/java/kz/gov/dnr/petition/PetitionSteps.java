package kz.gov.dnr.petition;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import kz.gov.dnr.calendar.DeadlineService;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.calendar.Term;
import kz.gov.dnr.calendar.TermKind;
import kz.gov.dnr.casefile.Applicant;
import kz.gov.dnr.casefile.CaseJournal;
import kz.gov.dnr.casefile.steps.CaseDelegate;
import kz.gov.dnr.casefile.steps.FormRefused;
import kz.gov.dnr.casefile.steps.FormValues;
import kz.gov.dnr.documents.DocumentFacts;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.GeneratedDocument;
import kz.gov.dnr.documents.StoredDocument;
import kz.gov.dnr.engine.CalledFromModels;
import kz.gov.dnr.engine.ProcessJson;
import kz.gov.dnr.notifications.ApplicantLetters;
import kz.gov.dnr.notifications.Channel;
import kz.gov.dnr.outside.ApplicantCabinet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The delegates of {@code dnr-petition} (§4–§9): each reads variables, calls a service, writes results. */
public final class PetitionSteps {

  static final Set<Channel> PORTAL_AND_EMAIL = Set.of(Channel.ASTANAHUB_CABINET, Channel.EMAIL);

  private PetitionSteps() {
  }

  /** R4.3, R28.1, V1–V3, V11: the screener's checklist. */
  @Component("petitionPreChecks")
  @CalledFromModels
  public static class PreChecks extends CaseDelegate {
    private final PetitionChecklist checklist;

    public PreChecks(PetitionChecklist checklist) {
      this.checklist = checklist;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Date received = (Date) execution.getVariable("applicationReceivedAt");
      List<CheckItem> items = checklist.check(caseNumber(execution), applicant(execution),
          (String) execution.getVariable("criminalRecordLegalisation"),
          received.toInstant().atZone(Kazakhstan.ZONE).toLocalDate());
      execution.setVariable("checklist", ProcessJson.of(items));
      execution.setVariable("checklistPassed", items.stream().allMatch(CheckItem::passed));
    }
  }

  /** R6.1: the times the screener offers, checked when the task is completed. */
  @Component("interviewSlotsOffered")
  @CalledFromModels
  public static class SlotsOffered implements TaskListener {
    private final DeadlineService deadlines;
    private final CaseJournal journal;

    public SlotsOffered(DeadlineService deadlines, CaseJournal journal) {
      this.deadlines = deadlines;
      this.journal = journal;
    }

    @Override
    public void notify(DelegateTask task) {
      List<Instant> slots;
      try {
        slots = InterviewSlots.parse(List.of(nz(FormValues.text(task, "slot1")), nz(FormValues.text(task, "slot2")),
            nz(FormValues.text(task, "slot3"))), deadlines.now());
      } catch (IllegalArgumentException e) {
        throw new FormRefused(e.getMessage());
      }
      task.setVariable("interviewSlots", ProcessJson.of(slots.stream().map(InterviewSlots::iso).toList()));
      task.setVariable("interviewSlotsText", String.join("; ", slots.stream().map(InterviewSlots::show).toList()));
      journal.record(task.getExecution().getProcessBusinessKey(), "INTERVIEW_SLOTS_OFFERED", task.getAssignee(),
          "Interview times offered: " + String.join("; ", slots.stream().map(InterviewSlots::show).toList()));
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }

  /** R6.1: the invitation with the offered times, to the portal cabinet and by e-mail. */
  @Component("interviewInvitation")
  @CalledFromModels
  public static class Invitation extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public Invitation(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      int days = Integer.parseInt(String.valueOf(execution.getVariable("bookingDays")));
      Instant now = deadlines.now();
      Term booking = deadlines.term(now, days, TermKind.CALENDAR_DAYS);
      List<String> slots = ProcessJson.readList(execution, "interviewSlots", String.class).stream()
          .map(s -> InterviewSlots.show(InterviewSlots.read(s).orElseThrow())).toList();
      letters.send(GeneratedDocument.INTERVIEW_INVITATION, DocumentFacts.of(caseNumber(execution), now, applicant(execution))
          .slots(slots).lastDay(booking.lastDay()).build(), PORTAL_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("bookingDeadline", Date.from(booking.endsAt()));
    }
  }

  /** R9.1: a refusal at screening or by the ministry, with its reasons. */
  @Component("petitionRefusal")
  @CalledFromModels
  public static class Refusal extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public Refusal(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      boolean ministry = "REFUSE".equals(execution.getVariable("ministryDecision"));
      String prefix = ministry ? "ministry" : "screening";
      List<String> reasons = FormValues.reasons(execution, prefix + "Reasons", prefix + "Comment");
      String stage = ministry
          ? "Министрлік шешімі / Решение министерства / Ministry decision"
          : "Құжаттарды тексеру / Проверка документов / Screening";
      letters.send(GeneratedDocument.SCREENING_REFUSAL, DocumentFacts.of(caseNumber(execution), deadlines.now(),
          applicant(execution)).reasons(reasons).stage(stage).build(), PORTAL_AND_EMAIL, execution.getProcessInstanceId());
      execution.setVariable("petitionOutcome", "REFUSED");
    }
  }

  /** No interview time booked in the booking window: the application is treated as withdrawn (interpretation). */
  @Component("applicationWithdrawn")
  @CalledFromModels
  public static class Withdrawn extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public Withdrawn(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      letters.tell(caseNumber(execution), DocumentFacts.of(caseNumber(execution), deadlines.now(), applicant(execution)).build(),
          PORTAL_AND_EMAIL, GeneratedDocument.INTERVIEW_INVITATION,
          "Бейнесұхбат уақыты белгіленген мерзімде таңдалмады, өтінім кері қайтарылды деп саналады.",
          "Время видеособеседования не выбрано в срок; заявка считается отозванной.",
          "No interview time was booked in time; the application is treated as withdrawn.");
      execution.setVariable("petitionOutcome", "WITHDRAWN");
    }
  }

  /** R8.1: the ministry's signed petition, stored with the case and sent to the applicant. */
  @Component("petitionDocument")
  @CalledFromModels
  public static class Petition extends CaseDelegate {
    private final ApplicantLetters letters;
    private final DeadlineService deadlines;

    public Petition(ApplicantLetters letters, DeadlineService deadlines) {
      this.letters = letters;
      this.deadlines = deadlines;
    }

    @Override
    protected void run(DelegateExecution execution) {
      Instant now = deadlines.now();
      String result = InterviewResult.wording(execution.getVariable("interviewAssessment"),
          execution.getVariable("interviewRecommendation"));
      StoredDocument petition = letters.send(GeneratedDocument.PETITION, DocumentFacts.of(caseNumber(execution), now,
          applicant(execution)).interviewResult(result)
          .signatory("ЖИЦДМ / МИИЦР — Ministry of Artificial Intelligence and Digital Development").build(),
          Set.of(Channel.EMAIL), execution.getProcessInstanceId());
      execution.setVariable("petitionDocumentId", petition.id());
      execution.setVariable("petitionSignedAt", Date.from(now));
      execution.setVariable("petitionOutcome", "SIGNED");
    }
  }

  /** §8: the signed petition is placed in the applicant's astanahub.com cabinet (an outside call, retried). */
  @Component("petitionPublication")
  @CalledFromModels
  public static class Publication extends CaseDelegate {
    private final DocumentStore store;
    private final ApplicantCabinet cabinet;
    private final CaseJournal journal;

    public Publication(DocumentStore store, ApplicantCabinet cabinet, CaseJournal journal) {
      this.store = store;
      this.cabinet = cabinet;
      this.journal = journal;
    }

    @Override
    protected void run(DelegateExecution execution) {
      long id = ((Number) execution.getVariable("petitionDocumentId")).longValue();
      DocumentStore.Content c = store.read(caseNumber(execution), id).orElseThrow();
      Applicant a = applicant(execution);
      cabinet.publishDocument(ApplicantCabinet.Portal.ASTANAHUB, caseNumber(execution), a.iin(),
          GeneratedDocument.PETITION.code(),
          new ApplicantCabinet.Attachment(c.document().fileName(), c.document().contentType(), c.bytes()));
      journal.record(caseNumber(execution), "PETITION_PUBLISHED", null,
          "petition placed in the applicant's astanahub.com cabinet");
    }
  }

}
