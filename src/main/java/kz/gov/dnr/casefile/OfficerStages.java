package kz.gov.dnr.casefile;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.gov.dnr.security.DnrGroup;

/**
 * R0.4, least privilege per role: an officer group reads of a case what belongs to the stages it works, not the
 * whole file. Each stage names the groups that work it, its documents (by code) and its journal entries (by kind):
 * Astana Hub and the ministry the petition application (§4) and what stage 1 produced; the migration service the
 * eGov application (§10) and the PSC application (§20), with the petition and the decisions it takes, but not the
 * CV, portfolio or motivation letter; a PSC what it checks and hands on (§20, §26) and the decisions it works
 * from. Every officer reads the entries about the case as a whole ({@link #EVERY_STAGE}); the security checks
 * ({@link CaseJournal#SECURITY_CHECKS}) only the migration service, which runs them. An entry of a kind no stage
 * names is read by no officer. Supervisors, administrators and the portals are decided in {@link CaseAccess}.
 */
public enum OfficerStages {

  PETITION(Set.of(DnrGroup.ASTANA_HUB, DnrGroup.MDAI),
      Set.of("passport", "photo", "diploma", "portfolio", "training-certificate", "cv", "motivation-letter",
          "criminal-record", "interview-invitation", "screening-refusal", "petition"),
      Set.of("SCREENING_DECISION", "INTERVIEW_SLOTS_OFFERED", "INTERVIEW_BOOKED", "MINISTRY_DECISION",
          "PETITION_PUBLISHED")),
  PRELIMINARY(Set.of(DnrGroup.MIGRATION_SERVICE),
      Set.of("passport", "photo", "criminal-record", "questionnaire", "questionnaire-signature", "petition",
          "return-notice", "deletion-notice", "preliminary-approval", "preliminary-refusal", "annulment-notice",
          "consent-form"),
      Set.of("PRP_APPLICATION_RECEIVED", "PRP_RESUBMITTED", "REGISTRATION_DECISION", CaseJournal.RECORD_CHECKS,
          CaseJournal.NSC_REQUESTED, CaseJournal.NSC_DECISION, CaseJournal.NSC_REMINDED, "PRELIMINARY_DECISION",
          "APPLICATION_DELETED")),
  FINAL(Set.of(DnrGroup.MIGRATION_SERVICE, DnrGroup.PSC),
      Set.of("passport", "photo", "criminal-record", "questionnaire", "petition", "medical-certificate",
          "fingerprint-certificate", "housing-contract", "consent-form", "preliminary-approval", "prp-decision",
          "prp-refusal", "psc-return-notice"),
      Set.of("FINAL_APPLICATION_RECEIVED", "PSC_CHECK", "ORIGINALS_DISPATCHED", "ORIGINALS_RECEIVED",
          CaseJournal.RECORD_CHECKS, "FINAL_DECISION")),
  CARD(Set.of(DnrGroup.PSC),
      Set.of("passport", "fee-receipt", "prp-decision", "residence-card-issue"),
      Set.of("CARD_APPLICATION_RECEIVED", "CARD_FEE_REJECTED", "CARD_ISSUED"));

  /** Entries about the case as a whole, read by every officer who may read the case. */
  public static final Set<String> EVERY_STAGE = Set.of("APPLICATION_RECEIVED", "DOCUMENT_SENT", "APPLICANT_TOLD",
      "DEADLINE_BREACHED", "CASE_CLOSED");

  private final Set<DnrGroup> groups;
  private final Set<String> documents;
  private final Set<String> entries;

  OfficerStages(Set<DnrGroup> groups, Set<String> documents, Set<String> entries) {
    this.groups = groups;
    this.documents = documents;
    this.entries = entries;
  }

  /** Whether one of these groups reads documents of this code; a group that is no officer group reads none. */
  public static boolean readsDocument(Collection<String> groups, String code) {
    return worked(groups).anyMatch(s -> s.documents.contains(code));
  }

  /**
   * Which documents a task of these candidate groups links in its form, by code: an officer group's task those the
   * group reads, a supervisors' task (a review of a missed deadline) every one. Decided once for all of a case's
   * documents.
   */
  public static Predicate<String> linkedInTask(Collection<String> candidateGroups) {
    boolean officersOnly = !candidateGroups.isEmpty() && candidateGroups.stream()
        .allMatch(DnrGroup::isOfficerGroup);
    if (!officersOnly) {
      return code -> true;
    }
    Set<String> read = worked(candidateGroups).flatMap(s -> s.documents.stream()).collect(Collectors.toSet());
    return read::contains;
  }

  /** Whether one of these officer groups reads the case's journal entries of this kind. */
  public static boolean readsEntry(Collection<String> groups, String kind) {
    if (CaseJournal.SECURITY_CHECKS.contains(kind) && !groups.contains(DnrGroup.MIGRATION_SERVICE.id())) {
      return false;
    }
    return worked(groups).anyMatch(s -> EVERY_STAGE.contains(kind) || s.entries.contains(kind));
  }

  /** The stages these groups work. */
  private static Stream<OfficerStages> worked(Collection<String> groups) {
    Set<DnrGroup> known = EnumSet.noneOf(DnrGroup.class);
    groups.stream().map(DnrGroup::byId).flatMap(Optional::stream).forEach(known::add);
    return Arrays.stream(values()).filter(s -> s.groups.stream().anyMatch(known::contains));
  }
}
