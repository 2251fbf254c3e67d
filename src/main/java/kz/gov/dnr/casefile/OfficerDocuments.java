package kz.gov.dnr.casefile;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.gov.dnr.security.DnrGroup;

/**
 * R0.4, least privilege per role: which documents of a case an officer group reads, by document code. A group reads
 * the documents of the stages it works, not the whole file: Astana Hub and the ministry the petition application
 * (§4) and what stage 1 produced; the migration service what the eGov application (§10) and the PSC (§20) bring,
 * with the petition and the decisions it takes, but not the CV, portfolio or motivation letter; a PSC what it
 * checks and hands on (§20, §26) and the decisions it works from. Supervisors, administrators and the portals read
 * the whole case (see {@link CaseAccess}). The same list decides which documents a task's form links.
 */
public final class OfficerDocuments {

  static final Set<String> STAGE_1 = Set.of("passport", "photo", "diploma", "portfolio", "training-certificate", "cv",
      "motivation-letter", "criminal-record", "interview-invitation", "screening-refusal", "petition");

  static final Map<DnrGroup, Set<String>> READS = new EnumMap<>(Map.of(
      DnrGroup.ASTANA_HUB, STAGE_1,
      DnrGroup.MDAI, STAGE_1,
      DnrGroup.MIGRATION_SERVICE, Set.of("passport", "photo", "criminal-record", "questionnaire",
          "questionnaire-signature", "petition", "return-notice", "deletion-notice", "preliminary-approval",
          "preliminary-refusal", "annulment-notice", "consent-form", "medical-certificate", "fingerprint-certificate",
          "housing-contract", "prp-decision", "prp-refusal"),
      DnrGroup.PSC, Set.of("passport", "photo", "criminal-record", "questionnaire", "petition", "preliminary-approval",
          "consent-form", "medical-certificate", "fingerprint-certificate", "housing-contract", "prp-decision",
          "fee-receipt", "residence-card-issue")));

  private OfficerDocuments() {
  }

  /**
   * Whether a task of these candidate groups links documents of this code in its form: an officer group's task
   * those the group reads, a supervisors' task (a review of a missed deadline) every one.
   */
  public static boolean linkedInTask(Collection<String> candidateGroups, String code) {
    boolean officersOnly = !candidateGroups.isEmpty() && candidateGroups.stream()
        .allMatch(g -> DnrGroup.byId(g).map(DnrGroup::isOfficerGroup).orElse(false));
    return !officersOnly || reads(candidateGroups, code);
  }

  /** Whether one of these groups reads documents of this code; a group that is no officer group reads none. */
  public static boolean reads(Collection<String> groups, String code) {
    return groups.stream().map(DnrGroup::byId).flatMap(Optional::stream)
        .anyMatch(g -> READS.getOrDefault(g, Set.of()).contains(code));
  }
}
